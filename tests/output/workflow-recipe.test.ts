// Fast checks of .github/workflows/documents.yml inside npm test (the full run, npm ci included, is
// tests/workflow/, `npm run test:workflow`): the test can run every step, and no --check compares against a folder git
// ignores (a fresh clone has nothing there, so such a check fails on every push).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';
import { readWorkflow } from '../helpers/run-workflow';

const workflow = path.join(repoRoot, '.github', 'workflows', 'documents.yml');

describe('.github/workflows/documents.yml', () => {
  it('has only steps the workflow test can run as GitHub would', () => {
    expect(readWorkflow(workflow).map((step) => step.kind)).toEqual(expect.arrayContaining(['checkout', 'setup-node', 'run', 'upload']));
  });

  it('never runs --check against a folder git ignores', () => {
    for (const step of readWorkflow(workflow)) {
      if (step.kind !== 'run' || !/\bplan build\b.*--check\b/.test(step.run)) continue;
      const out = /(?:--out|-o)[ =](\S+)/.exec(step.run)?.[1] ?? 'out';
      const ignored = spawnSync('git', ['check-ignore', '-q', '--no-index', path.join(out, 'x.docx')], { cwd: path.join(repoRoot, step.workingDirectory) });
      expect([step.run, ignored.status]).toEqual([step.run, 1]);
    }
  });
});
