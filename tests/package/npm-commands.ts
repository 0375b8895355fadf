// Runs npm and the installed `plan` as a user would, for the package tests: a clean environment (no npm_* variables
// from the `npm run` that started jest), and npm's own warnings picked out of what it printed.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The environment without what `npm run` adds, so the npm under test reads only its own configuration. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', ...extra };
}

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for the failure message. */
  output: string;
}

function ran(result: SpawnSyncReturns<string>): Ran {
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}

export function npm(args: string[], cwd: string, timeout = 240_000): Ran {
  const command = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return ran(spawnSync(command, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout, shell: process.platform === 'win32' }));
}

/** Runs an installed command from `cwd` as a shell would: the link npm made in the bin folder, through its #! line. */
export function runInstalled(bin: string, args: string[], cwd: string): Ran {
  const env = cleanEnv({ PATH: [path.dirname(process.execPath), process.env.PATH].join(path.delimiter) });
  const [command, commandArgs] = process.platform === 'win32' ? [process.execPath, [bin, ...args]] : [bin, args];
  return ran(spawnSync(command, commandArgs, { cwd, env, encoding: 'utf8', timeout: 60_000 }));
}

/** npm's warnings (its "npm warn …" / "npm WARN …" lines, EBADENGINE among them) in what it printed. */
export function npmWarnings(output: string): string[] {
  return output.split(/\r?\n/).filter((line) => /^npm warn/i.test(line) || /EBADENGINE/.test(line));
}

export const tempDir = (label: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `plan-package-${label}-`));

/** Where `npm i -g --prefix <prefix>` puts a package's commands and files (Windows has no bin/ nor lib/). */
export function globalLayout(prefix: string, name: string): { bin: string; packageDir: string } {
  return process.platform === 'win32'
    ? { bin: path.join(prefix, 'node_modules', name, 'bin', 'plan'), packageDir: path.join(prefix, 'node_modules', name) }
    : { bin: path.join(prefix, 'bin', 'plan'), packageDir: path.join(prefix, 'lib', 'node_modules', name) };
}
