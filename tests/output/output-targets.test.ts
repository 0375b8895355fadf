// What stands where an output goes: a device, pipe or socket is never replaced nor written through, a link is
// replaced (never its target), and an output folder whose parent refuses new entries (`/proc`) fails at once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seed = path.join(repoRoot, 'plans', '2020.yaml');

function workspace(): { dir: string; plan: string; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-target-'));
  const plan = path.join(dir, 'ke-hoach.yaml');
  fs.copyFileSync(seed, plan);
  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  return { dir, plan, out };
}

function mkfifo(file: string): void {
  if (spawnSync('mkfifo', [file]).status !== 0) throw new Error('mkfifo is needed for this test (coreutils)');
}

describe('what stands at an output name', () => {
  it('a pipe where the PDF goes: exit 1 naming it, the pipe stays a pipe, and no DOCX is written without its PDF', async () => {
    const { plan, out } = workspace();
    const pdf = path.join(out, 'ke-hoach.pdf');
    mkfifo(pdf);
    const io = memoryIo();
    expect(await run(['build', plan, '--out', out], io)).toBe(1);
    expect(io.err.join('\n')).toContain(`không ghi được ${pdf}: ở đó là một thiết bị, ống hoặc socket, không phải tệp`);
    expect(fs.lstatSync(pdf).isFIFO()).toBe(true);
    expect(fs.readdirSync(out)).toEqual(['ke-hoach.pdf']);
  });

  it('plan schema --out onto a pipe: exit 1, the pipe stays', async () => {
    const { out } = workspace();
    const target = path.join(out, 'schema.json');
    mkfifo(target);
    const io = memoryIo();
    expect(await run(['schema', '--out', target], io)).toBe(1);
    expect(io.err.join('\n')).toContain('ở đó là một thiết bị, ống hoặc socket');
    expect(fs.lstatSync(target).isFIFO()).toBe(true);
  });

  it('a link where the DOCX goes: the link is replaced by the new file, the file it pointed to is untouched', async () => {
    const { dir, plan, out } = workspace();
    const elsewhere = path.join(dir, 'khac.docx');
    fs.writeFileSync(elsewhere, 'không được đụng tới');
    fs.symlinkSync(elsewhere, path.join(out, 'ke-hoach.docx'));
    expect(await run(['build', plan, '--out', out], memoryIo())).toBe(0);
    expect(fs.readFileSync(elsewhere, 'utf8')).toBe('không được đụng tới');
    expect(fs.lstatSync(path.join(out, 'ke-hoach.docx')).isFile()).toBe(true);
  });

  it('--out under /proc (mkdir says ENOENT though the parent exists): ends at once with exit 1, nothing left', () => {
    const { plan } = workspace();
    const result = spawnSync(process.execPath, [bin, 'build', plan, '--out', '/proc/plan-out/sub'], { encoding: 'utf8', timeout: 20_000 });
    expect(result.signal).toBeNull(); // not killed by the timeout
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('không ghi được /proc/plan-out/sub/ke-hoach.docx: không tạo được thư mục chứa nó');
  });

  it('a very long output folder name: exit 1 saying the name is too long', async () => {
    const { dir, plan } = workspace();
    const io = memoryIo();
    expect(await run(['build', plan, '--out', path.join(dir, 'x'.repeat(300))], io)).toBe(1);
    expect(io.err.join('\n')).toContain('tên tệp hoặc đường dẫn quá dài');
  });
});
