// Refuses a command whose output would land on one of its own inputs: the same real path, the same file through a
// symbolic or hard link (device and inode), or the same name in other letter case on a case-insensitive file system.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';

export interface FileIdentity {
  /** The path with every symbolic link resolved. */
  real: string;
  /** Device and inode; absent where the file system does not give a stable one (inode 0). */
  id?: string;
}

/** What the check asks of the file system; tests give their own (a case-insensitive one, for instance). */
export interface FileSystemView {
  /** The identity of an existing file (links followed); undefined when nothing can be found there. */
  identify(file: string): FileIdentity | undefined;
  /** Whether the file system of `dir` finds `name` (an entry of it) under other letter case too. */
  ignoresCase(dir: string, name: string): boolean;
}

export const nodeFileSystem: FileSystemView = {
  identify(file) {
    try {
      const stat = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
      if (!stat) return undefined;
      return { real: fs.realpathSync(file), id: stat.ino === 0n ? undefined : `${stat.dev}:${stat.ino}` };
    } catch {
      return undefined; // cannot be looked at (no permission, a loop of links): writing there would fail and say so
    }
  },
  ignoresCase(dir, name) {
    // The probe: the name in swapped case finds a file, though the folder has no entry spelled that way.
    const swapped = [...name].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
    if (swapped === name) return false;
    try {
      return fs.existsSync(path.join(dir, swapped)) && !fs.readdirSync(dir).includes(swapped);
    } catch {
      return false;
    }
  },
};

const fold = (text: string) => text.normalize('NFC').toLowerCase();

/** The inputs by real path, by device and inode and by case-folded real path, looked up once for all outputs. */
class InputIndex {
  private readonly byReal = new Map<string, string>();
  private readonly byId = new Map<string, string>();
  private readonly byFolded = new Map<string, string>();

  constructor(
    inputs: readonly string[],
    private readonly view: FileSystemView,
  ) {
    for (const input of inputs) {
      const source = view.identify(input);
      if (!source) continue;
      this.byReal.set(source.real, input);
      if (source.id !== undefined) this.byId.set(source.id, input);
      this.byFolded.set(fold(source.real), input);
    }
  }

  /** The input found at this existing output, if any. */
  find(target: FileIdentity): string | undefined {
    const same = this.byReal.get(target.real) ?? (target.id === undefined ? undefined : this.byId.get(target.id));
    if (same !== undefined) return same;
    const other = this.byFolded.get(fold(target.real));
    return other !== undefined && this.view.ignoresCase(path.dirname(target.real), path.basename(target.real)) ? other : undefined;
  }
}

/** Pairs of an output and the input it would land on. */
export function outputsOnInputs(outputs: readonly string[], inputs: readonly string[], view: FileSystemView = nodeFileSystem): Array<{ output: string; input: string }> {
  let index: InputIndex | undefined;
  const found: Array<{ output: string; input: string }> = [];
  for (const output of outputs) {
    // Nothing at the output's path (the usual case: a new file) cannot be an input, which exists since it is read.
    const target = view.identify(output);
    if (!target) continue;
    index ??= new InputIndex(inputs, view);
    const input = index.find(target);
    if (input !== undefined) found.push({ output, input });
  }
  return found;
}

/** Throws a usage error (exit 2) naming both paths when any output would land on an input, before anything is written. */
export function refuseOutputsOnInputs(outputs: readonly string[], inputs: readonly string[], view: FileSystemView = nodeFileSystem): void {
  const [clash] = outputsOnInputs(outputs, inputs, view);
  if (clash)
    throw new UsageError(
      `kết quả "${clash.output}" sẽ ghi đè lên tệp đầu vào "${clash.input}" (cùng một tệp); không ghi gì, hãy chọn nơi ghi khác`,
      `the output "${clash.output}" would overwrite the input "${clash.input}" (the same file); nothing written, choose another place to write to`,
    );
}
