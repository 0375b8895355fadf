// Ctrl+C (SIGINT) and SIGTERM end plan within a second whatever it is doing: waiting on standard input, building a
// large plan (the render thread at work), building many, watching. No temporary file is left, previous outputs stay.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seedText = fs.readFileSync(path.join(repoRoot, 'plans', '2020.yaml'), 'utf8');
const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-signal-'));

/** A plan near the size limit: 1,500 long paragraphs (hundreds of pages). */
function bigPlan(dir: string): string {
  const paragraph = 'Đoạn văn dài để plan bận dựng trang khi nhận tín hiệu, có nhiều chữ trên mỗi dòng và nhiều dòng trên mỗi trang.'.repeat(4);
  const body = Array.from({ length: 1500 }, (_, i) => `  - "${paragraph} ${i}"\n`).join('');
  const text = seedText.replace(/\nbody:\n[\s\S]*?\n(?=[a-z_]+:)/, `\nbody:\n${body}`);
  expect(text.length).toBeGreaterThan(500_000);
  const file = path.join(dir, 'lon.yaml');
  fs.writeFileSync(file, text);
  return file;
}

/** Waits until `started` says the moment has come, sends the signal, and measures how long plan takes to end. */
async function signalWhen(child: ChildProcess, signal: NodeJS.Signals, started: (stderr: string) => boolean): Promise<{ ms: number; stderr: string }> {
  let stderr = '';
  let sentAt = 0;
  const ended = new Promise<number>((resolve) => child.on('exit', () => resolve(performance.now())));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (!sentAt && started(stderr)) {
      sentAt = performance.now();
      child.kill(signal);
    }
  });
  const deadline = setTimeout(() => child.kill('SIGKILL'), 30_000);
  if (started('')) {
    sentAt = performance.now();
    child.kill(signal);
  }
  const endedAt = await ended;
  clearTimeout(deadline);
  expect(sentAt).toBeGreaterThan(0);
  return { ms: endedAt - sentAt, stderr };
}

const noTemporaryFiles = (dir: string) => expect(fs.readdirSync(dir).filter((name) => /\.(tmp|bak)$/.test(name))).toEqual([]);

describe.each(['SIGINT', 'SIGTERM'] as const)('%s ends plan within a second', (signal) => {
  it('while it waits on standard input (a writer that never writes)', async () => {
    const child = spawn(process.execPath, [bin, 'build', '-', '--out', temp()], { stdio: ['pipe', 'ignore', 'pipe'] });
    // Past start-up, so plan is reading (a signal sooner would end it too).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { ms } = await signalWhen(child, signal, () => true);
    expect(ms).toBeLessThan(1000);
    child.stdin!.destroy();
  }, 40_000);

  it('while it builds a large plan (the render thread at work), leaving the previous outputs whole', async () => {
    const dir = temp();
    const plan = bigPlan(dir);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const previous = { 'lon.docx': Buffer.from('bản cũ docx'), 'lon.pdf': Buffer.from('bản cũ pdf') };
    for (const [name, bytes] of Object.entries(previous)) fs.writeFileSync(path.join(out, name), bytes);
    const child = spawn(process.execPath, [bin, 'build', plan, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    await new Promise((resolve) => setTimeout(resolve, 250)); // into the build: start-up takes less
    const { ms } = await signalWhen(child, signal, () => true);
    expect(ms).toBeLessThan(1000);
    noTemporaryFiles(out);
    for (const name of fs.readdirSync(out)) {
      const bytes = fs.readFileSync(path.join(out, name));
      // Either the previous file, or (if the signal came after the build) the new document whole.
      if (!bytes.equals(previous[name as keyof typeof previous])) expect(bytes.subarray(0, 4).toString('latin1')).toMatch(/^(PK\x03\x04|%PDF)$/);
    }
  }, 40_000);

  it('while it builds many plans, after some were written', async () => {
    const dir = temp();
    for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(dir, `ke-hoach-${i}.yaml`), seedText);
    const out = path.join(dir, 'out');
    const child = spawn(process.execPath, [bin, 'build', dir, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    const { ms } = await signalWhen(child, signal, (stderr) => (stderr.match(/ → /g) ?? []).length >= 2);
    expect(ms).toBeLessThan(1000);
    noTemporaryFiles(out);
  }, 40_000);

  it('while it watches, and while a watched rebuild runs', async () => {
    const dir = temp();
    const plan = bigPlan(dir);
    const child = spawn(process.execPath, [bin, 'build', plan, '--out', path.join(dir, 'out'), '--watch'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const idle = await signalWhen(child, signal, (stderr) => stderr.includes('Ctrl+C'));
    expect(idle.ms).toBeLessThan(1000);
    const again = spawn(process.execPath, [bin, 'build', plan, '--out', path.join(dir, 'out'), '--watch'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let touched = false;
    const busy = await signalWhen(again, signal, (stderr) => {
      if (stderr.includes('Ctrl+C') && !touched) {
        touched = true;
        fs.appendFileSync(plan, '\n# sửa\n');
      }
      return stderr.includes('thay đổi:');
    });
    expect(busy.ms).toBeLessThan(1000);
    noTemporaryFiles(path.join(dir, 'out'));
  }, 40_000);
});

it('validate - ends at once on SIGTERM while it waits on standard input (no handler holds it)', async () => {
  const child = spawn(process.execPath, [bin, 'validate', '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const { ms } = await signalWhen(child, 'SIGTERM', () => true);
  expect(ms).toBeLessThan(1000);
  child.stdin!.destroy();
}, 40_000);
