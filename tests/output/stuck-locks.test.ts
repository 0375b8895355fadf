// Whatever stands at an output's lock name, a build ends within seconds: a stale, empty, garbled or future-dated lock
// is taken over, a live holder is waited for at most 10 s and then named, a folder there is named at once; and a
// folder that takes no new file still lets a build whose outputs are up to date succeed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seed = path.join(repoRoot, 'plans', '2020.yaml');

function workspace(): { dir: string; plan: string; out: string; lock: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lock-'));
  const plan = path.join(dir, 'x.yaml');
  fs.copyFileSync(seed, plan);
  const out = path.join(dir, 'o');
  fs.mkdirSync(out);
  return { dir, plan, out, lock: path.join(out, '.x.plan-lock') };
}

async function build(plan: string, out: string): Promise<{ code: number; err: string; ms: number }> {
  const io = memoryIo();
  const started = Date.now();
  const code = await run(['build', plan, '--out', out], io);
  return { code, err: io.err.join('\n'), ms: Date.now() - started };
}

describe('a lock left behind is taken over at once', () => {
  const cases: Array<{ name: string; leave: (lock: string) => void }> = [
    { name: 'empty (a process killed between creating and writing it)', leave: (lock) => { fs.writeFileSync(lock, ''); const past = new Date(Date.now() - 5000); fs.utimesSync(lock, past, past); } },
    { name: 'garbled text', leave: (lock) => fs.writeFileSync(lock, 'rác\n') },
    { name: 'dated a year ahead, of another machine', leave: (lock) => { fs.writeFileSync(lock, '999999 may-khac 2027-01-01T00:00:00.000Z\n'); const future = new Date(Date.now() + 365 * 864e5); fs.utimesSync(lock, future, future); } },
    { name: 'of a process that has ended', leave: (lock) => fs.writeFileSync(lock, `999999999 ${os.hostname()} 2026-01-01T00:00:00.000Z\n`) },
  ];
  for (const { name, leave } of cases)
    it(name, async () => {
      const { plan, out, lock } = workspace();
      leave(lock);
      const result = await build(plan, out);
      expect(result.code).toBe(0);
      expect(result.ms).toBeLessThan(5000);
      expect(fs.readdirSync(out).sort()).toEqual(['x.docx', 'x.pdf']);
    });
});

describe('a lock that cannot be taken is named', () => {
  it('a folder at the lock name: exit 1 at once, naming it', async () => {
    const { plan, out, lock } = workspace();
    fs.mkdirSync(lock);
    const result = await build(plan, out);
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(5000);
    expect(result.err).toContain(`ở chỗ tệp khóa ${lock} là một thư mục hoặc liên kết, không phải khóa của plan`);
  });

  it('a live process holding it: waited for 10 s, then exit 1 naming the lock and its holder, nothing written', async () => {
    const { plan, out, lock } = workspace();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      fs.writeFileSync(lock, `${holder.pid} ${os.hostname()} ${new Date().toISOString()}\n`);
      const result = await build(plan, out);
      expect(result.code).toBe(1);
      expect(result.ms).toBeGreaterThanOrEqual(10_000);
      expect(result.ms).toBeLessThan(15_000);
      expect(result.err).toContain(`${lock} vẫn bị giữ sau 10 giây (${holder.pid} ${os.hostname()}`);
      expect(fs.readdirSync(out)).toEqual(['.x.plan-lock']);
    } finally {
      holder.kill();
    }
  }, 30_000);
});

describe('a folder that takes no new file', () => {
  it('outputs already up to date: exit 0, both left as they were (no lock needed to write nothing)', () => {
    const { dir, plan, out } = workspace();
    const first = spawnSync(process.execPath, [bin, 'build', plan, '--out', out], { encoding: 'utf8', timeout: 60_000 });
    expect(first.status).toBe(0);
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(plan, 0o644);
    fs.chmodSync(out, 0o555);
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const again = spawnSync(process.execPath, [bin, 'build', plan, '--out', out], { ...asUser, encoding: 'utf8', timeout: 60_000 });
    expect(again.stderr).toContain('(16 KB, không đổi)');
    expect(again.status).toBe(0);
  });
});
