// A reader that closes the pipe after one byte (`plan … | head -c 1`): plan stops quietly with exit 141 (128 + SIGPIPE),
// no stack trace, and every output on disk is whole.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seed = path.join(repoRoot, 'plans', '2020.yaml');

/** Runs plan with the chosen stream read for one byte and then closed (as `head -c 1` does); the other is collected. */
function runClosing(args: string[], closed: 'stdout' | 'stderr'): Promise<{ code: number | null; other: string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stream = child[closed];
  const other = closed === 'stdout' ? child.stderr : child.stdout;
  let text = '';
  other.on('data', (chunk: Buffer) => (text += chunk.toString()));
  stream.once('data', () => stream.destroy());
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, other: text });
    }),
  );
}

/** Ten copies of the seed plan: output keeps coming after the first line. */
function manyPlans(): { dir: string; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-closed-'));
  for (let i = 0; i < 10; i++) fs.copyFileSync(seed, path.join(dir, `ke-hoach-${i}.yaml`));
  return { dir, out: path.join(dir, 'out') };
}

function expectWholeOutputs(out: string): void {
  const names = fs.existsSync(out) ? fs.readdirSync(out) : [];
  expect(names.filter((name) => !/^ke-hoach-\d\.(docx|pdf)$/.test(name))).toEqual([]); // no temporary file
  for (const name of names) {
    const bytes = fs.readFileSync(path.join(out, name));
    if (name.endsWith('.pdf')) expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
    else expect(bytes.subarray(bytes.length - 22, bytes.length - 18).toString('latin1')).toBe('PK\x05\x06'); // the ZIP's end record
  }
}

const noStack = (text: string) => expect(text).not.toMatch(/\bat .*\.js:\d+|EPIPE|Unhandled/);

describe('a closed standard output', () => {
  it('build: stops quietly (exit 141), outputs whole', async () => {
    const { dir, out } = manyPlans();
    const { code, other } = await runClosing(['build', dir, '--out', out], 'stdout');
    expect(code).toBe(141);
    noStack(other);
    expectWholeOutputs(out);
  }, 60_000);

  it('build --json, with stderr closed as well as stdout', async () => {
    const { dir, out } = manyPlans();
    const json = await runClosing(['build', dir, '--out', out, '--json'], 'stdout');
    expect([0, 141]).toContain(json.code); // the JSON comes last, in one write that a pipe may hold whole
    noStack(json.other);
    expectWholeOutputs(out);
    const { code, other } = await runClosing(['build', dir, '--out', path.join(dir, 'out2')], 'stderr');
    expect(code).toBe(141);
    noStack(other);
    expectWholeOutputs(path.join(dir, 'out2'));
  }, 60_000);

  it('--help and validate: no stack trace', async () => {
    for (const args of [['--help'], ['validate', seed, seed, seed]]) {
      const { code, other } = await runClosing(args, args[0] === '--help' ? 'stdout' : 'stderr');
      expect([0, 141]).toContain(code);
      noStack(other);
    }
  }, 60_000);
});
