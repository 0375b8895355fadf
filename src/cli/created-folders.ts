// Creates an output's folders and, when nothing could be written into them, removes again those this process made
// (never a folder that was already there): a failed write leaves no new empty folder behind.
import fs from 'node:fs';
import path from 'node:path';

/** Makes `dir` and its missing parents; returns the folders made, outermost first. */
export function makeFolders(dir: string): string[] {
  const first = fs.mkdirSync(dir, { recursive: true });
  if (first === undefined) return [];
  const made: string[] = [];
  for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
    made.unshift(folder);
    if (folder === path.resolve(first) || folder === path.dirname(folder)) return made;
  }
}

/** Removes the folders made, innermost first, as long as they are empty (another process may have written there). */
export function removeEmptyFolders(made: readonly string[]): void {
  for (const folder of [...made].reverse()) {
    try {
      fs.rmdirSync(folder);
    } catch {
      return;
    }
  }
}
