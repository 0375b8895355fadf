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
/** A build waits this long at most for a lock another live process holds, then says which and stops. */
const waitAtMostMs = 10_000;
/** An empty lock older than this was left by a process killed between creating it and writing its number. */
const emptyStaleAfterMs = 1_000;

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
    // A folder that takes no new file (read-only, immutable) takes no output either: the section then finds the
    // outputs up to date and writes nothing, or fails writing them with its own message.
    if (!(await acquire(lock, guard, file))) return section();
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

/**
 * Creates the lock file (O_EXCL: fails if it exists), waiting for a live holder (at most `waitAtMostMs`) and taking
 * over a stale lock. False when the folder takes no new file, so there is nothing to lock.
 */
async function acquire(lock: string, guard: string, file: string): Promise<boolean> {
  const deadline = Date.now() + waitAtMostMs;
  for (;;) {
    const created = tryCreate(lock, file);
    if (created !== 'held') return created === 'locked';
    const stale = staleText(lock, staleAfterMs);
    if (stale !== undefined && breakStale(lock, guard, stale, file)) continue;
    const holder = holderOf(lock);
    if (holder === notAFile || Date.now() > deadline) throw new LockedError(file, lock, holder);
    await sleep(retryMs);
  }
}

/** Another live build kept the lock longer than a build takes, or something that is not a lock stands at its name. */
export class LockedError extends OutputError {
  constructor(
    file: string,
    readonly lock: string,
    readonly holder: string,
  ) {
    super(file, 'ELOCKED');
  }

  override describe(): { vi: string; en: string } {
    if (this.holder === notAFile)
      return {
        vi: `không ghi được ${this.file}: ở chỗ tệp khóa ${this.lock} là một thư mục hoặc liên kết, không phải khóa của plan; xóa nó rồi chạy lại; tệp cũ (nếu có) vẫn giữ nguyên`,
        en: `cannot write ${this.file}: ${this.lock}, where plan keeps its lock, is a folder or a link, not plan's lock; delete it and run again; the previous file (if any) is unchanged`,
      };
    return {
      vi: `không ghi được ${this.file}: ${this.lock} vẫn bị giữ sau ${waitAtMostMs / 1000} giây (${this.holder}); nếu không còn lệnh plan nào đang chạy vào thư mục này, xóa tệp đó rồi chạy lại; tệp cũ (nếu có) vẫn giữ nguyên`,
      en: `cannot write ${this.file}: ${this.lock} is still held after ${waitAtMostMs / 1000} s (${this.holder}); if no other plan command is writing into this folder, delete that file and run again; the previous file (if any) is unchanged`,
    };
  }
}

const notAFile = 'not a file: a folder or a link';

/** Who holds a lock, as its file says, for the message of a build that gave up waiting. */
function holderOf(lock: string): string {
  try {
    const stat = fs.lstatSync(lock);
    if (!stat.isFile()) return notAFile;
    return fs.readFileSync(lock, 'utf8').trim().slice(0, 120) || 'empty';
  } catch {
    return 'gone';
  }
}

/** 'locked': this process now holds `lock`; 'held': something is there; 'unlockable': the folder takes no new file. */
function tryCreate(lock: string, file: string): 'locked' | 'held' | 'unlockable' {
  let fd: number;
  try {
    fd = fs.openSync(lock, 'wx');
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST') return 'held';
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'unlockable';
    throw new OutputError(file, code);
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
  return 'locked';
}

function release(lock: string): void {
  held.delete(lock);
  fs.rmSync(lock, { force: true });
}

/**
 * The lock's text when it is stale: its process (on this machine) has ended, it is older than `maxAgeMs` or dated in
 * the future, it is empty for longer than a holder takes to write its number, or it does not read as a lock at all.
 * Undefined while a live holder may have it, or when it is gone (try again) or is not a file (never taken over).
 */
function staleText(lock: string, maxAgeMs: number): string | undefined {
  let text: string;
  let age: number;
  try {
    const stat = fs.lstatSync(lock);
    if (!stat.isFile()) return undefined; // a folder or a link: not plan's, never taken over (acquire names it)
    age = Date.now() - stat.mtimeMs;
    text = fs.readFileSync(lock, 'utf8');
  } catch {
    return undefined; // gone in between: try again
  }
  if (age > maxAgeMs || age < -1000) return text;
  if (text === '') return age > emptyStaleAfterMs ? text : undefined; // its holder may not have written its number yet
  const [pid, host] = text.split(' ');
  if (!/^\d+$/.test(pid ?? '') || !host) return text; // not a lock plan wrote
  return host === os.hostname() && !isAlive(Number(pid)) ? text : undefined;
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
  if (tryCreate(guard, file) !== 'locked') {
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
