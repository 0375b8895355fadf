// The package as users get it: `npm pack` holds what the command needs and nothing else, and the tarball installed
// globally into a temporary prefix gives a `plan` that works from any folder, with no npm warning on the way.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';
import { cleanEnv, globalLayout, npm, npmWarnings, runInstalled, tempDir } from './npm-commands';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const seed = path.join(repoRoot, 'plans', '2020.yaml');

/**
 * What the installed command loads: the launcher, the two bundles with their code caches, templates and schema; and
 * plan preview's bundle and page.
 */
const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'bin/plan',
  'dist/cli/start.js',
  'dist/cli/load-bundle.js',
  'dist/cli/render-worker.js',
  'dist/plan.js',
  'dist/plan.js.cache',
  'dist/plan-render.js',
  'dist/plan-render.js.cache',
  'dist/plan-preview.js',
  'preview/preview.js',
  'preview/preview.css',
  'schema/plan.schema.json',
  'templates/ke-hoach.hbs',
  'templates/starters/ke-hoach.yaml',
];
const allowed = new Set(required);
const allowedFolders = ['templates/', 'schema/'];

let tarball: string;
let packed: string[];
let packOutput: string;

beforeAll(() => {
  const into = tempDir('pack');
  // As a user packs it: npm runs `prepack` (the build) first.
  const result = npm(['pack', '--json', '--pack-destination', into], repoRoot);
  expect(result.status).toBe(0);
  const [report] = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
  tarball = path.join(into, report.filename);
  packed = report.files.map((file) => file.path).sort();
  packOutput = result.output;
}, 240_000);

describe('npm pack', () => {
  it('holds the command, its bundles and code caches, templates, schema, README and licence, and nothing else', () => {
    expect(packed).toEqual(expect.arrayContaining(required));
    const extra = packed.filter((file) => !allowed.has(file) && !allowedFolders.some((folder) => file.startsWith(folder)));
    expect(extra).toEqual([]);
    expect(packed.filter((file) => /(^|\/)(tests|src|fixtures)\/|\.test\.|\.spec\./.test(file))).toEqual([]);
    expect(npmWarnings(packOutput)).toEqual([]);
  });

  it('packs bundles that name no folder of the machine that built them', () => {
    for (const bundle of ['dist/plan.js', 'dist/plan-render.js', 'dist/plan-preview.js']) {
      const source = fs.readFileSync(path.join(repoRoot, bundle), 'latin1');
      expect(source.includes(repoRoot)).toBe(false);
      expect(source.includes(repoRoot.split(path.sep).join('/'))).toBe(false);
    }
  });

  it('passes npm publish --dry-run under its own name', () => {
    const result = npm(['publish', '--dry-run', '--ignore-scripts'], repoRoot);
    expect(result.status).toBe(0);
    expect(result.output).toContain(`+ ${manifest.name}@${manifest.version}`);
  });
});

describe('npm i -g <tarball>', () => {
  let prefix: string;
  let installed: { bin: string; packageDir: string };
  let installOutput: string;

  beforeAll(() => {
    prefix = tempDir('prefix');
    const result = npm(['i', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball], tempDir('install-cwd'));
    installOutput = result.output;
    expect(result.status).toBe(0);
    installed = globalLayout(prefix, manifest.name);
  }, 240_000);

  it('prints no npm warning (no EBADENGINE, no install-scripts advisory)', () => {
    expect(npmWarnings(installOutput)).toEqual([]);
  });

  it('installs only what the bundles load at run time (docx and its nanoid stay out)', () => {
    const modules = path.join(installed.packageDir, 'node_modules');
    for (const bundled of ['docx', 'nanoid', 'pdfkit', 'commander', 'zod', 'yaml', 'handlebars']) {
      expect([bundled, fs.existsSync(path.join(modules, bundled))]).toEqual([bundled, false]);
    }
    expect(fs.existsSync(path.join(modules, '@expo-google-fonts', 'tinos', '400Regular', 'Tinos_400Regular.ttf'))).toBe(true);
  });

  it('prints its version, writes a starter and builds it, from a folder outside the repository', () => {
    const folder = tempDir('clerk');
    const version = runInstalled(installed.bin, ['--version'], folder);
    expect([version.status, version.stdout.trim()]).toEqual([0, manifest.version]);
    const init = runInstalled(installed.bin, ['init'], folder);
    expect(init.status).toBe(0);
    expect(fs.existsSync(path.join(folder, 'ke-hoach.yaml'))).toBe(true);
    const build = runInstalled(installed.bin, ['build', 'ke-hoach.yaml'], folder);
    expect([build.status, build.stderr]).toEqual([0, expect.stringContaining('ke-hoach.yaml')]);
    expect(fs.statSync(path.join(folder, 'out', 'ke-hoach.pdf')).size).toBeGreaterThan(1000);
  });

  it('builds a copy of the seed plan to the same bytes as the repository’s bin/plan', () => {
    const folder = tempDir('seed');
    fs.copyFileSync(seed, path.join(folder, '2020.yaml'));
    const build = runInstalled(installed.bin, ['build', '2020.yaml'], folder);
    expect([build.status, build.stderr]).toEqual([0, expect.stringContaining('2020.yaml')]);
    const reference = tempDir('reference');
    const repoBuild = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'plan'), 'build', path.join(folder, '2020.yaml'), '--out', reference], { env: cleanEnv(), encoding: 'utf8' });
    expect(repoBuild.status).toBe(0);
    for (const file of ['2020.docx', '2020.pdf']) {
      expect([file, fs.readFileSync(path.join(folder, 'out', file)).equals(fs.readFileSync(path.join(reference, file)))]).toEqual([file, true]);
    }
  });

  it('previews: serves its page, its script and pdf.js from the installed package, and stops on Ctrl+C with exit 0', async () => {
    const folder = tempDir('preview');
    fs.copyFileSync(seed, path.join(folder, '2020.yaml'));
    const child = spawn(installed.bin, ['preview', '2020.yaml'], { cwd: folder, env: cleanEnv() });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()).includes('\n') && resolve(out.split('\n')[0]!));
      child.on('exit', (code) => reject(new Error(`plan preview ended with ${code}`)));
    });
    for (const route of ['', 'preview.js', 'preview.css', 'pdfjs/pdf.min.js', 'pdfjs/pdf.worker.min.js']) {
      const response = await fetch(`${url}${route}`);
      expect([route, response.status, (await response.arrayBuffer()).byteLength > 1000]).toEqual([route, 200, true]);
    }
    // The first build, in memory: served once it is there.
    const deadline = Date.now() + 20_000;
    let pdf = await fetch(`${url}document.pdf`);
    while (pdf.status === 503 && Date.now() < deadline) pdf = await new Promise((resolve) => setTimeout(() => resolve(fetch(`${url}document.pdf`)), 100));
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(fs.readdirSync(folder)).toEqual(['2020.yaml']);
  });

  it('uses its code cache, and builds the same bytes without it when the cache is from another Node or damaged', () => {
    const loadedFrom = () => {
      const script = `const { loadBundle } = require(${JSON.stringify(path.join(installed.packageDir, 'dist', 'cli', 'load-bundle.js'))});
        process.stdout.write(JSON.stringify([loadBundle('cli').from, loadBundle('render').from]));`;
      const result = spawnSync(process.execPath, ['-e', script], { env: cleanEnv(), encoding: 'utf8' });
      expect([result.status, result.stderr]).toEqual([0, '']);
      return JSON.parse(result.stdout) as string[];
    };
    const buildSeed = () => {
      const folder = tempDir('cache');
      fs.copyFileSync(seed, path.join(folder, '2020.yaml'));
      const build = runInstalled(installed.bin, ['build', '2020.yaml'], folder);
      expect([build.status, build.stderr]).toEqual([0, expect.not.stringMatching(/lỗi|error|fatal/i)]);
      return ['2020.docx', '2020.pdf'].map((file) => fs.readFileSync(path.join(folder, 'out', file)));
    };
    expect(loadedFrom()).toEqual(['bundle+cache', 'bundle+cache']);
    const cached = buildSeed();
    const caches = ['plan.js.cache', 'plan-render.js.cache'].map((cache) => path.join(installed.packageDir, 'dist', cache));
    const originals = caches.map((file) => fs.readFileSync(file));
    const damages: Record<string, (bytes: Buffer) => Uint8Array> = {
      // Bytes 4–7 of a V8 code cache hold the hash of the V8 version that made it: another Node has another hash.
      'another Node': (bytes) => bytes.map((byte, i) => (i >= 4 && i < 8 ? byte ^ 0xff : byte)),
      // Inside, where V8 checks nothing: without the seal, the process stopped in V8's deserializer.
      'damaged inside': (bytes) => bytes.map((byte, i) => (i >= bytes.length / 2 && i < bytes.length / 2 + 4096 ? byte ^ 0x5a : byte)),
      'cut short': (bytes) => bytes.subarray(0, 1000),
    };
    for (const [damage, apply] of Object.entries(damages)) {
      caches.forEach((file, i) => fs.writeFileSync(file, apply(Buffer.from(originals[i]!))));
      expect([damage, loadedFrom()]).toEqual([damage, ['bundle', 'bundle']]);
      const uncached = buildSeed();
      expect([damage, uncached.map((bytes, i) => bytes.equals(cached[i]!))]).toEqual([damage, [true, true]]);
    }
    caches.forEach((file, i) => fs.writeFileSync(file, originals[i]!));
    expect(loadedFrom()).toEqual(['bundle+cache', 'bundle+cache']);
  });
});
