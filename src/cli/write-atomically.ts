// Writes a file through a temporary sibling and a rename, so a failed or interrupted build never leaves a
// half-written output, and the previous file stays whole until the new one is complete.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { say } from '../i18n/language';
import { makeFolders, removeEmptyFolders } from './created-folders';

/** A file could not be written: the folder is read-only, the target locked, the disk full. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`cannot write ${file}: ${code}`);
  }

  describe(): { vi: string; en: string } {
    const reason = {
      EACCES: say('không có quyền ghi', 'no permission to write'),
      EPERM: say('không có quyền ghi (hoặc tệp đang mở trong Word)', 'no permission to write (or the file is open in Word)'),
      EROFS: say('ổ đĩa chỉ đọc', 'the disk is read-only'),
      ENOSPC: say('ổ đĩa đã đầy', 'the disk is full'),
      EBUSY: say('tệp đang được chương trình khác mở', 'the file is open in another program'),
      EISDIR: say('đường dẫn là một thư mục', 'the path is a folder'),
      ENOTDIR: say('một tệp nằm ở chỗ cần một thư mục', 'a file stands where a folder is needed'),
      EEXIST: say('một tệp nằm ở chỗ cần một thư mục', 'a file stands where a folder is needed'),
      ENOTREG: say('ở đó là một thiết bị, ống hoặc socket, không phải tệp', 'a device, pipe or socket stands there, not a file'),
      ENAMETOOLONG: say('tên tệp hoặc đường dẫn quá dài', 'the file name or path is too long'),
      ENOENT: say('không tạo được thư mục chứa nó', 'its folder cannot be made'),
      ELOOP: say('đường dẫn có vòng liên kết', 'the path has a loop of links'),
    }[this.code] ?? say(this.code, this.code);
    return say(`không ghi được ${this.file}: ${reason.vi}; tệp cũ (nếu có) vẫn giữ nguyên`, `cannot write ${this.file}: ${reason.en}; the previous file (if any) is unchanged`);
  }
}

/** Temporary files being written, removed if the process is interrupted. */
const pendingTemporaryFiles = new Set<string>();

/**
 * Writes every file to a temporary sibling first, then moves them all into place, keeping the previous files
 * aside until all moves succeeded: either all outputs of a plan are replaced, or none is (a DOCX never pairs
 * with a stale PDF).
 */
export function writeAtomically(...outputs: Array<{ file: string; bytes: Buffer }>): void {
  const staged: Array<{ file: string; temporary: string; backup: string; hadFile: boolean; moved: boolean }> = [];
  const made: string[] = [];
  let current = outputs[0]?.file ?? '';
  let failed = false;
  try {
    for (const { file, bytes } of outputs) {
      current = file;
      const dir = path.dirname(file);
      const [temporary, backup] = scratchFiles(file);
      made.push(...makeFolders(dir));
      // Tests inject a read-only folder through the environment where they cannot make one; see tests/output/faults.test.ts.
      if (process.env.PLAN_FAULT === 'readonly') throw Object.assign(new Error('injected'), { code: 'EACCES' });
      const entry = { file, temporary, backup, hadFile: fs.existsSync(file), moved: false };
      if (entry.hadFile) refuseSpecialTarget(file);
      staged.push(entry);
      pendingTemporaryFiles.add(entry.temporary);
      // A new file, never through whatever is already at that name (a link left there would be written through).
      fs.rmSync(entry.temporary, { force: true });
      fs.writeFileSync(entry.temporary, bytes, { flag: 'wx' });
      // Tests inject a full disk through the environment; see tests/output/faults.test.ts.
      if (process.env.PLAN_FAULT === 'write') throw Object.assign(new Error('injected'), { code: 'ENOSPC' });
    }
    for (const entry of staged) {
      current = entry.file;
      if (entry.hadFile) fs.renameSync(entry.file, entry.backup);
      entry.moved = true;
      fs.renameSync(entry.temporary, entry.file);
      // Tests widen the moment between two moves, to race two builds; see tests/output/racing-builds.test.ts.
      if (process.env.PLAN_FAULT === 'slow-write') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
    }
  } catch (error) {
    failed = true;
    // Put back what was moved aside.
    for (const entry of staged.filter((e) => e.moved)) {
      if (fs.existsSync(entry.backup)) fs.renameSync(entry.backup, entry.file);
      else if (!entry.hadFile) fs.rmSync(entry.file, { force: true });
    }
    throw new OutputError(current, (error as NodeJS.ErrnoException).code ?? 'EIO');
  } finally {
    for (const entry of staged) {
      fs.rmSync(entry.temporary, { force: true });
      fs.rmSync(entry.backup, { force: true });
      pendingTemporaryFiles.delete(entry.temporary);
    }
    if (failed) removeEmptyFolders(made);
  }
}

/**
 * What stands at an output's name must be a file (or a link, which the move replaces, never its target): a folder, a
 * device (`--out /dev`, `schema --out /dev/full`), a pipe or a socket would be replaced by the move, or written through.
 */
function refuseSpecialTarget(file: string): void {
  const stat = fs.lstatSync(file);
  if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (!stat.isFile() && !stat.isSymbolicLink()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
}

/** The temporary file and the backup writing `file` uses beside it (a command checks them against its inputs too). */
export function scratchFiles(file: string): [temporary: string, backup: string] {
  const base = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}`);
  return [`${base}.tmp`, `${base}.bak`];
}

/** Refuses to replace a file the user did not ask to replace (`--force` does). */
export function refuseOverwrite(file: string, force: boolean | undefined): void {
  if (fs.existsSync(file) && !force)
    throw new UsageError(`"${file}" đã có; thêm --force để ghi đè`, `"${file}" already exists; add --force to overwrite it`);
}

/** Ends plan at once (Ctrl+C, SIGTERM, a closed standard output): removes the temporary files being written, then exits. */
export function stopNow(code: number): never {
  for (const temporary of pendingTemporaryFiles) fs.rmSync(temporary, { force: true });
  process.exit(code);
}

const interrupts = ['SIGINT', 'SIGTERM'] as const;
const onInterrupt = (signal: NodeJS.Signals) => stopNow(signal === 'SIGINT' ? 130 : 143);
let installed = false;

/**
 * Catches Ctrl+C and SIGTERM from the first time files are put in place on (the handler removes the temporary files and
 * exits 130 / 143). Before that plan installs no handler, so the system ends it at once whatever it is doing (a
 * handler runs only when this thread is free, and laying out a large plan keeps it busy a while). Once installed the
 * handler stays: removing it again while a signal waits in libuv to be handed over loses that signal, and a plan that
 * ignored Ctrl+C for good was seen in testing (`--watch`, right after its first build).
 */
export function cleanUpOnInterrupt(): void {
  if (installed) return;
  installed = true;
  for (const signal of interrupts) process.on(signal, onInterrupt);
}

/**
 * Runs a write (writeAtomically, or the output lock around it) with Ctrl+C and SIGTERM caught: a signal waits for the
 * synchronous write to end, so outputs are whole or not there (a signal while waiting for the lock ends plan at once:
 * stopNow, and the lock's exit hook removes what it holds).
 */
export function whileWriting<T>(write: () => T): T {
  cleanUpOnInterrupt();
  return write();
}
