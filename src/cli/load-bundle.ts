// Loads plan's bundles (dist/plan.js, dist/plan-render.js) with the V8 code cache made when they were built, or the
// compiled modules when there are no fresh bundles.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';
import type { MessagePort, Worker } from 'node:worker_threads';
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

type BundleName = keyof typeof bundles;

export const codeCacheFile = (name: BundleName): string => `${bundles[name].file}.cache`;

export interface LoadedBundle<T> {
  exports: T;
  /** Where the code came from: the bundle with its code cache, the bundle compiled afresh, or the separate modules. */
  from: 'bundle+cache' | 'bundle' | 'modules';
  script?: vm.Script;
}

/**
 * The bundle saves resolving and reading ~300 modules; the code cache saves compiling them. A bundle older than the
 * compiled modules (tsc run without the bundler) is ignored, and a cache from another Node version (or a damaged one) is
 * refused by V8, which then compiles the bundle afresh.
 */
export function loadBundle<T>(name: BundleName, options: { useCache: boolean } = { useCache: true }): LoadedBundle<T> {
  const { file, entry } = bundles[name];
  if (!isFresh(file, entry)) return { exports: require(entry) as T, from: 'modules' };
  const cachedData = options.useCache ? readCodeCache(codeCacheFile(name)) : undefined;
  const bytes = fs.readFileSync(file);
  // The bundle is ASCII (esbuild escapes the rest): read as such, it skips UTF-8 decoding of ~2 MB.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} as T };
  const factory = script.runInThisContext() as (...args: unknown[]) => void;
  factory.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, from: cachedData && !script.cachedDataRejected ? 'bundle+cache' : 'bundle', script };
}

/**
 * An installed package ships the bundles without the compiled modules (package.json's `files`): with no entry module
 * beside it, the bundle is the command. In a working copy, a bundle older than its entry is stale.
 */
function isFresh(bundle: string, entry: string): boolean {
  const bundleTime = mtimeMs(bundle);
  if (bundleTime === undefined) return false;
  const entryTime = mtimeMs(entry);
  return entryTime === undefined || bundleTime >= entryTime;
}

function mtimeMs(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * The code cache with the CRC-32 of its bytes after it. V8 checks a cache's header (its version, the flags, the
 * source, the length) but not the bytes after it: a cache damaged inside would stop the process in V8's
 * deserializer, with no message. A damaged cache is left unused instead, as one from another Node is.
 */
export function sealCodeCache(data: Buffer): Buffer {
  const seal = Buffer.alloc(4);
  seal.writeUInt32LE(crc32(data));
  return Buffer.concat([data, seal]);
}

/** The cache without its seal, or nothing when it is missing or its bytes are not those sealed. */
export function readCodeCache(file: string): Buffer | undefined {
  let sealed: Buffer;
  try {
    sealed = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (sealed.length < 4) return undefined;
  const data = sealed.subarray(0, sealed.length - 4);
  return crc32(data) === sealed.readUInt32LE(sealed.length - 4) ? data : undefined;
}
