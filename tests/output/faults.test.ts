// Faults while writing: a read-only folder, an injected write error (a full disk), a build killed mid-way.
// Each leaves the previous outputs whole, no temporary file behind, and the plan untouched.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seed = path.join(repoRoot, 'plans', '2020.yaml');

/** A folder with the plan and a previous good build of it. */
function previousBuild(): { dir: string; plan: string; out: string; before: Record<string, Buffer> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fault-'));
  const plan = path.join(dir, 'ke-hoach.yaml');
  fs.copyFileSync(seed, plan);
  const out = path.join(dir, 'out');
  const result = spawnSync(process.execPath, [bin, 'build', plan, '--out', out], { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(result.stderr);
  // The plan changes, so a new build would change the files.
  fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('name: Nguyễn Văn Hiếu', 'name: Trần Văn B'));
  return { dir, plan, out, before: Object.fromEntries(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name))])) };
}

function expectUnchanged(out: string, before: Record<string, Buffer>): void {
  expect(fs.readdirSync(out).sort()).toEqual(Object.keys(before).sort());
  for (const [name, bytes] of Object.entries(before)) expect(fs.readFileSync(path.join(out, name)).equals(bytes)).toBe(true);
}

describe('faults while writing', () => {
  /**
   * As root every folder is writable: the build then runs as "nobody", for whom read-only means read-only. Where
   * "nobody" cannot run the checkout (a private folder), the same refusal is injected (PLAN_FAULT=readonly).
   */
  const root = process.getuid?.() === 0;
  const nobody = { uid: 65534, gid: 65534 };
  const nobodyCanRun = root && spawnSync(process.execPath, [bin, '--version'], { ...nobody }).status === 0;
  const asUser = nobodyCanRun ? nobody : {};
  const readOnlyEnv = root && !nobodyCanRun ? { ...process.env, PLAN_FAULT: 'readonly' } : process.env;

  it('a read-only output folder: says so, exit 1, the previous files stay', () => {
    const { dir, plan, out, before } = previousBuild();
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(plan, 0o644);
    fs.chmodSync(out, 0o555);
    try {
      const result = spawnSync(process.execPath, [bin, 'build', plan, '--out', out], { encoding: 'utf8', env: readOnlyEnv, ...asUser, timeout: 60_000 });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/không ghi được .*: không có quyền ghi( \(hoặc tệp đang mở trong Word\))?; tệp cũ \(nếu có\) vẫn giữ nguyên/);
      expectUnchanged(out, before);
    } finally {
      fs.chmodSync(out, 0o755);
    }
  });

  it('--out naming a file, not a folder: says it cannot write there, exit 1, the file stays', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fault-'));
    const notAFolder = path.join(dir, 'out');
    fs.writeFileSync(notAFolder, 'giữ nguyên');
    const result = spawnSync(process.execPath, [bin, 'build', seed, '--out', notAFolder], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/không ghi được .*2020\.docx/);
    expect(fs.readFileSync(notAFolder, 'utf8')).toBe('giữ nguyên');
  });

  it('a plan that cannot be read (injected through PLAN_FAULT=read): says so, exit 1, nothing written', () => {
    const { plan, out, before } = previousBuild();
    const result = spawnSync(process.execPath, [bin, 'build', plan, '--out', out], { encoding: 'utf8', env: { ...process.env, PLAN_FAULT: 'read' }, timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('không đọc được tệp (không có quyền đọc)');
    expectUnchanged(out, before);
  });

  it('a write error (a full disk, injected through PLAN_FAULT=write): says so, exit 1, the previous files stay', () => {
    const { plan, out, before } = previousBuild();
    const planBefore = fs.readFileSync(plan);
    const result = spawnSync(process.execPath, [bin, 'build', plan, '--out', out], { encoding: 'utf8', env: { ...process.env, PLAN_FAULT: 'write' }, timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ổ đĩa đã đầy; tệp cũ (nếu có) vẫn giữ nguyên');
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack trace
    expectUnchanged(out, before);
    expect(fs.readFileSync(plan).equals(planBefore)).toBe(true);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('a build killed with %s mid-way leaves the old files whole and no temporary file', async (signal) => {
    const { dir, out, before } = previousBuild();
    // Many plans keep the process busy long enough to be killed while it works.
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 40; i++) fs.copyFileSync(path.join(dir, 'ke-hoach.yaml'), path.join(many, `ke-hoach-${i}.yaml`));
    fs.copyFileSync(path.join(dir, 'ke-hoach.yaml'), path.join(many, 'ke-hoach.yaml'));
    const child = spawn(process.execPath, [bin, 'build', many, '--out', out], { stdio: 'pipe' });
    // stderr is written as each plan ends (stdout to a pipe is buffered): kill after the third plan.
    let done = 0;
    child.stderr.on('data', (chunk: Buffer) => {
      done += (chunk.toString().match(/ → /g) ?? []).length;
      if (done >= 3) child.kill(signal);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode, killedBy) => resolve(exitCode ?? (killedBy ? -1 : null))));
    expect(code).not.toBe(0);
    const names = fs.readdirSync(out);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Whatever was replaced is a whole document; the rest are the previous files.
    for (const name of names) {
      const bytes = fs.readFileSync(path.join(out, name));
      if (before[name] && bytes.equals(before[name]!)) continue;
      expect(bytes.subarray(0, 4).toString('latin1')).toMatch(/^(PK\x03\x04|%PDF)$/);
      if (name.endsWith('.pdf')) expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
    }
  }, 60000);
});
