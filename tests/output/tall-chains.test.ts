// Keep-with-next chains taller than a page (many content-less headings, a trích yếu of many lines, nested headings)
// break where a page is full: every text reaches the PDF, in order, within the margins, and the DOCX gives up
// keep-with-next at the same places.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { buildPlan } from '../helpers/build-plan';
import { elements, paragraphText, readDocx } from '../helpers/read-docx';
import { outsideTheBody, readPdf, type PdfFile } from '../helpers/read-pdf';
import { missingInOrder } from '../helpers/seed-sentences';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tall-chains-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const mm = (value: number) => (value * 72) / 25.4;

const plan = (summary: string, body: string) => `type: ke-hoach
agency: { name: SỞ GIÁO DỤC VÀ ĐÀO TẠO, code: SGDĐT }
place: Hà Nội
date: "2021-03-08"
summary: ${summary}
body:
${body}recipients: [Các phòng thuộc Sở]
archive: [VT, VP]
signer: { title: GIÁM ĐỐC }
`;

const range = (count: number) => Array.from({ length: count }, (_, i) => i);
const emptyHeadings = (count: number) => range(count).map((i) => `  - heading: Mục rỗng ${i}\n`).join('') + '  - Đoạn cuối.\n';
const long = (i: number) => `Mục dài ${i} ${'gồm nhiều chữ '.repeat(12)}hết`;
/** Three levels of content-less headings, some wrapping over lines. */
const nested = range(10)
  .map((a) => `  - heading: Phần ${a}\n    content:\n${range(3).map((b) => `      - heading: ${long(a * 3 + b)}\n        content:\n          - heading: Điểm ${a}.${b}\n`).join('')}`)
  .join('') + '  - Đoạn cuối.\n';
const nestedTexts = [...range(10).flatMap((a) => [`Phần ${a}`, ...range(3).flatMap((b) => [long(a * 3 + b), `Điểm ${a}.${b}`])]), 'Đoạn cuối.'];

/** All text of the PDF in reading order, page numbers left out. */
function allText(pdf: PdfFile): string {
  return pdf.pages
    .map((page) => page.items.filter((item) => item.y > mm(20)).sort((a, b) => a.y - b.y || a.x - b.x).map((item) => item.text).join(''))
    .join('');
}


/** The DOCX's paragraphs kept with the next, by text. */
function keptWithNext(docx: string): Map<string, boolean> {
  const { document } = readDocx(docx);
  return new Map(elements(document, 'p').map((p) => [paragraphText(p), elements(p, 'keepNext').length > 0]));
}

async function build(name: string, text: string) {
  const file = path.join(dir, `${name}.yaml`);
  fs.writeFileSync(file, text);
  const built = await buildPlan(file);
  expect(built.stderr.filter((line) => /lỗi/.test(line))).toEqual([]);
  expect(built.code).toBe(0);
  return { pdf: await readPdf(built.pdf), docx: built.docx };
}

const cases: Array<{ name: string; text: string; texts: string[]; pages: number }> = [
  { name: '35 content-less headings', text: plan('Tổ chức Ngày hội đọc sách', emptyHeadings(35)), texts: [...range(35).map((i) => `${i + 1}. Mục rỗng ${i}`), 'Đoạn cuối.', 'Lưu: VT, VP.'], pages: 2 },
  { name: '120 content-less headings', text: plan('Tổ chức Ngày hội đọc sách', emptyHeadings(120)), texts: [...range(120).map((i) => `${i + 1}. Mục rỗng ${i}`), 'Đoạn cuối.', 'Lưu: VT, VP.'], pages: 5 },
  { name: 'a trích yếu of 60 lines', text: plan(`[${range(60).map((i) => `Dòng ${i}`).join(', ')}]`, '  - Nội dung.\n'), texts: ['KẾ HOẠCH', ...range(60).map((i) => `Dòng ${i}`), 'Nội dung.', 'Lưu: VT, VP.'], pages: 2 },
  { name: 'nested headings, some on several lines', text: plan('Tổ chức Ngày hội đọc sách', nested), texts: [...nestedTexts, 'Lưu: VT, VP.'], pages: 0 },
];

describe('a keep-with-next chain taller than a page', () => {
  it.each(cases)('$name: every text in order, within the margins', async ({ name, text, texts, pages }) => {
    const { pdf, docx } = await build(name.replace(/\W+/g, '-'), text);
    expect(missingInOrder(texts, allText(pdf))).toEqual([]);
    expect(outsideTheBody(pdf)).toEqual([]);
    if (pages) expect(pdf.pages.length).toBe(pages);
    // Page 1 holds more than the header: the chain starts there and breaks where the page is full.
    expect(pdf.pages[0]!.items.some((item) => /Mục|Dòng 1|Phần 0/.test(item.text))).toBe(true);
    // Where a page ends inside the chain, the DOCX no longer keeps that paragraph with the next, so Word and
    // LibreOffice break there too.
    const squash = (value: string) => value.replace(/\s+/g, '');
    const page1 = [...pdf.pages[0]!.lines].sort((a, b) => a.y - b.y);
    const lastLine = squash(page1[page1.length - 1]!.text);
    const lastParagraph = [...keptWithNext(docx)].filter(([paragraph]) => squash(paragraph).endsWith(lastLine));
    expect(lastParagraph.length).toBeGreaterThan(0);
    expect(lastParagraph.map(([, keep]) => keep)).toContain(false);
  });
});
