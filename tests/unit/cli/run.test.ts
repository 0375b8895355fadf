import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { exitCodes, run } from '../../../src/cli/run';
import { version } from '../../../src/version';
import { memoryIo, minimalPlanYaml } from '../fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writePlan(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('run', () => {
  it('prints the version and exits 0', async () => {
    const io = memoryIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out).toEqual([version]);
    expect(version).toBe('0.1.0');
  });

  it('prints help and exits 2 without arguments', async () => {
    const io = memoryIo();
    expect(await run([], io)).toBe(exitCodes.usage);
    expect(io.out.join('\n')).toContain('Cách dùng: plan [tùy chọn] [lệnh]');
    expect(io.out.join('\n')).toContain('build');
  });

  it('exits 2 when build has no plan file', async () => {
    const io = memoryIo();
    expect(await run(['build'], io)).toBe(2);
    expect(io.err.join('\n')).toContain("lỗi: thiếu tham số bắt buộc 'plans'");
  });

  it('exits 2 for an unknown command', async () => {
    expect(await run(['frob'], memoryIo())).toBe(2);
  });

  it('exits 2 with a Vietnamese message when the plan file is missing', async () => {
    const io = memoryIo();
    const missing = path.join(dir, 'missing.yaml');
    expect(await run(['build', missing], io)).toBe(2);
    expect(io.err).toEqual([`lỗi: không tìm thấy tệp kế hoạch "${missing}"`]);
    expect(io.out).toEqual([]);
  });

  it('exits 2 for an unknown format', async () => {
    const io = memoryIo();
    const plan = writePlan('good.yaml', minimalPlanYaml);
    expect(await run(['build', plan, '--format', 'xyz'], io)).toBe(2);
    expect(io.err).toEqual(['lỗi: định dạng không hợp lệ: "xyz"; chọn docx, pdf hoặc docx,pdf']);
  });

  it('exits 1 for a bad plan, prints located errors and writes nothing', async () => {
    const io = memoryIo();
    const plan = writePlan('bad.yaml', minimalPlanYaml.replace('signer:', 'signr:'));
    const out = path.join(dir, 'out-bad');
    expect(await run(['build', plan, '--out', out], io)).toBe(1);
    const stderr = io.err.join('\n');
    expect(stderr).toContain(`${plan}:18:1  lỗi: thiếu khóa bắt buộc "signer"; khóa "signr" ở đây có lẽ là nó, viết sai (tại signr)`);
    expect(stderr).toContain('gợi ý: sửa "signr" thành "signer"');
    // The misspelt "signr" is reported once; "signer" is not also reported missing.
    expect(io.err[io.err.length - 1]).toMatch(/bad\.yaml: 1 lỗi; không ghi tệp nào \(\d+ ms\)$/);
    expect(io.out).toEqual([]);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  it('builds a DOCX into the output folder and prints its path', async () => {
    const io = memoryIo({ SOURCE_DATE_EPOCH: '1600387200' });
    const plan = writePlan('ke-hoach-2020.yaml', minimalPlanYaml);
    const out = path.join(dir, 'out-good');
    expect(await run(['build', plan, '--out', out, '--format', 'docx'], io)).toBe(0);
    const file = path.join(out, 'ke-hoach-2020.docx');
    expect(io.out).toEqual([file]);
    expect(fs.readdirSync(out)).toEqual(['ke-hoach-2020.docx']);
    expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(io.err[0]).toMatch(/ke-hoach-2020\.yaml → .*ke-hoach-2020\.docx \(\d+ KB\) \d+ ms$/);
  });
});
