// Inputs a clerk may feed plan by mistake: each ends within seconds in one located message, the right exit code,
// no stack trace and no file written. Big inputs are generated here rather than committed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const seedText = fs.readFileSync(path.join(repoRoot, 'plans', '2020.yaml'), 'utf8');
const minimal = `type: ke-hoach
agency: { name: SỞ GIÁO DỤC VÀ ĐÀO TẠO, code: SGDĐT }
place: Hà Nội
date: "2021-03-08"
summary: Tổ chức Ngày hội đọc sách
body:
  - Nội dung.
recipients: [Các phòng thuộc Sở]
archive: [VT, VP]
signer: { title: GIÁM ĐỐC }
`;

interface Case {
  name: string;
  write: (file: string) => void;
  code: number;
  message: RegExp;
  /** Expected "file:line" of the message, when the mistake has a line. */
  line?: number;
  args?: string[];
}

const nest = (depth: number): string => {
  let yaml = 'body:\n';
  let indent = '  ';
  for (let level = 0; level < depth; level++) {
    yaml += `${indent}- heading: Mục ${level}\n${indent}  content:\n`;
    indent += '    ';
  }
  return yaml + `${indent}- Đoạn cuối.\n`;
};

const cases: Case[] = [
  { name: 'an empty file', write: (f) => fs.writeFileSync(f, ''), code: 1, message: /tệp kế hoạch trống/, line: 1 },
  { name: 'only comments', write: (f) => fs.writeFileSync(f, '# chưa viết gì\n'), code: 1, message: /tệp kế hoạch trống/, line: 1 },
  { name: 'a binary file', write: (f) => fs.writeFileSync(f, Buffer.from([0x00, 0xff, 0x10, 0x80, 0x00, 0x41])), code: 1, message: /tệp nhị phân/, line: 1 },
  { name: 'a DOCX renamed .yaml', write: (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 1)])), code: 1, message: /có lẽ là một tệp Word \(\.docx\)/, line: 1 },
  { name: 'a PDF renamed .yaml', write: (f) => fs.writeFileSync(f, '%PDF-1.7\n...'), code: 1, message: /một tệp PDF/, line: 1 },
  { name: 'TCVN3 (not UTF-8) text', write: (f) => fs.writeFileSync(f, Buffer.from([0x74, 0x79, 0x70, 0x65, 0x3a, 0x20, 0xb8, 0xe0, 0x0a])), code: 1, message: /không phải văn bản UTF-8/, line: 1 },
  { name: 'a missing file', write: () => undefined, code: 2, message: /không tìm thấy tệp kế hoạch/ },
  { name: 'a folder', write: (f) => fs.mkdirSync(f), code: 2, message: /không có tệp \.yaml nào/ },
  { name: 'a 10 MB string', write: (f) => fs.writeFileSync(f, minimal.replace('Nội dung.', 'x'.repeat(10 * 1024 * 1024))), code: 1, message: /tệp quá lớn/, line: 1 },
  { name: 'a list of 100,000 items', write: (f) => fs.writeFileSync(f, minimal.replace('  - Nội dung.\n', '  - x\n'.repeat(100000))), code: 1, message: /danh sách quá dài \(100000 mục, tối đa 2000\)/, line: 7 },
  { name: 'sections nested 40 deep', write: (f) => fs.writeFileSync(f, minimal.replace('body:\n  - Nội dung.\n', nest(40))), code: 1, message: /lồng nhau quá sâu/ },
  {
    name: 'a YAML alias bomb',
    write: (f) => fs.writeFileSync(f, `${minimal}a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n`),
    code: 1,
    message: /quá nhiều tham chiếu "\*"/,
    line: 1,
  },
  { name: 'a __proto__ key', write: (f) => fs.writeFileSync(f, `${minimal}__proto__: { polluted: true }\n`), code: 1, message: /khóa "__proto__" không được phép/, line: 11 },
  { name: 'a constructor key', write: (f) => fs.writeFileSync(f, minimal.replace('signer: { title: GIÁM ĐỐC }', 'signer: { title: GIÁM ĐỐC, constructor: x }')), code: 1, message: /khóa "constructor" không được phép/, line: 10 },
  { name: 'control characters', write: (f) => fs.writeFileSync(f, minimal.replace('Nội dung.', 'Nội\u0007 dung.')), code: 1, message: /ký tự điều khiển hoặc ký tự vô hình \(U\+0007\)/, line: 7 },
  { name: 'zero-width characters', write: (f) => fs.writeFileSync(f, minimal.replace('Hà Nội', 'Hà\u200b Nội')), code: 1, message: /U\+200B/, line: 3 },
  { name: 'characters the font lacks', write: (f) => fs.writeFileSync(f, minimal.replace('Nội dung.', 'Nội dung 漢字 😀.')), code: 1, message: /phông chữ không có ký tự "漢" \(U\+6F22\), "字" \(U\+5B57\), "😀" \(U\+1F600\)/, line: 7 },
  { name: 'an unknown name in an expression', write: (f) => fs.writeFileSync(f, minimal.replace('Nội dung.', 'Năm {{nam}}.')), code: 1, message: /biểu thức dùng tên không có: "nam"/, line: 7 },
  { name: 'an unknown helper in an expression', write: (f) => fs.writeFileSync(f, minimal.replace('Nội dung.', '"{{ngay date}}."')), code: 1, message: /biểu thức dùng tên không có: "ngay"/, line: 7 },
  { name: 'an expression starting a text without quotes', write: (f) => fs.writeFileSync(f, minimal.replace('Nội dung.', '{{year}} là năm.')), code: 1, message: /câu bắt đầu bằng "\{\{" mà không có ngoặc kép/, line: 7 },
  { name: 'a tab for indentation', write: (f) => fs.writeFileSync(f, minimal.replace('  - Nội dung.', '\t- Nội dung.')), code: 1, message: /thụt lề bằng phím Tab/, line: 7 },
  { name: 'duplicate keys', write: (f) => fs.writeFileSync(f, `${minimal}place: Huế\n`), code: 1, message: /khóa này đã được viết ở trên/, line: 11 },
  { name: 'an unclosed quote', write: (f) => fs.writeFileSync(f, minimal.replace('place: Hà Nội', 'place: "Hà Nội')), code: 1, message: /dấu ngoặc kép mở ở đây chưa được đóng/, line: 3 },
  {
    name: 'a user template with a syntax error',
    write: (f) => {
      fs.writeFileSync(f, minimal);
      const dir = path.join(path.dirname(f), 'mau');
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'ke-hoach.hbs'), '{{> header}}\n{{#each bases}}\n@basis {{this}}\n');
    },
    args: ['--template', 'TEMPLATE'],
    code: 1,
    message: /mẫu \(template\) bị lỗi/,
  },
];

describe.each(cases)('$name', ({ name, write, code, message, line, args }) => {
  it(`ends in seconds with exit ${code}, one located message, no stack trace, nothing written`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-hostile-'));
    const file = path.join(dir, name === 'a folder' ? 'plans' : 'ke-hoach.yaml');
    write(file);
    const out = path.join(dir, 'out');
    const io = memoryIo();
    const started = Date.now();
    const exit = await run(['build', file, '--out', out, ...(args ?? []).map((a) => (a === 'TEMPLATE' ? path.join(dir, 'mau') : a))], io);
    expect(Date.now() - started).toBeLessThan(10000);
    const stderr = io.err.join('\n');
    expect(exit).toBe(code);
    expect(stderr).toMatch(message);
    if (line !== undefined) expect(stderr).toContain(`${file}:${line}:`);
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
    expect(stderr).not.toContain('lỗi nội bộ');
    expect(fs.existsSync(out)).toBe(false);
  }, 20000);
});

describe('text that is only not normalized', () => {
  it('builds, with a warning that it was normalized to NFC', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-hostile-'));
    const file = path.join(dir, 'ke-hoach.yaml');
    fs.writeFileSync(file, seedText.replace('name: Nguyễn Văn Hiếu', `name: ${'Nguyễn Văn Hiếu'.normalize('NFD')}`));
    const io = memoryIo();
    expect(await run(['build', file, '--out', path.join(dir, 'out'), '--format', 'docx'], io)).toBe(0);
    expect(io.err.join('\n')).toContain('cảnh báo: văn bản có chữ chưa chuẩn hóa Unicode NFC');
  });
});
