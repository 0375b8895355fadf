// Reads a GitHub Actions workflow and runs its steps as the runner would, on a fresh copy of the repository: each
// `run:` in bash (as GitHub's ubuntu runner), each known `uses:` said for what it is. Anything it cannot honour (an
// expression, a matrix, an unknown action or key) is an error, so an edit to the workflow never passes unrun.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export type WorkflowStep =
  | { kind: 'run'; label: string; run: string; shell: string[]; workingDirectory: string; env: Record<string, string> }
  | { kind: 'checkout'; label: string }
  | { kind: 'setup-node'; label: string; nodeVersion: string }
  | { kind: 'upload'; label: string; patterns: string[] };

type Mapping = Record<string, unknown>;

const jobKeys = new Set(['name', 'runs-on', 'steps', 'env', 'defaults', 'timeout-minutes', 'permissions']);
const stepKeys = new Set(['name', 'id', 'run', 'uses', 'with', 'if', 'env', 'working-directory', 'shell', 'timeout-minutes']);

function refuse(where: string, what: string): never {
  throw new Error(`${where}: ${what} (the workflow test cannot run it as GitHub would; teach tests/helpers/run-workflow.ts)`);
}

/** GitHub's commands for `run:` on Linux: unspecified is `bash -e {0}`, `shell: bash` adds --noprofile --norc and pipefail. */
function shellFor(shell: unknown, where: string): string[] {
  if (shell === undefined) return ['bash', '-e'];
  if (shell === 'bash') return ['bash', '--noprofile', '--norc', '-eo', 'pipefail'];
  return refuse(where, `shell ${JSON.stringify(shell)}`);
}

function stringMap(value: unknown, where: string): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) return refuse(where, 'env is not a mapping');
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
}

function toStep(step: Mapping, where: string, defaults: Mapping, env: Record<string, string>): WorkflowStep {
  for (const key of Object.keys(step)) if (!stepKeys.has(key)) refuse(where, `the key "${key}"`);
  if (JSON.stringify(step).includes('${{')) refuse(where, 'an expression ${{ … }}');
  // Without `if`, a step runs when every step before it passed; `always()` runs it anyway. The test stops at the first
  // failure, so both mean "run it" here; any other condition would need evaluating.
  if (step.if !== undefined && step.if !== 'always()' && step.if !== 'success()') refuse(where, `the condition "${String(step.if)}"`);
  const name = typeof step.name === 'string' ? `${step.name}: ` : '';
  if (typeof step.run === 'string') {
    const workingDirectory = String(step['working-directory'] ?? defaults['working-directory'] ?? '.');
    return { kind: 'run', label: `${name}run ${JSON.stringify(step.run.trim())}`, run: step.run, shell: shellFor(step.shell ?? defaults.shell, where), workingDirectory, env: { ...env, ...stringMap(step.env, where) } };
  }
  const uses = String(step.uses ?? refuse(where, 'neither run nor uses'));
  const action = uses.replace(/@.*$/, '');
  const input = (step.with ?? {}) as Mapping;
  if (action === 'actions/checkout') return { kind: 'checkout', label: `${name}uses ${uses}: the fresh copy of the repository's files` };
  if (action === 'actions/setup-node') return { kind: 'setup-node', label: `${name}uses ${uses}: Node ${String(input['node-version'])} (this test runs Node ${process.versions.node})`, nodeVersion: String(input['node-version']) };
  if (action === 'actions/upload-artifact') {
    const patterns = String(input.path ?? refuse(where, 'upload-artifact without a path'))
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    return { kind: 'upload', label: `${name}uses ${uses}: uploads ${patterns.join(', ')} (each must exist)`, patterns };
  }
  return refuse(where, `the action ${uses}`);
}

/** Every step of every job, in order, with the job's and the workflow's env and defaults applied. */
export function readWorkflow(file: string): WorkflowStep[] {
  const workflow = parse(fs.readFileSync(file, 'utf8')) as Mapping;
  const jobs = Object.entries((workflow.jobs ?? {}) as Record<string, Mapping>);
  if (jobs.length === 0) refuse(file, 'no jobs');
  return jobs.flatMap(([id, job]) => {
    for (const key of Object.keys(job)) if (!jobKeys.has(key)) refuse(`job ${id}`, `the key "${key}"`);
    const defaults = { ...((workflow.defaults as Mapping)?.run as Mapping), ...((job.defaults as Mapping)?.run as Mapping) };
    const env = { ...stringMap(workflow.env, file), ...stringMap(job.env, `job ${id}`) };
    return ((job.steps ?? []) as Mapping[]).map((step, index) => toStep(step, `job ${id}, step ${index + 1}`, defaults, env));
  });
}

/**
 * What a fresh clone holds: the files git tracks, as they are in the working tree (so an edit not yet committed is
 * tested too), and nothing git ignores (no node_modules, dist/ or out/).
 */
export function freshCopy(repoRoot: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-workflow-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    const from = path.join(repoRoot, file);
    const stat = fs.lstatSync(from, { throwIfNoEntry: false });
    if (!stat) continue; // deleted in the working tree: the next commit will not have it either
    const to = path.join(copy, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (stat.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
    else fs.copyFileSync(from, to); // keeps the mode: bin/plan stays executable
  }
  return copy;
}

/** The files an upload-artifact pattern names; only `*` within the last segment is understood. */
export function expandUpload(pattern: string, root: string): string[] {
  if (pattern.startsWith('!') || /[?[\]{}]|\*\*/.test(pattern) || path.dirname(pattern).includes('*')) refuse('upload-artifact', `the pattern "${pattern}"`);
  const dir = path.join(root, path.dirname(pattern));
  const base = path.basename(pattern);
  if (!base.includes('*')) return fs.existsSync(path.join(dir, base)) ? [path.join(path.dirname(pattern), base)] : [];
  const matcher = new RegExp(`^${base.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => matcher.test(name) && fs.statSync(path.join(dir, name)).isFile()) : [];
  return names.map((name) => path.join(path.dirname(pattern), name));
}

/** Runs one `run:` step as the runner does: the script in a file, the step's shell, from the working directory. */
export function runStep(step: Extract<WorkflowStep, { kind: 'run' }>, workspace: string, env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-step-')), 'step.sh');
  fs.writeFileSync(script, step.run);
  const [command, ...args] = step.shell;
  const result = spawnSync(command!, [...args, script], { cwd: path.join(workspace, step.workingDirectory), env: { ...env, ...step.env }, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(path.dirname(script), { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
