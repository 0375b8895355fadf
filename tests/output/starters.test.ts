// `plan init --type <type>` for each of the 29 document types, then one `plan build` of them all: every starter
// validates and builds without a warning, and both renderings carry its form's marks (Decree 30, Phụ lục III).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { documentTypes } from '../../src/decree/document-types';
import { memoryIo } from '../helpers/build-plan';
import { bodyParagraphs, paragraphText, readDocx } from '../helpers/read-docx';
import { pdfText, readPdf } from '../helpers/read-pdf';

/** What each form prints that no other does (besides its type name and symbol, checked for every type). */
const marks: Record<string, string[]> = {
  'quyet-dinh': ['GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Theo đề nghị của', 'QUYẾT ĐỊNH:', 'Điều 1.', 'Điều 3.', '- Như Điều 3;', 'Kèm theo Quyết định số', 'KẾ HOẠCH'],
  'nghi-quyet': ['QUYẾT NGHỊ:', 'Điều 1.', '- Như Điều 2;'],
  'cong-van': ['/UBND-VP', 'V/v Tổ chức Tết Trung thu', 'Kính gửi:', '- Như trên;'],
  'cong-dien': ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:', '- Như trên;'],
  'giay-moi': ['trân trọng kính mời:', 'Tới dự', 'Chủ trì:', 'Thời gian:', 'Địa điểm:', '- Như trên;'],
  'giay-gioi-thieu': ['Trường THPT Nguyễn Du trân trọng giới thiệu:', 'Được cử đến:', 'Về việc:', 'có giá trị đến hết ngày 31/10/2026', '- Như trên;'],
  'giay-nghi-phep': ['Xét Đơn đề nghị nghỉ phép', 'trong thời gian 5 ngày'],
  'bien-ban': ['Thành phần tham dự:', 'THƯ KÝ', 'CHỦ TỌA', 'Cuộc họp kết thúc vào'],
  'to-trinh': ['Kính gửi:', '- Như trên;'],
  'bao-cao': ['Kính gửi:', '- Như trên;'],
  'thu-cong': ['THƯ CHÚC MỪNG', 'Kính gửi:', '- Như trên;'],
  'quy-che': ['Chương I', 'Chương II', 'Điều 1.', 'Điều 4.'],
  'quy-dinh': ['Chương I', 'Điều 1.'],
  'hop-dong': ['Bên A:', 'Bên B:', 'Điều 1.', 'ĐẠI DIỆN BÊN A', 'ĐẠI DIỆN BÊN B'],
  'ban-ghi-nho': ['Bên thứ nhất:', 'Bên thứ hai:', 'Điều 1.'],
  'ban-thoa-thuan': ['Bên thứ nhất:', 'Bên thứ hai:', 'Điều 1.'],
};

/** The forms whose Nơi nhận opens by itself with "- Như trên;" (plan-forms.ts); no other starter may print it. */
const asAbove = new Set(['cong-van', 'cong-dien', 'giay-moi', 'giay-gioi-thieu', 'to-trinh', 'bao-cao', 'thu-cong']);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-starters-'));
const texts: Record<string, { pdf: string; docx: string; numberLine: string }> = {};
let build: { code: number; err: string[] };
let validate: { code: number; err: string[] };

beforeAll(async () => {
  for (const { key } of documentTypes) {
    const io = memoryIo();
    expect({ key, code: await run(['init', '--type', key, path.join(dir, `${key}.yaml`)], io) }).toEqual({ key, code: 0 });
  }
  const files = documentTypes.map(({ key }) => path.join(dir, `${key}.yaml`));
  const validateIo = memoryIo();
  validate = { code: await run(['validate', ...files], validateIo), err: validateIo.err };
  const buildIo = memoryIo();
  build = { code: await run(['build', ...files, '--out', path.join(dir, 'out')], buildIo), err: buildIo.err };
  for (const { key } of documentTypes) {
    const file = await readPdf(path.join(dir, 'out', `${key}.pdf`));
    const docx = bodyParagraphs(readDocx(path.join(dir, 'out', `${key}.docx`))).map(paragraphText).join(' ');
    const numberLine = file.pages[0]!.lines.find((line) => line.text.includes('Số:'))?.text ?? '';
    texts[key] = { pdf: pdfText(file), docx, numberLine };
  }
});

describe('the starter of every document type', () => {
  it('validates and builds, all 29 in one call, without a warning', () => {
    expect(validate.code).toBe(0);
    expect(validate.err.filter((line) => !/: hợp lệ$/.test(line))).toEqual([]);
    expect(build.code).toBe(0);
    expect(build.err.filter((line) => /cảnh báo|lỗi:/.test(line))).toEqual([]);
    expect(build.err.join('\n')).toContain('29 kế hoạch, 0 lỗi');
  });

  it.each(documentTypes.map((type) => [type.key, type] as const))('%s prints its type name, its symbol and its form', (key, type) => {
    const { pdf, docx } = texts[key]!;
    // A công văn has no type name (mẫu 1.5); a thư công prints its own title.
    const name = key === 'cong-van' ? undefined : key === 'thu-cong' ? 'THƯ CHÚC MỪNG' : type.title;
    const expected = [...(name ? [name] : []), ...(type.code ? [`/${type.code}-`] : []), ...(marks[key] ?? [])];
    for (const text of [pdf, docx]) {
      expect(expected.filter((mark) => !text.includes(mark))).toEqual([]);
      expect(text.includes('- Như trên;')).toBe(asAbove.has(key));
      if (key === 'cong-van') expect(text).not.toContain('CÔNG VĂN');
      expect(text).not.toContain('{{');
      // The content ends with "./." (Phụ lục I, II.6.c): the starter shows where it goes.
      expect(text).toContain('./.');
    }
  });

  it('a Biên bản has no place and date beside its number (mẫu 1.9); the others have', () => {
    expect(texts['bien-ban']!.numberLine).toBe('Số: /BB-THPTND');
    expect(texts['giay-moi']!.numberLine).toMatch(/Số: \/GM-SGDĐT Quảng Ninh, ngày 10 tháng 8 năm 2026$/);
  });

  it('is named after its type when no file is given, and plan init --help lists every type', async () => {
    const here = process.cwd();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-init-'));
    try {
      process.chdir(folder);
      expect(await run(['init', '--type', 'giay-moi'], memoryIo())).toBe(0);
      expect(fs.readdirSync(folder).sort()).toEqual(['giay-moi.yaml', 'plan.schema.json']);
    } finally {
      process.chdir(here);
    }
    const help = memoryIo();
    expect(await run(['init', '--help', '--lang', 'en'], help)).toBe(0);
    const text = help.out.join('\n');
    expect(text).toContain('Document types (--type)');
    expect(documentTypes.filter(({ key, name }) => !new RegExp(`(^|\\s)${key} +${name}(\\s|$)`, 'm').test(text)).map(({ key }) => key)).toEqual([]);
  });

  it('an unknown type is a usage error naming the closest type, also typed with diacritics', async () => {
    const io = memoryIo();
    expect(await run(['init', '--type', 'biên-bản', path.join(dir, 'x.yaml'), '--lang', 'en'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('there is no document type "biên-bản"; did you mean "bien-ban"? The types: nghi-quyet, quyet-dinh,');
  });
});
