// Watches folders for `plan build --watch` and `plan preview`: a folder deleted, replaced or renamed (editors save so)
// is watched again when it is back, and said to have changed, since what it holds may have changed unseen.
import fs from 'node:fs';
import path from 'node:path';

/** How often the watched folders are looked at, to notice one deleted or replaced (its watcher then sees nothing). */
const folderCheckMs = 250;

export interface FolderToWatch {
  dir: string;
  recursive: boolean;
}

/** A folder's watcher, opened again when the folder is replaced or comes back after being deleted. */
interface WatchedFolder extends FolderToWatch {
  watcher?: fs.FSWatcher;
  /** The folder's inode when its watcher was opened: another one means it was replaced. */
  ino?: number;
}

/**
 * Calls `changed` with the path of each file that changes in the folders, and `reopened` with a folder that went,
 * came back or was replaced; stops when `signal` aborts or the returned function is called.
 */
export function watchFolders(toWatch: readonly FolderToWatch[], changed: (file: string) => void, reopened: (dir: string) => void, signal: AbortSignal): () => void {
  const folders: WatchedFolder[] = toWatch.map((folder) => ({ ...folder }));
  const close = (folder: WatchedFolder) => {
    folder.watcher?.close();
    folder.watcher = undefined;
  };
  /**
   * Opens the folder's watcher when the folder is there and has none (or the folder was replaced), closes it when the
   * folder is gone; returns whether it did either.
   */
  const keepWatching = (folder: WatchedFolder): boolean => {
    const stat = fs.statSync(folder.dir, { throwIfNoEntry: false });
    const had = folder.watcher !== undefined;
    if (had && stat?.isDirectory() && stat.ino === folder.ino) return false;
    close(folder);
    if (!stat?.isDirectory()) return had;
    try {
      const watcher = fs.watch(folder.dir, { recursive: folder.recursive, signal }, (_event, name) => {
        if (name) return changed(path.join(folder.dir, name.toString()));
        // The folder itself was moved or deleted (a recursive watcher names it ""): Node's recursive watcher then
        // stops watching what the folder held, without an error, and would still look alive if the folder came back
        // before the next check (same inode). It is closed here; the check opens a new one when the folder is there.
        if (name === '') {
          close(folder);
          changed(folder.dir);
        }
      });
      // The folder was deleted under the watcher: the next check opens a new one when the folder is back.
      watcher.on('error', () => close(folder));
      folder.watcher = watcher;
      folder.ino = stat.ino;
      return true;
    } catch {
      return had; // gone between the look and the watch: the next check tries again
    }
  };
  for (const folder of folders) keepWatching(folder);
  const checker = setInterval(() => {
    for (const folder of folders) if (keepWatching(folder)) reopened(folder.dir);
  }, folderCheckMs);
  const stop = () => {
    clearInterval(checker);
    for (const folder of folders) close(folder);
  };
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}
