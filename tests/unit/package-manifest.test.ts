// package.json as npm reads it for users: `files` covers every file the installed command loads, the runtime
// dependencies are exactly what the bundles require from node_modules, and `plan` is the command.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { bundles, codeCacheFile } from '../../src/cli/load-bundle';
import { repoRoot } from '../helpers/build-plan';

interface Manifest {
  name: string;
  private?: boolean;
  bin: Record<string, string>;
  files: string[];
  dependencies: Record<string, string>;
  engines: { node: string };
  scripts: Record<string, string>;
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const relative = (file: string) => path.relative(path.join(repoRoot, 'src'), file).split(path.sep).join('/');
/** dist/… as the compiled loader sees it (load-bundle's paths are computed from src/ here). */
const inDist = (file: string) => `dist/${relative(file)}`;

describe('package.json', () => {
  it('is publishable and names the command plan', () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.name).not.toBe('plan');
    expect(manifest.bin).toEqual({ plan: 'bin/plan' });
    expect(manifest.files).toContain('bin/plan');
  });

  it('ships both bundles with their code caches, the launcher and the render thread’s entry', () => {
    const needed = [
      ...Object.values(bundles).map((bundle) => inDist(bundle.file)),
      ...(['cli', 'render'] as const).map((name) => inDist(codeCacheFile(name))),
      'dist/cli/start.js',
      'dist/cli/load-bundle.js',
      'dist/cli/render-worker.js',
      'dist/plan-preview.js',
      'preview/',
      'templates/',
      'schema/',
    ];
    expect(manifest.files).toEqual(expect.arrayContaining(needed));
    // bin/plan and the launcher load only these: the compiled modules stay out of the package.
    expect(fs.readFileSync(path.join(repoRoot, 'bin', 'plan'), 'utf8')).toContain("require('../dist/cli/start.js')");
  });

  it('depends at run time on exactly what the bundles require from node_modules, and on the fonts', () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const required = new Set<string>();
    for (const bundle of ['plan.js', 'plan-render.js', 'plan-preview.js']) {
      const source = fs.readFileSync(path.join(repoRoot, 'dist', bundle), 'latin1');
      for (const [, name] of source.matchAll(/require(?:\.resolve)?\("([^"]+)"\)/g)) {
        if (!builtins.has(name!)) required.add(name!.startsWith('@') ? name!.split('/').slice(0, 2).join('/') : name!.split('/')[0]!);
      }
    }
    required.add('@expo-google-fonts/tinos'); // read with require.resolve, for the font files
    expect(Object.keys(manifest.dependencies).sort()).toEqual([...required].sort());
  });

  it('builds before packing and in a clone, never in a user’s install', () => {
    expect(manifest.scripts.prepack).toBe('npm run build');
    expect(manifest.scripts.postprepare).toBe('npm run build');
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect([script, manifest.scripts[script]]).toEqual([script, undefined]);
  });
});
