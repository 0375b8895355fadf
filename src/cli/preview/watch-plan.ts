// The preview's watcher: calls back (once per burst of events) when the plan or a file of the template folder changes,
// is saved by rename (Vim, VS Code), or is deleted and comes back; files beside the plan are not its business.
import path from 'node:path';
import { watchFolders } from '../watch-folders';

/** How long events are gathered before a rebuild: editors write in several steps; this waits for the last one. */
export const settleMs = 30;

export function watchPlan(planFile: string, templateDir: string, changed: () => void, signal: AbortSignal): () => void {
  const inTemplates = (file: string) => file === templateDir || file.startsWith(templateDir + path.sep);
  let timer: NodeJS.Timeout | undefined;
  const note = (file: string) => {
    if (file !== planFile && !inTemplates(file)) return;
    clearTimeout(timer);
    timer = setTimeout(changed, settleMs);
  };
  const planDir = path.dirname(planFile);
  const folders = inTemplates(planDir) ? [{ dir: templateDir, recursive: true }] : [{ dir: planDir, recursive: false }, { dir: templateDir, recursive: true }];
  // A folder back or replaced: what it holds may have changed with no event seen.
  const stop = watchFolders(folders, note, (dir) => note(dir === planDir ? planFile : dir), signal);
  return () => {
    stop();
    clearTimeout(timer);
  };
}
