// Builds a plan through the real CLI entry (in-process) into a fresh temporary folder, for tests over the produced files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/run';
import type { Io } from '../../src/cli/io';

export const repoRoot = path.join(__dirname, '..', '..');

export interface BuiltPlan {
  code: number;
  outDir: string;
  docx: string;
  pdf: string;
  stderr: string[];
}

export function memoryIo(env: NodeJS.ProcessEnv = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, env, stdout: (line) => out.push(line), stderr: (line) => err.push(line) };
}

export async function buildPlan(planFile: string, extraArgs: string[] = []): Promise<BuiltPlan> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-test-'));
  const io = memoryIo();
  const code = await run(['build', planFile, '--out', outDir, ...extraArgs], io);
  const name = path.parse(planFile).name;
  return { code, outDir, docx: path.join(outDir, `${name}.docx`), pdf: path.join(outDir, `${name}.pdf`), stderr: io.err };
}
