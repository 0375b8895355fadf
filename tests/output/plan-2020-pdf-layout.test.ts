// The Decree 30 layout facts, measured on out/2020.pdf as a PDF parser reads it.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../src/plan/load-plan';
import { buildPlan, repoRoot } from '../helpers/build-plan';
import { layoutProblems } from '../helpers/layout-facts';
import { readPdf, type PdfFile, type PdfItem, type PdfLine } from '../helpers/read-pdf';

const mm = (value: number) => (value * 72) / 25.4;
const margins = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const planFile = path.join(repoRoot, 'plans', '2020.yaml');
let pdf: PdfFile;

beforeAll(async () => {
  const built = await buildPlan(planFile);
  pdf = await readPdf(built.pdf);
});

function lineWith(text: string, pageIndex?: number): PdfLine {
  const pages = pageIndex === undefined ? pdf.pages : [pdf.pages[pageIndex < 0 ? pdf.pages.length + pageIndex : pageIndex]!];
  const line = pages.flatMap((page) => page.lines).find((candidate) => candidate.text.includes(text));
  if (!line) throw new Error(`no line with "${text}"`);
  return line;
}

/** The items of a line that make up the given text, or the one item it starts (the line may hold the other column too); spaces are ignored. */
function itemsOf(text: string, pageIndex?: number): PdfItem[] {
  const line = lineWith(text, pageIndex);
  const wanted = text.replace(/\s+/g, '');
  for (let start = 0; start < line.items.length; start++) {
    let joined = '';
    for (let end = start; end < line.items.length; end++) {
      joined += line.items[end]!.text.replace(/\s+/g, '');
      if (joined === wanted || (end === start && joined.startsWith(wanted))) return line.items.slice(start, end + 1);
      if (!wanted.startsWith(joined)) break;
    }
  }
  throw new Error(`"${text}" is not made of whole items of its line`);
}

function style(items: PdfItem[]): { size: number; bold: boolean; italic: boolean } {
  const sizes = new Set(items.map((item) => item.size));
  const fonts = new Set(items.map((item) => item.font.replace(/^[A-Z]{6}\+/, '')));
  expect(sizes.size).toBe(1);
  expect(fonts.size).toBe(1);
  const font = [...fonts][0]!;
  return { size: [...sizes][0]!, bold: /Bold/.test(font), italic: /Italic/.test(font) };
}

describe('out/2020.pdf', () => {
  it('is A4 on every page, PDF 1.4 or later, with title, author and language', () => {
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
    }
    expect(Number(pdf.version)).toBeGreaterThanOrEqual(1.4);
    expect(pdf.info.Title).toContain('Tuần lễ hưởng ứng học tập suốt đời');
    expect(pdf.info.Author).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(pdf.info.Language).toBe('vi-VN');
  });

  it('embeds Tinos (metric-compatible with Times New Roman) for all text', () => {
    const fonts = new Set(pdf.pages.flatMap((page) => page.items.map((item) => item.font.replace(/^[A-Z]{6}\+/, ''))));
    expect([...fonts].sort()).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']);
  });

  it('keeps the text inside the margins (the header table may reach 6 mm into the left margin)', () => {
    pdf.pages.forEach((page, index) => {
      const body = page.items.filter((item) => item.y > margins.top);
      for (const item of body) {
        expect(item.x).toBeGreaterThanOrEqual(margins.left - mm(6) - 0.01);
        expect(item.x + item.width).toBeLessThanOrEqual(page.width - margins.right + 0.5);
        expect(item.y).toBeLessThanOrEqual(page.height - margins.bottom);
      }
      const firstBaseline = Math.min(...body.map((item) => item.y));
      expect(firstBaseline - body.find((item) => item.y === firstBaseline)!.size * 0.9).toBeGreaterThanOrEqual(margins.top - 0.5);
      if (index > 0) expect(page.items.filter((item) => item.y <= margins.top).length).toBe(1);
    });
  });

  it('sets quốc hiệu 13 bold on one line, tiêu ngữ 14 bold, the date 14 italic, Số 13 regular', () => {
    expect(style(itemsOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toEqual({ size: 13, bold: true, italic: false });
    expect(style(itemsOf('Độc lập - Tự do - Hạnh phúc'))).toEqual({ size: 14, bold: true, italic: false });
    expect(style(itemsOf('Thành phố Hồ Chí Minh, ngày .... tháng 9 năm 2020'))).toEqual({ size: 14, bold: false, italic: true });
    expect(style(itemsOf('Số:'))).toEqual({ size: 13, bold: false, italic: false });
    expect(style(itemsOf('SỞ GIÁO DỤC VÀ ĐÀO TẠO'))).toEqual({ size: 13, bold: true, italic: false });
  });

  it('puts Số and the date on one baseline', () => {
    expect(Math.abs(itemsOf('Số:')[0]!.y - itemsOf('Thành phố Hồ Chí Minh,')[0]!.y)).toBeLessThan(0.1);
  });

  it('sets the title 14 bold, căn cứ 14 italic and the body 14 regular, justified with a 1 cm first-line indent', () => {
    expect(style(itemsOf('KẾ HOẠCH'))).toEqual({ size: 14, bold: true, italic: false });
    expect(style(itemsOf('Căn cứ Công văn số'))).toEqual({ size: 14, bold: false, italic: true });
    const first = lineWith('Tổ chức Tuần lễ nhằm quán triệt');
    expect(style(first.items)).toEqual({ size: 14, bold: false, italic: false });
    expect(first.x).toBeCloseTo(margins.left + mm(10), 1);
    const page = pdf.pages.find((p) => p.lines.includes(first))!;
    const next = page.lines[page.lines.indexOf(first) + 1]!;
    expect(next.x).toBeCloseTo(margins.left, 1);
    expect(first.right).toBeCloseTo(page.width - margins.right, 0);
    expect(next.right).toBeCloseTo(page.width - margins.right, 0);
  });

  it('leaves at least 6 pt between paragraphs and sets lines between single and 1.5 spacing', () => {
    const page = pdf.pages[1]!;
    const pitches = page.lines.slice(1).map((line, i) => line.y - page.lines[i]!.y).filter((pitch) => pitch > 5);
    const single = 14 * 1.15;
    const lineSpacing = Math.min(...pitches);
    expect(lineSpacing).toBeGreaterThanOrEqual(single - 0.01);
    expect(lineSpacing).toBeLessThanOrEqual(single * 1.5);
    expect(pitches.some((pitch) => pitch >= lineSpacing + 6 - 0.01)).toBe(true);
  });

  it('sets "Nơi nhận:" 12 bold italic, its items 11 regular, level with the signer block', () => {
    expect(style(itemsOf('Nơi nhận:', -1))).toEqual({ size: 12, bold: true, italic: true });
    expect(style(itemsOf('- Lưu: VT, P.GDTX.', -1))).toEqual({ size: 11, bold: false, italic: false });
    expect(style(itemsOf('KT. GIÁM ĐỐC', -1))).toEqual({ size: 14, bold: true, italic: false });
    expect(style(itemsOf('Nguyễn Văn Hiếu', -1))).toEqual({ size: 14, bold: true, italic: false });
    expect(Math.abs(itemsOf('Nơi nhận:', -1)[0]!.y - itemsOf('KT. GIÁM ĐỐC', -1)[0]!.y)).toBeLessThan(0.1);
  });

  it('keeps the whole signature block and Nơi nhận on one page, with the last body paragraph', () => {
    const last = pdf.pages[pdf.pages.length - 1]!.lines.map((line) => line.text).join('\n');
    for (const text of ['dẫn./.', 'Nơi nhận:', '- Giám đốc (để b/c);', '- Lưu: VT, P.GDTX.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '(Đã ký)', 'Nguyễn Văn Hiếu'])
      expect(last).toContain(text);
  });

  it('draws the three short rules: under the motto as long as the motto, the others 1/3 to 1/2 of their text, centred', () => {
    const { plan } = parsePlan(fs.readFileSync(planFile, 'utf8'), planFile);
    expect(layoutProblems(pdf, { plan, signerName: 'Nguyễn Văn Hiếu' })).toEqual([]);
    expect(pdf.pages[0]!.rules).toHaveLength(3);
    expect(pdf.pages.slice(1).flatMap((page) => page.rules)).toEqual([]);
  });

  it('numbers pages in the top margin, centred, from page 2, none on page 1', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages[0]!.items.filter((item) => item.y < margins.top)).toEqual([]);
    pdf.pages.slice(1).forEach((page, index) => {
      const number = page.items.filter((item) => item.y < margins.top);
      expect(number.map((item) => item.text)).toEqual([String(index + 2)]);
      const centre = number[0]!.x + number[0]!.width / 2;
      expect(centre).toBeCloseTo((margins.left + page.width - margins.right) / 2, 0);
      expect(number[0]!.size).toBe(14);
    });
  });
});
