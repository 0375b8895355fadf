// Table rows taller than a page (many recipients, a long archive line, a long signer name) flow onto the next pages
// in both formats, losing nothing; a header the first page cannot hold is refused with a located message.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { buildPlan, memoryIo, repoRoot } from '../helpers/build-plan';
import { attr, child, elements, paragraphText, readDocx } from '../helpers/read-docx';
import { outsideTheBody, readPdf, type PdfFile } from '../helpers/read-pdf';
import { missingInOrder } from '../helpers/seed-sentences';
import { run } from '../../src/cli/run';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tall-rows-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const seed = fs.readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'parity', 'many-recipients.yaml'), 'utf8');
const recipientsBlock = /recipients:\n(?: {2}- .*\n)+/;

/** The 80-recipient parity plan with other recipients, archive, signer name or agency name. */
function writePlan(name: string, edit: { recipients?: string[]; archive?: string[]; signerName?: string; agencyName?: string }): string {
  let text = seed;
  if (edit.recipients) text = text.replace(recipientsBlock, `recipients:\n${edit.recipients.map((r) => `  - ${r}\n`).join('')}`);
  if (edit.archive) text = text.replace('archive: [VT, GDTrH]', `archive: [${edit.archive.join(', ')}]`);
  if (edit.signerName) text = text.replace('name: Phạm Văn Hùng', `name: ${edit.signerName}`);
  if (edit.agencyName) text = text.replace('name: SỞ GIÁO DỤC VÀ ĐÀO TẠO', `name: ${edit.agencyName}`);
  const file = path.join(dir, `${name}.yaml`);
  fs.writeFileSync(file, text);
  return file;
}

const mm = (value: number) => (value * 72) / 25.4;

/** Where the signature table's right column starts: 42 % of the 165 mm text width from the 30 mm left margin. */
const rightColumn = mm(30 + 0.42 * 165);

/** The text of one column of the signature table (or of everything), page by page, in reading order. */
function allText(pdf: PdfFile, column: 'left' | 'right' | 'all'): string {
  return pdf.pages
    .map((page) =>
      page.items
        .filter((item) => item.y > mm(20)) // not the page number
        .filter((item) => column === 'all' || (column === 'left' ? item.x < rightColumn : item.x >= rightColumn))
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .map((item) => item.text)
        .join(''),
    )
    .join('');
}


/** The DOCX's signature row: whether it asks to be kept whole, and its text. */
function signatureRow(docx: string): { cantSplit: boolean; text: string } {
  const { document } = readDocx(docx);
  const row = elements(document, 'tr').find((tr) => elements(tr, 'p').some((p) => paragraphText(p) === 'Nơi nhận:'))!;
  const flag = child(child(row, 'trPr')!, 'cantSplit');
  return { cantSplit: Boolean(flag) && attr(flag, 'val') !== 'off', text: elements(row, 'p').map(paragraphText).join('\n') };
}

async function build(file: string) {
  const built = await buildPlan(file);
  expect(built.stderr.filter((line) => /lỗi/.test(line))).toEqual([]);
  expect(built.code).toBe(0);
  return { pdf: await readPdf(built.pdf), docx: built.docx };
}

const schools = (count: number) => Array.from({ length: count }, (_, i) => `Trường Trung học phổ thông số ${i + 1} huyện Tiên Yên`);

describe('a Nơi nhận list longer than a page', () => {
  it.each([80, 1500])('keeps all %i recipients and the Lưu line, in order, within the margins of both formats', async (count) => {
    const recipients = schools(count);
    const { pdf, docx } = await build(writePlan(`recipients-${count}`, { recipients }));
    const lines = [...recipients.map((r) => `- ${r};`), '- Lưu: VT, GDTrH.'];
    expect(missingInOrder(lines, allText(pdf, 'left'))).toEqual([]);
    expect(outsideTheBody(pdf)).toEqual([]);
    // The signature sits beside the start of the list; the list ends on the last page.
    const pageOf = (text: string) => pdf.pages.findIndex((page) => page.items.some((item) => item.text.includes(text)));
    expect(pageOf('Phạm Văn Hùng')).toBe(pageOf('Nơi nhận:'));
    expect(pageOf('Lưu: VT')).toBe(pdf.pages.length - 1);
    expect(pdf.pages.length).toBeGreaterThan(count === 80 ? 3 : 50);
    // The DOCX holds every line too, in a row Word may split.
    const row = signatureRow(docx);
    expect(row.cantSplit).toBe(false);
    expect(missingInOrder(lines, row.text)).toEqual([]);
  });

  it('keeps a short list whole: the seed plan still asks Word to keep its signature row on one page', () => {
    const built = path.join(dir, 'seed');
    return run(['build', path.join(repoRoot, 'plans', '2020.yaml'), '--out', built, '--format', 'docx'], memoryIo()).then((code) => {
      expect(code).toBe(0);
      expect(signatureRow(path.join(built, '2020.docx')).cantSplit).toBe(true);
    });
  });
});

describe('other cells longer than a page', () => {
  it('flows a Lưu line of 1,500 archive entries', async () => {
    const archive = ['VT', ...Array.from({ length: 1499 }, (_, i) => `P${i + 1}`)];
    const { pdf, docx } = await build(writePlan('archive-1500', { archive }));
    const line = `- Lưu: ${archive.join(', ')}.`;
    expect(missingInOrder([line], allText(pdf, 'left'))).toEqual([]);
    expect(outsideTheBody(pdf)).toEqual([]);
    expect(pdf.pages.length).toBeGreaterThan(4);
    expect(signatureRow(docx).cantSplit).toBe(false);
  });

  it('flows a signer name longer than a page', async () => {
    const signerName = Array.from({ length: 120 }, (_, i) => `Nguyễn Văn Hiếu${i}`).join(' ');
    const { pdf, docx } = await build(writePlan('long-signer', { recipients: schools(3), signerName }));
    expect(missingInOrder(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', signerName], allText(pdf, 'right'))).toEqual([]);
    expect(missingInOrder(['Nơi nhận:', ...schools(3).map((r) => `- ${r};`), '- Lưu: VT, GDTrH.'], allText(pdf, 'left'))).toEqual([]);
    expect(outsideTheBody(pdf)).toEqual([]);
    expect(pdf.pages.length).toBeGreaterThan(2);
    expect(signatureRow(docx).cantSplit).toBe(false);
  });
});

describe('a header the first page cannot hold', () => {
  it('is refused with a located message naming the limit, and nothing is written', async () => {
    const agencyName = Array.from({ length: 130 }, () => 'SỞ GIÁO DỤC VÀ ĐÀO TẠO').join(' ');
    const file = writePlan('long-agency', { agencyName });
    const out = path.join(dir, 'long-agency-out');
    for (const [lang, words] of [
      ['vi', /tên cơ quan ban hành chiếm \d+ dòng ở cột trái phần đầu văn bản; tối đa 8 dòng/],
      ['en', /the agency's name takes \d+ lines in its column of the header; at most 8 lines/],
    ] as const) {
      const io = memoryIo();
      const code = await run(['build', file, '--out', out, '--lang', lang], io);
      expect(code).toBe(1);
      const text = io.err.join('\n');
      expect(text).toMatch(new RegExp(`long-agency\\.yaml:${seed.split('\n').findIndex((l) => l.startsWith('  name: SỞ')) + 1}:9 `));
      expect(text).toMatch(words);
      expect(text).toMatch(lang === 'vi' ? /gợi ý: / : /hint: /);
      expect(text).not.toMatch(/\n\s+at /);
    }
    expect(fs.existsSync(path.join(out, 'long-agency.pdf'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'long-agency.docx'))).toBe(false);
  });

  it('accepts the longest real agency names', async () => {
    const file = writePlan('real-long-agency', {
      recipients: schools(3),
      agencyName: 'TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ VÀ NGHIỆP VỤ DU LỊCH HÀ NỘI - CƠ SỞ THÀNH PHỐ HỒ CHÍ MINH',
    });
    const { pdf } = await build(file);
    expect(outsideTheBody(pdf)).toEqual([]);
  });
});
