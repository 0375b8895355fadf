// The data each stage hands on keeps its hidden classes (V8's maps) once the code is optimized: otherwise every
// optimized function that reads it is thrown away and compiled again during a build of many plans (packed-map.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';

/**
 * Runs the compiled stages on the seed 60 times in one process, then compares the hidden class of every object and
 * array reachable from the 20th plan's data (after YAML, layout and flow) with the 60th's, printing the paths that
 * differ. %HaveSameMap needs --allow-natives-syntax, so this runs in a child process.
 */
const script = `
const dist = ${JSON.stringify(path.join(repoRoot, 'dist'))};
const { loadPlanFile } = require(dist + '/plan/load-plan.js');
const { layOutPlan } = require(dist + '/pipeline.js');
const { flowPages } = require(dist + '/layout/flow-pages.js');
const seed = ${JSON.stringify(path.join(repoRoot, 'plans', '2020.yaml'))};
const kept = [];
for (let i = 0; i < 60; i++) {
  const loaded = loadPlanFile(seed);
  const { resolved } = layOutPlan(loaded, {});
  const pages = flowPages(resolved);
  if (i === 19 || i === 59) kept.push({ plan: loaded.plan, resolved, pages });
}
const differing = new Set();
const seen = new Set();
(function compare(a, b, at) {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || seen.has(a)) return;
  seen.add(a);
  if (!%HaveSameMap(a, b)) differing.add(at.replace(/\\[\\d+\\]/g, '[]'));
  if (Array.isArray(a)) for (let i = 0; i < Math.min(a.length, b.length); i++) compare(a[i], b[i], at + '[' + i + ']');
  else for (const key of Object.keys(a)) compare(a[key], b[key], at + '.' + key);
})(kept[0], kept[1], '');
process.stdout.write(JSON.stringify({ compared: seen.size, differing: [...differing] }));
`;

describe('hidden classes after warm-up', () => {
  it('are the same for the 20th and the 60th plan of a process: plan, resolved document, flowed pages', () => {
    const result = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    const { compared, differing } = JSON.parse(result.stdout) as { compared: number; differing: string[] };
    expect(compared).toBeGreaterThan(500);
    expect(differing).toEqual([]);
  }, 120_000);
});
