// Starts plan from its bundles (dist/plan.js, dist/plan-render.js) with the V8 code cache made when they were built,
// or from the compiled modules when there are none.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { Io } from './io';

/** What the CLI bundle (and the compiled dist/cli/run.js) exports. */
export interface CliModule {
  run(argv: readonly string[], io?: Io): Promise<number>;
  useRenderWorker(worker: Worker): void;
}

/** What the render bundle (and the compiled dist/render/render-documents.js) exports. */
export interface RenderModule {
  serveRenders(port: MessagePort): void;
}

const distDir = path.join(__dirname, '..');

export const bundles = {
  cli: { file: path.join(distDir, 'plan.js'), entry: path.join(distDir, 'cli', 'run.js') },
  render: { file: path.join(distDir, 'plan-render.js'), entry: path.join(distDir, 'render', 'render-documents.js') },
} as const;

export type BundleName = keyof typeof bundles;

export const codeCacheFile = (name: BundleName): string => `${bundles[name].file}.cache`;

export interface LoadedBundle<T> {
  exports: T;
  /** Where the code came from: the bundle with its code cache, the bundle compiled afresh, or the separate modules. */
  from: 'bundle+cache' | 'bundle' | 'modules';
  script?: vm.Script;
}

/**
 * The bundle saves resolving and reading ~300 modules; the code cache saves compiling them. A bundle older than the
 * compiled modules (tsc run without the bundler) is ignored, and a cache from another Node version is refused by V8.
 */
export function loadBundle<T>(name: BundleName, options: { useCache: boolean } = { useCache: true }): LoadedBundle<T> {
  const { file, entry } = bundles[name];
  if (!isFresh(file, entry)) return { exports: require(entry) as T, from: 'modules' };
  const cacheFile = codeCacheFile(name);
  const cachedData = options.useCache && fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : undefined;
  const bytes = fs.readFileSync(file);
  // The bundle is ASCII (esbuild escapes the rest): read as such, it skips UTF-8 decoding of ~2 MB.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} as T };
  const factory = script.runInThisContext() as (...args: unknown[]) => void;
  factory.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, from: cachedData && !script.cachedDataRejected ? 'bundle+cache' : 'bundle', script };
}

function isFresh(bundle: string, entry: string): boolean {
  try {
    return fs.statSync(bundle).mtimeMs >= fs.statSync(entry).mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Whether the arguments ask for a build of both formats (the default), read before commander parses them so the
 * render thread can start first. A wrong guess costs only time: the build takes the thread only for both formats.
 */
export function buildsBothFormats(argv: readonly string[]): boolean {
  if (!argv.includes('build')) return false;
  const at = argv.findIndex((arg) => arg === '--format' || arg === '-f' || arg.startsWith('--format=') || /^-f./.test(arg));
  if (at < 0) return true;
  const flag = argv[at]!;
  const value = flag.startsWith('--format=') ? flag.slice('--format='.length) : /^-f./.test(flag) ? flag.slice(2) : (argv[at + 1] ?? '');
  return value.includes('docx') && value.includes('pdf');
}

/**
 * Runs `plan` with the process's arguments and sets the exit code. For a build, the thread that will make the DOCX
 * files starts first, so it is ready by the time the plan is read and laid out.
 */
export async function start(argv: readonly string[]): Promise<void> {
  // On one core a second thread would only add its start-up.
  const worker = buildsBothFormats(argv) && os.availableParallelism() > 1 ? new Worker(path.join(__dirname, 'render-worker.js')) : undefined;
  worker?.unref();
  const { exports: cli } = loadBundle<CliModule>('cli');
  if (worker) cli.useRenderWorker(worker);
  process.exitCode = await cli.run(argv);
}
