// `plan build --watch`: rebuilds a plan when it or a template changes; a failed rebuild keeps the last good files.
import fs from 'node:fs';
import path from 'node:path';
import { builtInTemplatesDir } from '../template/render-template';
import { buildCommand, type BuildCommandOptions } from './build-command';
import { findPlans } from './find-plans';
import { inLanguage, type Io } from './io';

/** Watches until `signal` aborts (Ctrl+C in the CLI). */
export async function watchPlans(inputs: readonly string[], options: BuildCommandOptions, io: Io, signal: AbortSignal): Promise<void> {
  await buildCommand(inputs, options, io);
  const plans = findPlans(inputs).map((plan) => path.resolve(plan));
  const templateDir = path.resolve(options.template ?? builtInTemplatesDir);
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();

  const rebuild = () => {
    const changed = [...pending];
    pending.clear();
    running = running.then(async () => {
      const templatesChanged = changed.some((file) => file.startsWith(templateDir));
      const targets = templatesChanged ? plans : plans.filter((plan) => changed.includes(plan));
      if (targets.length === 0) return;
      io.stderr(inLanguage(io, `— thay đổi: ${changed.map((f) => path.relative('.', f)).join(', ')}`, `— changed: ${changed.map((f) => path.relative('.', f)).join(', ')}`));
      await buildCommand(targets.map((plan) => path.relative('.', plan)), options, io);
    });
  };
  const onChange = (dir: string) => (_event: string, name: string | Buffer | null) => {
    if (!name) return;
    pending.add(path.join(dir, name.toString()));
    clearTimeout(timer);
    timer = setTimeout(rebuild, 80); // editors write in several steps: wait for the last one
  };
  const watched = [...new Set([...plans.map((plan) => path.dirname(plan)), templateDir])];
  const watchers = watched.map((dir) => fs.watch(dir, { recursive: dir === templateDir, signal }, onChange(dir)));
  io.stderr(inLanguage(io, 'đang theo dõi thay đổi; nhấn Ctrl+C để dừng', 'watching for changes; press Ctrl+C to stop'));
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await running;
}
