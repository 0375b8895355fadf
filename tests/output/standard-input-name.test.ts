// `plan build - --name <name>`: the outputs of a plan read from standard input take the name given; --name goes only
// with "-", alone, and only as a bare file name every system accepts. Messages keep naming the input <stdin>.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seed = path.join(repoRoot, 'plans', '2020.yaml');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-stdin-name-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const plan = (args: string[], input: string | Buffer) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, timeout: 30_000 });

describe('build - --name', () => {
  it('writes out/<name>.docx and .pdf, the bytes the file gives; messages still say <stdin>', () => {
    const out = path.join(dir, 'named');
    const piped = plan(['build', '-', '--name', 'Kế hoạch 2021', '--out', out], fs.readFileSync(seed));
    expect(piped.status).toBe(0);
    expect(piped.stdout.trim().split('\n')).toEqual([path.join(out, 'Kế hoạch 2021.docx'), path.join(out, 'Kế hoạch 2021.pdf')]);
    expect(piped.stderr).toMatch(/^<stdin> → /);
    expect(fs.readdirSync(out).sort()).toEqual(['Kế hoạch 2021.docx', 'Kế hoạch 2021.pdf']);
    const fromFile = path.join(dir, 'file');
    expect(plan(['build', seed, '--out', fromFile], '').status).toBe(0);
    for (const format of ['docx', 'pdf']) expect(fs.readFileSync(path.join(out, `Kế hoạch 2021.${format}`))).toEqual(fs.readFileSync(path.join(fromFile, `2020.${format}`)));
  });

  it('--json: the plan is <stdin>, its outputs carry the name', () => {
    const out = path.join(dir, 'json');
    const piped = plan(['build', '-', '--name', '2021', '--out', out, '--json'], fs.readFileSync(seed));
    expect(piped.status).toBe(0);
    const report = JSON.parse(piped.stdout) as { plans: Array<{ plan: string; outputs: Array<{ path: string }> }> };
    expect(report.plans.map((p) => [p.plan, p.outputs.map((o) => o.path)])).toEqual([['<stdin>', [path.join(out, '2021.docx'), path.join(out, '2021.pdf')]]]);
  });

  it('a bad plan on standard input is located at <stdin>:line:column, nothing written', () => {
    const out = path.join(dir, 'bad');
    const piped = plan(['build', '-', '--name', '2021', '--out', out], fs.readFileSync(seed, 'utf8').replace('date: "2020-09"', 'date: "2020-13"'));
    expect(piped.status).toBe(1);
    expect(piped.stderr).toMatch(/^<stdin>:\d+:\d+ {2}lỗi: /m);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('--name is refused (exit 2, before standard input is read, nothing written)', () => {
  const cases: Array<{ name: string; args: string[]; vi: string; en: string }> = [
    { name: 'without "-"', args: [seed, '--name', '2021'], vi: '--name "2021": chỉ dùng khi đọc kế hoạch từ đầu vào chuẩn ("-")', en: '--name "2021": goes only with a plan read from standard input ("-")' },
    { name: 'with more than one plan', args: ['-', seed, '--name', '2021'], vi: 'đặt tên cho kết quả của một kế hoạch, ở đây có 2 kế hoạch', en: 'names the outputs of one plan, and 2 plans are given' },
    { name: 'empty', args: ['-', '--name', ''], vi: '--name "": tên trống', en: '--name "": the name is empty' },
    { name: 'with a folder (/)', args: ['-', '--name', 'ra/2021'], vi: 'chỉ là tên tệp, không có thư mục và không có ký tự "/"', en: 'is a bare file name, with no folder and no "/"' },
    { name: 'with a folder (\\)', args: ['-', '--name', '..\\2021'], vi: 'không có ký tự "\\\\"', en: 'no "\\\\"' },
    { name: 'with a colon', args: ['-', '--name', 'C:2021'], vi: 'không có ký tự ":"', en: 'no ":"' },
    { name: 'with a control character', args: ['-', '--name', 'a\tb'], vi: 'không có ký tự "\\t"', en: 'no "\\t"' },
    { name: '..', args: ['-', '--name', '..'], vi: 'không bắt đầu bằng dấu chấm', en: 'must not start with a dot' },
    { name: 'a hidden name', args: ['-', '--name', '.an'], vi: 'không bắt đầu bằng dấu chấm', en: 'must not start with a dot' },
    { name: 'ending in a dot', args: ['-', '--name', '2021.'], vi: 'không kết thúc bằng dấu chấm hay dấu cách', en: 'must not end with a dot or a space' },
    { name: 'ending in a space', args: ['-', '--name', '2021 '], vi: 'không kết thúc bằng dấu chấm hay dấu cách', en: 'must not end with a dot or a space' },
    { name: 'with .docx', args: ['-', '--name', '2021.docx'], vi: 'ghi tên không có phần mở rộng; plan tự thêm .docx và .pdf', en: 'write the name without an extension' },
    { name: 'with .PDF', args: ['-', '--name', '2021.PDF'], vi: 'ghi tên không có phần mở rộng', en: 'without an extension' },
    { name: 'with .yaml', args: ['-', '--name', 'ke-hoach.yaml'], vi: 'ghi tên không có phần mở rộng', en: 'without an extension' },
    { name: 'CON', args: ['-', '--name', 'CON'], vi: 'là tên thiết bị dành riêng của Windows', en: 'is a device name Windows reserves' },
    { name: 'nul.txt', args: ['-', '--name', 'nul.txt'], vi: 'là tên thiết bị dành riêng của Windows', en: 'is a device name Windows reserves' },
    { name: 'lpt1', args: ['-', '--name', 'lpt1'], vi: 'là tên thiết bị dành riêng của Windows', en: 'is a device name Windows reserves' },
    { name: 'too long', args: ['-', '--name', 'k'.repeat(65)], vi: 'quá dài (tối đa 64 ký tự)', en: 'is too long (at most 64 characters)' },
  ];
  for (const { name, args, vi, en } of cases)
    it(`${name}`, async () => {
      const out = path.join(dir, 'refused');
      for (const [lang, text] of [['vi', vi], ['en', en]] as const) {
        const io = memoryIo();
        expect(await run(['build', ...args, '--out', out, '--lang', lang], io)).toBe(2);
        expect(io.err.join('\n')).toContain(text);
        expect(io.out).toEqual([]);
      }
      expect(fs.existsSync(out)).toBe(false);
    });

  it('a name of 64 characters, with dots and Vietnamese letters inside, is taken', () => {
    const name = `KH.05 Tuần lễ ${'đ'.repeat(50)}`;
    expect([...name]).toHaveLength(64);
    const out = path.join(dir, 'long');
    const piped = plan(['build', '-', '--name', name, '--out', out, '--format', 'pdf'], fs.readFileSync(seed));
    expect(piped.status).toBe(0);
    expect(fs.readdirSync(out)).toEqual([`${name}.pdf`]);
  });
});
