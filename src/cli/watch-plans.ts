// `plan build --watch`: rebuilds a plan when it or a template changes; a failed rebuild keeps the last good files, and a
// plan or template that is deleted or renamed (editors save so) is waited for, then rebuilt when it returns.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { builtInTemplatesDir } from '../template/render-template';
import { buildCommand, type BuildCommandOptions } from './build-command';
import { findPlans } from './find-plans';
import { inLanguage, type Io } from './io';
import { reportError } from './report-error';
import { watchFolders } from './watch-folders';

/** Watches until `signal` aborts (Ctrl+C in the CLI). */
export async function watchPlans(inputs: readonly string[], options: BuildCommandOptions, io: Io, signal: AbortSignal): Promise<void> {
  if (inputs.includes('-'))
    throw new UsageError('không theo dõi được đầu vào chuẩn ("-"); hãy ghi tên tệp kế hoạch', 'standard input ("-") cannot be watched; name the plan file');
  await buildCommand(inputs, options, io);
  const plans = findPlans(inputs).map((plan) => path.resolve(plan));
  const templateDir = path.resolve(options.template ?? builtInTemplatesDir);
  const inTemplates = (file: string) => file === templateDir || file.startsWith(templateDir + path.sep);
  const relative = (file: string) => path.relative('.', file) || '.';
  const pending = new Set<string>();
  /** What was said to be gone, so it is said once, and said to be back when it returns. */
  const gone = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();

  /** Whether the file or folder is there; says once that it is gone. */
  const present = (file: string, folder: boolean): boolean => {
    if (fs.existsSync(file)) {
      gone.delete(file);
      return true;
    }
    if (!gone.has(file)) {
      gone.add(file);
      const name = relative(file);
      io.stderr(
        folder
          ? inLanguage(io, `— thư mục mẫu ${name} không còn (đã xóa hoặc đổi tên); chờ thư mục trở lại`, `— the template folder ${name} is gone (deleted or renamed); waiting for it to come back`)
          : inLanguage(io, `— ${name} không còn (đã xóa hoặc đổi tên); chờ tệp trở lại`, `— ${name} is gone (deleted or renamed); waiting for it to come back`),
      );
    }
    return false;
  };

  const rebuild = () => {
    const changed = [...pending];
    pending.clear();
    running = running.then(async () => {
      const templatesChanged = changed.some(inTemplates);
      const targets = templatesChanged ? plans : plans.filter((plan) => changed.includes(plan));
      if (targets.length === 0) return;
      // Only the files plan reads: an editor's scratch files beside the plan are nobody's business.
      const read = changed.filter((file) => plans.includes(file) || (inTemplates(file) && file.endsWith('.hbs')));
      const named = (read.length > 0 ? read : targets).map(relative).join(', ');
      io.stderr(inLanguage(io, `— thay đổi: ${named}`, `— changed: ${named}`));
      if (!present(templateDir, true)) return;
      const ready = targets.filter((plan) => present(plan, false));
      if (ready.length === 0) return;
      try {
        await buildCommand(ready.map(relative), options, io);
      } catch (error) {
        // A rebuild's failure (a template gone missing, a file swapped for a folder) is said, and watching goes on.
        reportError(error, io, Boolean(io.env.PLAN_DEBUG));
      }
    });
  };
  const noteChange = (file: string) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(rebuild, 80); // editors write in several steps: wait for the last one
  };

  const folders = [...new Set(plans.map((plan) => path.dirname(plan)))].map((dir) => ({ dir, recursive: false }));
  if (!folders.some((folder) => folder.dir === templateDir)) folders.push({ dir: templateDir, recursive: true });
  else folders.find((folder) => folder.dir === templateDir)!.recursive = true;
  // A folder that went, came back or was replaced: what it holds may have changed with no event seen.
  const reopened = (dir: string) => {
    for (const plan of plans) if (path.dirname(plan) === dir) noteChange(plan);
    if (dir === templateDir) noteChange(templateDir);
  };
  const stopWatching = watchFolders(folders, noteChange, reopened, signal);

  io.stderr(inLanguage(io, 'đang theo dõi thay đổi; nhấn Ctrl+C để dừng', 'watching for changes; press Ctrl+C to stop'));
  await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
  stopWatching();
  clearTimeout(timer);
  await running;
}
