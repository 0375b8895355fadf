// Creates an output's folders and, when nothing could be written into them, removes again those this process made
// (never a folder that was already there): a failed write leaves no new empty folder behind.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Makes `dir` and its missing parents, one at a time; returns the folders made, outermost first. Node's own recursive
 * mkdir never returns where a parent exists but refuses new entries with ENOENT (`--out /proc/x`), and ignores signals
 * while it loops.
 */
export function makeFolders(dir: string): string[] {
  const missing: string[] = [];
  for (let folder = path.resolve(dir); !fs.existsSync(folder); folder = path.dirname(folder)) {
    missing.unshift(folder);
    if (folder === path.dirname(folder)) break; // a drive or root that does not exist: mkdir says so
  }
  const made: string[] = [];
  try {
    for (const folder of missing) {
      try {
        fs.mkdirSync(folder);
        made.push(folder);
      } catch (error) {
        // Another build made it meanwhile (two builds into one new folder): it is there, and not ours to remove.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(folder).isDirectory()) throw error;
      }
    }
  } catch (error) {
    removeEmptyFolders(made);
    throw error;
  }
  return made;
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
