// Edges of the command line: a current folder deleted under the shell, --json when the command stops before its
// report, options that do not go together.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seed = path.join(repoRoot, 'plans', '2020.yaml');

describe('a current folder that was deleted', () => {
  for (const args of [['build', 'thieu.yaml'], ['build', seed, '--out', path.join(os.tmpdir(), 'plan-gone-out')], ['init'], ['validate', seed]])
    it(`plan ${args.join(' ')}: exit 2 saying so, no stack trace, no thread error`, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-gone-'));
      const command = `cd '${dir}' && rmdir '${dir}' && exec '${process.execPath}' '${bin}' ${args.map((a) => `'${a}'`).join(' ')}`;
      const result = spawnSync('sh', ['-c', command], { encoding: 'utf8', timeout: 30_000 });
      expect(result.stderr).toBe('lỗi: thư mục hiện tại không còn (đã bị xóa hoặc đổi tên); chuyển sang một thư mục có thật (cd) rồi chạy lại\n');
      expect(result.status).toBe(2);
    });
});

describe('--json when the command stops before its report', () => {
  const cases: Array<{ name: string; args: string[]; env?: NodeJS.ProcessEnv; message: string; en: string }> = [
    { name: 'a missing plan', args: ['build', 'khong-co.yaml'], message: 'không tìm thấy tệp kế hoạch "khong-co.yaml"', en: 'plan file "khong-co.yaml" not found' },
    { name: 'an unknown format', args: ['build', seed, '--format', 'xyz'], message: 'định dạng không hợp lệ: "xyz"; chọn docx, pdf hoặc docx,pdf', en: 'unknown format "xyz"; choose docx, pdf or docx,pdf' },
    { name: 'an unknown option', args: ['build', seed, '--bogus'], message: "không có tùy chọn '--bogus'", en: "unknown option '--bogus'" },
  ];
  for (const { name, args, message, en } of cases)
    it(`${name}: exit 2, and stdout is JSON with the error in both languages`, async () => {
      const io = memoryIo();
      expect(await run([...args, '--json'], io)).toBe(2);
      expect(JSON.parse(io.out.join('\n'))).toEqual({ error: { exitCode: 2, message, en: { message: en } } });
    });

  it('--json=true (commander refuses a value): exit 2, and stdout is still JSON', async () => {
    const io = memoryIo();
    expect(await run(['build', seed, '--json=true'], io)).toBe(2);
    expect(JSON.parse(io.out.join('\n'))).toMatchObject({ error: { exitCode: 2 } });
  });

  it('without --json nothing is printed on stdout', async () => {
    const io = memoryIo();
    expect(await run(['build', 'khong-co.yaml'], io)).toBe(2);
    expect(io.out).toEqual([]);
  });
});

describe('options that do not go together', () => {
  it('--watch with --check: exit 2 at once (it would watch forever writing nothing)', async () => {
    const io = memoryIo();
    expect(await run(['build', seed, '--check', '--watch'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('--watch không đi cùng --check');
  });
});
