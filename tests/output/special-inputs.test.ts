// Paths that are not regular files (a device, a pipe nobody writes to, a link to a device) are refused before they are
// opened, and "-" reads the plan from standard input within the size limit.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seed = path.join(repoRoot, 'plans', '2020.yaml');
const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-special-'));

/** Runs plan; the timeout is what a hang would hit (and fail on: status null). */
const plan = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, timeout: 20_000 });

const fifo = (dir: string, name: string): string => {
  const file = path.join(dir, name);
  expect(spawnSync('mkfifo', [file]).status).toBe(0);
  return file;
};

const refused = /là (một thiết bị ký tự|một đường ống \(FIFO\)|một socket), không phải tệp kế hoạch; để đọc kế hoạch từ đầu vào chuẩn, ghi "-"/;

describe('what is not a regular file', () => {
  it('/dev/zero: refused at once, exit 2, nothing written', () => {
    const out = path.join(temp(), 'out');
    const result = plan(['build', '/dev/zero', '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"/dev/zero" là một thiết bị ký tự');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a FIFO with no writer, named, in a folder, through a pattern and through a link: refused, never opened', () => {
    const dir = temp();
    const pipe = fifo(dir, 'ong.yaml');
    fs.symlinkSync(pipe, path.join(dir, 'lien-ket.yaml'));
    for (const input of [pipe, dir, path.join(dir, '*.yaml'), path.join(dir, 'lien-ket.yaml')]) {
      const result = plan(['build', input, '--out', path.join(dir, 'out')]);
      expect([input, result.status]).toEqual([input, 2]);
      expect(result.stderr).toMatch(refused);
      expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('validate: a link to /dev/zero and a FIFO are each refused in their line (exit 1, as for a folder), in English too', () => {
    const dir = temp();
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    const result = plan(['validate', path.join(dir, 'zero.yaml'), fifo(dir, 'ong.yaml'), seed, '--lang', 'en']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('zero.yaml" is a character device, not a plan file; to read a plan from standard input, write "-"');
    expect(result.stderr).toContain('ong.yaml" is a pipe (FIFO), not a plan file');
    expect(result.stderr).toContain('2020.yaml: valid');
  });

  it('/dev/stdin is refused when it is a pipe or socket (with "-" offered), read when it is a file', () => {
    expect(plan(['validate', '/dev/stdin'], fs.readFileSync(seed)).stderr).toMatch(refused);
    const fromFile = spawnSync(process.execPath, [bin, 'validate', '/dev/stdin'], { encoding: 'utf8', stdio: [fs.openSync(seed, 'r'), 'pipe', 'pipe'], timeout: 20_000 });
    expect(fromFile.status).toBe(0);
  });
});

describe('"-": the plan from standard input', () => {
  it('build - writes out/stdin.docx and .pdf, the same bytes as the file gives', () => {
    const dir = temp();
    const fromPipe = plan(['build', '-', '--out', path.join(dir, 'a')], fs.readFileSync(seed));
    expect(fromPipe.status).toBe(0);
    expect(fromPipe.stdout.trim().split('\n')).toEqual([path.join(dir, 'a', 'stdin.docx'), path.join(dir, 'a', 'stdin.pdf')]);
    expect(fromPipe.stderr).toContain('<stdin> → ');
    expect(plan(['build', seed, '--out', path.join(dir, 'b')]).status).toBe(0);
    for (const format of ['docx', 'pdf']) expect(fs.readFileSync(path.join(dir, 'a', `stdin.${format}`)).equals(fs.readFileSync(path.join(dir, 'b', `2020.${format}`)))).toBe(true);
  });

  it('validate - locates errors as <stdin>:line:col', () => {
    const result = plan(['validate', '-'], fs.readFileSync(seed, 'utf8').replace('date: "2020-09"', 'date: "2020-13"'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^<stdin>:\d+:\d+ {2}lỗi: /m);
  });

  it('at the limit it is read; one byte over it is refused as too large, however much more comes', async () => {
    const comment = (size: number) => Buffer.from(`# ${'x'.repeat(size - 3)}\n`);
    const text = fs.readFileSync(seed);
    const atLimit = Buffer.concat([text, comment(1024 * 1024 - text.length)]);
    expect(atLimit.length).toBe(1024 * 1024);
    expect(plan(['validate', '-'], atLimit).status).toBe(0);
    const over = plan(['validate', '-'], Buffer.concat([atLimit, Buffer.from('#')]));
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('<stdin>:1:1  lỗi: tệp quá lớn (> 1024 KB)');
    // An endless writer: plan stops reading after the limit and ends by itself.
    const child = spawn(process.execPath, [bin, 'validate', '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => undefined); // plan closes its end once it has read enough
    const chunk = Buffer.alloc(64 * 1024, 0x23);
    const feed = () => {
      while (child.stdin.writable && child.stdin.write(chunk));
    };
    child.stdin.on('drain', feed);
    feed();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('tệp quá lớn');
  }, 30_000);
});
