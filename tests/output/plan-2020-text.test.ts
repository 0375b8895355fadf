// Every sentence of the seed plan comes out of plans/2020.yaml, in order, in the DOCX and in the PDF.
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildPlan, repoRoot, type BuiltPlan } from '../helpers/build-plan';
import { bodyParagraphs, paragraphText, readDocx } from '../helpers/read-docx';
import { readPdf, twoColumns, type PdfFile } from '../helpers/read-pdf';
import { missingInOrder, seedParts } from '../helpers/seed-sentences';

let built: BuiltPlan;
let docxParagraphs: string[];
let pdf: PdfFile;
const seed = seedParts();
/** plans/2020.yaml's top margin, 20 mm. */
const topMarginPt = (20 * 72) / 25.4;

beforeAll(async () => {
  built = await buildPlan(path.join(repoRoot, 'plans', '2020.yaml'));
  docxParagraphs = bodyParagraphs(readDocx(built.docx)).map(paragraphText);
  pdf = await readPdf(built.pdf);
});

describe('plans/2020.yaml: the seed text', () => {
  it('builds without error', () => {
    expect(built.code).toBe(0);
  });

  it('has enough of the seed to be meaningful', () => {
    expect(seed.header.length).toBeGreaterThanOrEqual(5);
    expect(seed.body.length).toBeGreaterThan(80);
    expect(seed.signature.length).toBeGreaterThanOrEqual(10);
  });

  it('has every sentence in the DOCX, in order', () => {
    const all = [...seed.header, ...seed.body, ...seed.signature];
    expect(missingInOrder(all, docxParagraphs.join('\n'))).toEqual([]);
  });

  it('has every body sentence in the PDF, in order', () => {
    // The page numbers live in the top margin; the text flows below it.
    const text = pdf.pages.map((page) => page.lines.filter((line) => line.y > topMarginPt).map((line) => line.text).join('\n')).join('\n');
    expect(missingInOrder(seed.body, text)).toEqual([]);
  });

  it('has every header and signature line in the PDF, in order within its column', () => {
    const first = pdf.pages[0]!;
    const last = pdf.pages[pdf.pages.length - 1]!;
    const title = first.lines.find((line) => line.text === 'KẾ HOẠCH')!;
    const label = last.lines.find((line) => line.text.startsWith('Nơi nhận:'))!;
    const header = twoColumns(first, 0, title.y);
    const signature = twoColumns(last, label.y - 1, last.height);
    expect(missingInOrder(seed.header, header)).toEqual([]);
    expect(missingInOrder(seed.signature, signature)).toEqual([]);
  });

  it('puts the header and the signature block in reading order within their columns', () => {
    const first = pdf.pages[0]!.lines.map((line) => line.text);
    const index = (text: string) => first.findIndex((line) => line.includes(text));
    expect(index('ỦY BAN NHÂN DÂN')).toBeLessThan(index('SỞ GIÁO DỤC VÀ ĐÀO TẠO'));
    expect(index('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeLessThan(index('Độc lập - Tự do - Hạnh phúc'));
    const last = pdf.pages[pdf.pages.length - 1]!.lines.map((line) => line.text);
    const at = (text: string) => last.findIndex((line) => line.includes(text));
    expect(at('Nơi nhận:')).toBeLessThan(at('- Giám đốc (để b/c);'));
    expect(at('- Trung tâm GDTX, GDNN-GDTX;')).toBeLessThan(at('- Lưu: VT, P.GDTX.'));
    expect(at('KT. GIÁM ĐỐC')).toBeLessThan(at('PHÓ GIÁM ĐỐC'));
    expect(at('PHÓ GIÁM ĐỐC')).toBeLessThan(at('(Đã ký)'));
  });
});
