// How the command starts: from its bundles with an accepted code cache, DOCX made on a second thread, and the same
// bytes as a build that makes everything in one thread.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { CliModule, LoadedBundle, RenderModule } from '../../src/cli/load-bundle';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seed = path.join(repoRoot, 'plans', '2020.yaml');
const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-start-'));
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function buildWithCommand(out: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [bin, 'build', seed, '--out', out], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
}

describe('start-up', () => {
  it('loads both bundles with the code cache V8 accepts (npm run build makes them)', () => {
    // The compiled loader, as bin/plan runs it, reading the files in dist/.
    const { loadBundle } = require(path.join(repoRoot, 'dist', 'cli', 'load-bundle.js')) as {
      loadBundle<T>(name: 'cli' | 'render'): LoadedBundle<T>;
    };
    const cli = loadBundle<CliModule>('cli');
    const render = loadBundle<RenderModule>('render');
    expect([cli.from, render.from]).toEqual(['bundle+cache', 'bundle+cache']);
    expect(typeof cli.exports.run).toBe('function');
    expect(typeof render.exports.serveRenders).toBe('function');
  });

  it('makes the same bytes with the render thread as in one thread', async () => {
    const [threaded, single] = [temp(), temp()];
    const result = buildWithCommand(threaded);
    expect(result.status).toBe(0);
    expect(await run(['build', seed, '--out', single], memoryIo())).toBe(0);
    for (const file of ['2020.docx', '2020.pdf']) expect(sha(path.join(threaded, file))).toBe(sha(path.join(single, file)));
  });

  it('makes the DOCX itself when the render thread fails to start, with the same bytes', () => {
    const [failing, working] = [temp(), temp()];
    const result = buildWithCommand(failing, { PLAN_FAULT: 'render-thread' });
    expect(result.status).toBe(0);
    expect(buildWithCommand(working).status).toBe(0);
    for (const file of ['2020.docx', '2020.pdf']) expect(sha(path.join(failing, file))).toBe(sha(path.join(working, file)));
  });

  it('ends at once when a build fails or makes one format (the idle thread never holds the process)', () => {
    const out = temp();
    const broken = path.join(repoRoot, 'tests', 'fixtures', 'invalid', '21-date-feb-30.yaml');
    const failed = spawnSync(process.execPath, [bin, 'build', broken, '--out', out], { encoding: 'utf8', timeout: 20_000 });
    expect([failed.status, failed.signal]).toEqual([1, null]);
    const onlyPdf = spawnSync(process.execPath, [bin, 'build', seed, '--format', 'pdf', '--out', out], { encoding: 'utf8', timeout: 20_000 });
    expect([onlyPdf.status, onlyPdf.signal]).toEqual([0, null]);
    expect(fs.existsSync(path.join(out, '2020.docx'))).toBe(false);
  });
});

describe('buildsBothFormats (whether the render thread starts before the arguments are parsed)', () => {
  const { buildsBothFormats } = require(path.join(repoRoot, 'dist', 'cli', 'start.js')) as { buildsBothFormats(argv: string[]): boolean };

  it.each([
    [['build', 'plans/2020.yaml'], true],
    [['--lang', 'en', 'build', 'plans/'], true],
    [['build', 'a.yaml', '--format', 'docx,pdf'], true],
    [['build', 'a.yaml', '--format=pdf,docx'], true],
    [['build', 'a.yaml', '--format', 'pdf'], false],
    [['build', 'a.yaml', '-f', 'docx'], false],
    [['build', 'a.yaml', '-fpdf'], false],
    [['validate', 'a.yaml'], false],
    [['schema'], false],
  ])('%j → %s', (argv, expected) => {
    expect(buildsBothFormats(argv)).toBe(expected);
  });
});
