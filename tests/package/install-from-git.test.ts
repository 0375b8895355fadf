// The repository as a fresh clone gets it: `npm ci` is quiet and builds, the Quick start's `npx plan build` works, and
// an install from git (into a project, or packed from git and installed globally) gives a working `plan`.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';
import { cleanEnv, globalLayout, npm, npmWarnings, runInstalled, tempDir } from './npm-commands';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const seed = path.join(repoRoot, 'plans', '2020.yaml');

let clone: string;
let cloneUrl: string;
/** The repository's own build of the seed, the bytes every installed copy must make. */
let reference: string;

beforeAll(() => {
  // The committed HEAD, as git would hand it out (no node_modules, no dist/).
  clone = path.join(tempDir('clone'), 'repo');
  const cloned = spawnSync('git', ['clone', '--quiet', repoRoot, clone], { encoding: 'utf8' });
  expect([cloned.status, cloned.stderr]).toEqual([0, '']);
  cloneUrl = `git+file://${clone.split(path.sep).join('/')}`;
  reference = tempDir('reference');
  expect(spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'plan'), 'build', seed, '--out', reference], { env: cleanEnv() }).status).toBe(0);
});

// The clone holds a whole development install (about 250 MB) once npm ci has run in it.
afterAll(() => fs.rmSync(path.dirname(clone), { recursive: true, force: true }));

function expectSeedBuilt(bin: string) {
  const folder = tempDir('seed');
  fs.copyFileSync(seed, path.join(folder, '2020.yaml'));
  const build = runInstalled(bin, ['build', '2020.yaml'], folder);
  expect([build.status, build.stderr]).toEqual([0, expect.stringContaining('2020.yaml')]);
  for (const file of ['2020.docx', '2020.pdf']) {
    expect([file, fs.readFileSync(path.join(folder, 'out', file)).equals(fs.readFileSync(path.join(reference, file)))]).toEqual([file, true]);
  }
}

describe('a fresh clone', () => {
  it('installs with npm ci without a warning, and the Quick start builds the seed', () => {
    const ci = npm(['ci', '--no-audit', '--no-fund'], clone, 300_000);
    expect(ci.status).toBe(0);
    expect(npmWarnings(ci.output)).toEqual([]);
    const out = tempDir('quick-start');
    const build = npm(['exec', '--', 'plan', 'build', 'plans/2020.yaml', '--out', out], clone);
    expect(build.status).toBe(0);
    for (const file of ['2020.docx', '2020.pdf']) {
      expect(fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(reference, file)))).toBe(true);
    }
  });
});

describe('an install from git', () => {
  it('into a project (npm i git+file://…): quiet, and its plan builds the seed from another folder', () => {
    const project = tempDir('project');
    const install = npm(['i', '--no-audit', '--no-fund', cloneUrl], project, 300_000);
    expect(install.status).toBe(0);
    expect(npmWarnings(install.output)).toEqual([]);
    const bin = path.join(project, 'node_modules', '.bin', 'plan');
    const version = runInstalled(bin, ['--version'], tempDir('elsewhere'));
    expect([version.status, version.stdout.trim()]).toEqual([0, manifest.version]);
    expectSeedBuilt(bin);
  });

  // `npm i -g git+…` links the global folder to npm's temporary clone for any package with a build step
  // (npm/cli#6984, #4148), so a global install from git goes through a tarball that npm packs from git.
  it('globally through npm pack git+file://…: quiet, and its plan builds the seed', () => {
    const into = tempDir('git-pack');
    const pack = npm(['pack', cloneUrl], into, 300_000);
    expect(pack.status).toBe(0);
    const tarball = path.join(into, `${manifest.name}-${manifest.version}.tgz`);
    const prefix = tempDir('git-prefix');
    const install = npm(['i', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball], into);
    expect(install.status).toBe(0);
    expect(npmWarnings(`${pack.output}${install.output}`)).toEqual([]);
    const { bin } = globalLayout(prefix, manifest.name);
    expect(runInstalled(bin, ['--version'], into).stdout.trim()).toBe(manifest.version);
    expectSeedBuilt(bin);
  });
});
