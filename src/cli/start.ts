// Starts the CLI from the bundle (dist/plan.js) with the V8 code cache made when it was built, else from the modules.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import type { Io } from './io';

type Run = (argv: readonly string[], io?: Io) => Promise<number>;

export const bundleFile = path.join(__dirname, '..', 'plan.js');
export const codeCacheFile = `${bundleFile}.cache`;

export interface LoadedCli {
  run: Run;
  /** Where the CLI came from: the bundle with its code cache, the bundle compiled afresh, or the separate modules. */
  from: 'bundle+cache' | 'bundle' | 'modules';
  script?: vm.Script;
}

/**
 * The bundle saves resolving and reading ~300 modules; the code cache saves compiling them. A bundle older than the
 * compiled modules (tsc run without the bundler) is ignored, and a cache from another Node version is refused by V8.
 */
export function loadCli(options: { useCache: boolean } = { useCache: true }): LoadedCli {
  if (!isFresh(bundleFile)) return { run: (require('./run') as { run: Run }).run, from: 'modules' };
  const cachedData = options.useCache && fs.existsSync(codeCacheFile) ? fs.readFileSync(codeCacheFile) : undefined;
  const bytes = fs.readFileSync(bundleFile);
  // The bundle is ASCII (esbuild escapes the rest): read as such, it skips UTF-8 decoding of ~2 MB.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(Module.wrap(source), { filename: bundleFile, cachedData });
  const module = { exports: {} as { run: Run } };
  const factory = script.runInThisContext() as (...args: unknown[]) => void;
  factory.call(module.exports, module.exports, Module.createRequire(bundleFile), module, bundleFile, path.dirname(bundleFile));
  return { run: module.exports.run, from: cachedData && !script.cachedDataRejected ? 'bundle+cache' : 'bundle', script };
}

function isFresh(bundle: string): boolean {
  try {
    return fs.statSync(bundle).mtimeMs >= fs.statSync(path.join(__dirname, 'run.js')).mtimeMs;
  } catch {
    return false;
  }
}

/** Runs `plan` with the process's arguments and sets the exit code. */
export async function start(argv: readonly string[]): Promise<void> {
  process.exitCode = await loadCli().run(argv);
}
