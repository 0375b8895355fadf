// .github/workflows/documents.yml run as written on a fresh copy of the repository (`npm ci` included): every `run:`
// must pass, `npx plan` must run the copy's own bin, and every path the upload step names must exist. The steps are
// read from the workflow file, so an edit to it is what this test runs. Slow (npm ci): `npm run test:workflow`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';
import { expandUpload, freshCopy, readWorkflow, runStep, type WorkflowStep } from '../helpers/run-workflow';

const steps = readWorkflow(path.join(repoRoot, '.github', 'workflows', 'documents.yml'));
const recorder = path.join(__dirname, 'record-main.js');

/** Signatures of what the upload carries: a report must be JSON, a document its format. */
function checkUploaded(file: string): void {
  const bytes = fs.readFileSync(file);
  if (file.endsWith('.json')) expect(() => JSON.parse(bytes.toString('utf8'))).not.toThrow();
  if (file.endsWith('.docx')) expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  if (file.endsWith('.pdf')) expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

describe('.github/workflows/documents.yml on a fresh copy of the repository', () => {
  let workspace = '';
  let logs = '';
  let failed: string | undefined;

  // As on GitHub's runner: CI and GITHUB_* set, nothing of this checkout's node_modules on the PATH (npm run put it
  // there), and npx never fetching a `plan` from the registry (npm_config_yes=false: it fails instead).
  const environment = (log: string): NodeJS.ProcessEnv => ({
    PATH: (process.env.PATH ?? '')
      .split(path.delimiter)
      .filter((dir) => !dir.includes(`node_modules${path.sep}.bin`) && !dir.includes('node-gyp-bin'))
      .join(path.delimiter),
    HOME: process.env.HOME ?? os.homedir(),
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    npm_config_yes: 'false',
    NODE_OPTIONS: `--require ${JSON.stringify(recorder)}`,
    PLAN_WORKFLOW_MAIN_LOG: log,
  });

  const perform = (step: WorkflowStep, index: number): void => {
    if (step.kind === 'checkout') {
      expect(fs.existsSync(path.join(workspace, 'package.json'))).toBe(true);
      for (const ignored of ['node_modules', 'dist', 'out']) expect([ignored, fs.existsSync(path.join(workspace, ignored))]).toEqual([ignored, false]);
    } else if (step.kind === 'setup-node') {
      const major = /^\d+/.exec(step.nodeVersion)?.[0];
      expect([step.label, major]).toEqual([step.label, process.versions.node.split('.')[0]]);
    } else if (step.kind === 'run') {
      const log = path.join(logs, `step-${index + 1}.log`);
      const result = runStep(step, workspace, environment(log));
      if (result.status !== 0) throw new Error(`${step.label} ended with ${result.status}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
      if (/\bnpx\s+plan\b/.test(step.run)) {
        const plans = [...new Set(fs.readFileSync(log, 'utf8').split('\n').filter((main) => path.basename(main) === 'plan'))];
        expect(plans).toEqual([fs.realpathSync(path.join(workspace, 'bin', 'plan'))]);
      }
    } else {
      for (const pattern of step.patterns) {
        const files = expandUpload(pattern, workspace);
        expect([pattern, files.length > 0]).toEqual([pattern, true]);
        for (const file of files) checkUploaded(path.join(workspace, file));
      }
    }
  };

  beforeAll(() => {
    workspace = freshCopy(repoRoot);
    logs = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-workflow-logs-'));
  });

  afterAll(() => {
    // A failed run is left for a look (its path is in the failure); a passed one is removed.
    if (failed) return;
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(logs, { recursive: true, force: true });
  });

  steps.forEach((step, index) => {
    it(`step ${index + 1}, ${step.label}`, () => {
      if (failed) throw new Error(`not run: ${failed} failed before it`);
      try {
        perform(step, index);
      } catch (error) {
        failed = `step ${index + 1} (in ${workspace})`;
        throw error;
      }
    });
  });

  it('has the steps the model needs: npm ci, a check of the plans, a build, an upload', () => {
    const runs = steps.flatMap((step) => (step.kind === 'run' ? [step.run] : []));
    expect(runs.some((run) => /^npm ci\b/.test(run.trim()))).toBe(true);
    expect(runs.some((run) => /\bnpx plan validate\b.*--reporter github/.test(run))).toBe(true);
    expect(runs.some((run) => /\bnpx plan build\b/.test(run))).toBe(true);
    expect(steps.filter((step) => step.kind === 'upload')).toHaveLength(1);
  });
});
