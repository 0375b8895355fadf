import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { withOutputLock } from '../../../src/cli/output-lock';
import { OutputError } from '../../../src/cli/write-atomically';

const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lock-'));
const lockOf = (dir: string) => path.join(dir, '.x.plan-lock');
/** The number of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;

describe('withOutputLock', () => {
  it('holds a lock file naming this process while the section runs, and removes it after', async () => {
    const dir = temp();
    const seen = await withOutputLock(dir, 'x', path.join(dir, 'x.docx'), () => fs.readFileSync(lockOf(dir), 'utf8'));
    expect(seen).toMatch(new RegExp(`^${process.pid} ${os.hostname()} \\d{4}-\\d{2}-\\d{2}T`));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('removes the lock when the section throws, and the folders it made when they stay empty', async () => {
    const dir = temp();
    const out = path.join(dir, 'a', 'b');
    await expect(withOutputLock(out, 'x', path.join(out, 'x.docx'), () => { throw new OutputError('x', 'ENOSPC'); })).rejects.toThrow(OutputError);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('waits while a live process holds the lock', async () => {
    const dir = temp();
    fs.writeFileSync(lockOf(dir), `${process.pid} ${os.hostname()} now\n`);
    let ran = false;
    const section = withOutputLock(dir, 'x', path.join(dir, 'x.docx'), () => (ran = true));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(ran).toBe(false);
    fs.rmSync(lockOf(dir));
    await section;
    expect(ran).toBe(true);
  });

  it('takes over the lock of a process that has ended, or one too old to be held (its number reused)', async () => {
    const dir = temp();
    fs.writeFileSync(lockOf(dir), `${deadPid()} ${os.hostname()} then\n`);
    expect(await withOutputLock(dir, 'x', path.join(dir, 'x.docx'), () => 'done')).toBe('done');
    fs.writeFileSync(lockOf(dir), `${process.pid} ${os.hostname()} then\n`);
    const minuteAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(lockOf(dir), minuteAgo, minuteAgo);
    expect(await withOutputLock(dir, 'x', path.join(dir, 'x.docx'), () => 'done')).toBe('done');
    // A take-over guard left by a process killed while holding it is removed after a while too.
    fs.writeFileSync(lockOf(dir), `${deadPid()} ${os.hostname()} then\n`);
    fs.writeFileSync(`${lockOf(dir)}-takeover`, `${process.pid} ${os.hostname()} then\n`);
    fs.utimesSync(`${lockOf(dir)}-takeover`, minuteAgo, minuteAgo);
    expect(await withOutputLock(dir, 'x', path.join(dir, 'x.docx'), () => 'done')).toBe('done');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('an output folder that cannot be made is an OutputError naming the output', async () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, 'file'), '');
    const out = path.join(dir, 'file', 'sub');
    await expect(withOutputLock(out, 'x', path.join(out, 'x.docx'), () => 1)).rejects.toMatchObject({ file: path.join(out, 'x.docx'), code: 'ENOTDIR' });
  });
});
