// A lock per output name in the output folder (`.<name>.plan-lock`), held while a build compares a plan's outputs
// with what is on disk and moves the new ones into place: two processes building plans of one name into one folder
// then leave a DOCX and a PDF of the same plan, whichever comes last.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeFolders, removeEmptyFolders } from './created-folders';
import { OutputError } from './write-atomically';

/**
 * A lock older than this is stale even when a process of its number is alive (the number reused after the holder
 * was killed): the work it guards takes milliseconds.
 */
const staleAfterMs = 30_000;
/** A take-over guard older than this was left by a process killed in the microseconds it holds one. */
const takeoverStaleAfterMs = 5_000;
const retryMs = 10;

/** Locks held by this process, removed if it exits while holding one. */
const held = new Set<string>();
let exitHookInstalled = false;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'EIO';

/**
 * Runs `section` (synchronous, so no signal handler can run while the lock is held) under the lock of the output name
 * `name` in `dir`, creating `dir` if needed. `file` names the outputs in messages. When the section fails, the
 * folders made for it are removed again if empty.
 */
export async function withOutputLock<T>(dir: string, name: string, file: string, section: () => T): Promise<T> {
  let made: string[];
  try {
    made = makeFolders(dir);
  } catch (error) {
    throw new OutputError(file, codeOf(error));
  }
  const [lock, guard] = lockFiles(dir, name);
  try {
    await acquire(lock, guard, file);
    try {
      return section();
    } finally {
      release(lock);
    }
  } catch (error) {
    removeEmptyFolders(made);
    throw error;
  }
}

/** The lock of an output name and its take-over guard (a command checks them against its inputs too). */
export function lockFiles(dir: string, name: string): [lock: string, guard: string] {
  const lock = path.join(dir, `.${name}.plan-lock`);
  return [lock, `${lock}-takeover`];
}

/** Creates the lock file (O_EXCL: fails if it exists), waiting for a live holder and taking over a stale lock. */
async function acquire(lock: string, guard: string, file: string): Promise<void> {
  for (;;) {
    if (tryCreate(lock, file)) return;
    const stale = staleText(lock, staleAfterMs);
    if (stale === undefined) await sleep(retryMs);
    else if (!breakStale(lock, guard, stale, file)) await sleep(retryMs);
  }
}

/** Whether this process now holds `lock`; false when another holds it. */
function tryCreate(lock: string, file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lock, 'wx');
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    throw new OutputError(file, codeOf(error));
  }
  held.add(lock);
  installExitHook();
  try {
    fs.writeSync(fd, `${process.pid} ${os.hostname()} ${new Date().toISOString()}\n`); // who holds it, since when
  } catch (error) {
    release(lock);
    throw new OutputError(file, codeOf(error));
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function release(lock: string): void {
  held.delete(lock);
  fs.rmSync(lock, { force: true });
}

/** The lock's text when it is stale: its process (on this machine) has ended, or it is older than `maxAgeMs`. */
function staleText(lock: string, maxAgeMs: number): string | undefined {
  let text: string;
  let age: number;
  try {
    age = Date.now() - fs.statSync(lock).mtimeMs;
    text = fs.readFileSync(lock, 'utf8');
  } catch {
    return undefined; // gone in between: try again
  }
  if (age > maxAgeMs) return text;
  // Empty while its holder has created it and not yet written its number: alive.
  const [pid, host] = text.split(' ');
  return host === os.hostname() && /^\d+$/.test(pid ?? '') && !isAlive(Number(pid)) ? text : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM'; // alive, another user's
  }
}

/**
 * Removes a stale lock, under a take-over guard so that two processes finding the same stale lock cannot each
 * remove it and then one the other's new lock: the lock is removed only if it still holds the stale text.
 */
function breakStale(lock: string, guard: string, stale: string, file: string): boolean {
  if (!tryCreate(guard, file)) {
    // Another process is taking over; a guard left by one killed while holding it is removed after a while.
    if (staleText(guard, takeoverStaleAfterMs) !== undefined) {
      try {
        fs.unlinkSync(guard);
      } catch (error) {
        if (codeOf(error) !== 'ENOENT') throw new OutputError(file, codeOf(error));
      }
    }
    return false;
  }
  try {
    let current: string | undefined;
    try {
      current = fs.readFileSync(lock, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === stale) fs.unlinkSync(lock);
    return true;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return true;
    throw new OutputError(file, codeOf(error));
  } finally {
    release(guard);
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const lock of held) fs.rmSync(lock, { force: true });
  });
}
