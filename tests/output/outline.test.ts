// The document's outline (issue 16, point 6): PDF bookmarks for the sections and the appendices, each on its heading's
// page and line; the DOCX's section headings in heading styles with outline levels, looking as before.
import { describe, expect, it } from '@jest/globals';
import { DOMParser } from '@xmldom/xmldom';
import path from 'node:path';
import { buildPlan, repoRoot } from '../helpers/build-plan';
import { attr, child, elements, paragraphText, readDocx } from '../helpers/read-docx';
import { readPdf } from '../helpers/read-pdf';
import { outlineLines, readPdfOutline, type Bookmark } from '../helpers/read-pdf-outline';

const plans = path.join(repoRoot, 'plans');

function flat(bookmarks: Bookmark[]): Bookmark[] {
  return bookmarks.flatMap((b) => [b, ...flat(b.children)]);
}

describe('PDF bookmarks', () => {
  it('the seed: its sections in order, nested by level, each pointing at its heading on its page', async () => {
    const built = await buildPlan(path.join(plans, '2020.yaml'));
    expect(built.code).toBe(0);
    const { bookmarks, pageMode } = await readPdfOutline(built.pdf);
    expect(pageMode).toBe('UseOutlines');
    expect(outlineLines(bookmarks)).toEqual([
      '1. Mục đích, yêu cầu @ 0',
      '2. Thời gian và địa điểm tổ chức @ 0',
      '3. Chủ đề Tuần lễ @ 0',
      '4. Các nội dung hoạt động tại quận, huyện @ 1',
      '  4.1. Tổ chức quảng bá, tuyên truyền @ 1',
      '  4.2. Tổ chức Lễ khai mạc @ 1',
      '  4.3. Tổ chức các hoạt động @ 1',
      '  4.4. Tổng kết, khen thưởng @ 2',
      '5. Phân công thực hiện @ 2',
      '  5.1. Phòng Giáo dục Thường xuyên @ 3',
      '  5.2. Các phòng Giáo dục Mầm non, Giáo dục Tiểu học, Giáo dục Trung học, Giáo dục thường xuyên, Giáo dục chuyên nghiệp và Đại học @ 3',
      '  5.3. Trung tâm Thông tin và Chương trình giáo dục, Báo Giáo dục Thành phố @ 3',
      '  5.4. Phòng Giáo dục và Đào tạo quận, huyện @ 3',
      '6. Tiến độ thực hiện @ 4',
    ]);
    // Each bookmark's top is just above its heading's first line (the line's baseline is within one line below it).
    const pdf = await readPdf(built.pdf);
    for (const bookmark of flat(bookmarks)) {
      const line = pdf.pages[bookmark.page]!.lines.find((l) => bookmark.title.startsWith(l.text) || l.text.startsWith(bookmark.title));
      expect(line).toBeDefined();
      expect(line!.y - bookmark.top).toBeGreaterThan(0);
      expect(line!.y - bookmark.top).toBeLessThan(20);
    }
  });

  it('a plan with appendices: each appendix a top-level bookmark, its headings under it', async () => {
    const built = await buildPlan(path.join(plans, '2021-chuyen-doi-so.yaml'));
    expect(built.code).toBe(0);
    const { bookmarks } = await readPdfOutline(built.pdf);
    expect(outlineLines(bookmarks)).toEqual([
      '1. Mục đích, yêu cầu @ 0',
      '2. Nội dung và phân công thực hiện @ 0',
      '3. Tổ chức thực hiện @ 1',
      'Phụ lục I. DANH SÁCH CÁC ĐƠN VỊ THỰC HIỆN @ 2',
      '  1. Các trung tâm thí điểm lớp học trực tuyến @ 2',
      '  2. Các trung tâm triển khai từ quý III @ 2',
      'Phụ lục II. TIẾN ĐỘ VÀ DỰ TOÁN KINH PHÍ @ 3',
    ]);
    const pdf = await readPdf(built.pdf);
    // The appendix's bookmark points at its label, at the top of its first page.
    const label = pdf.pages[3]!.lines.find((l) => l.text === 'Phụ lục II')!;
    expect(label.y - flat(bookmarks).at(-1)!.top).toBeGreaterThan(0);
    expect(label.y - flat(bookmarks).at(-1)!.top).toBeLessThan(20);
  });
});

describe('DOCX heading styles', () => {
  it('the section headings carry Heading 1 to 3, with outline levels 0 to 2, in the document font, black, plain', async () => {
    const built = await buildPlan(path.join(plans, '2021-chuyen-doi-so.yaml'));
    expect(built.code).toBe(0);
    const docx = readDocx(built.docx);
    const styles = new DOMParser().parseFromString(docx.parts['word/styles.xml']!, 'application/xml') as unknown as Document;
    for (const level of [1, 2, 3]) {
      const style = elements(styles, 'style').find((s) => attr(s, 'styleId') === `Heading${level}`)!;
      expect(style).toBeDefined();
      const pPr = child(style, 'pPr')!;
      expect(attr(child(pPr, 'outlineLvl'), 'val')).toBe(String(level - 1));
      // Nothing that would change how the heading looks or flows: no spacing, keep, numbering or page break of its own.
      expect(attr(child(pPr, 'spacing'), 'before')).toBe('0');
      expect(attr(child(pPr, 'spacing'), 'after')).toBe('0');
      for (const name of ['keepNext', 'keepLines', 'numPr', 'pageBreakBefore', 'ind', 'jc']) expect(child(pPr, name)).toBeUndefined();
      const rPr = child(style, 'rPr')!;
      expect(attr(child(rPr, 'rFonts'), 'ascii')).toBe('Times New Roman');
      expect(attr(child(rPr, 'rFonts'), 'hAnsi')).toBe('Times New Roman');
      expect(attr(child(rPr, 'color'), 'val')).toBe('000000');
      expect(attr(child(rPr, 'b'), 'val')).toBe('false');
      expect(attr(child(rPr, 'i'), 'val')).toBe('false');
      expect(child(rPr, 'sz')).toBeUndefined();
    }
    // The headings, and only they, name the styles, first in their properties; their runs keep their own formatting.
    const styled = elements(docx.document, 'p').flatMap((p) => {
      const pPr = child(p, 'pPr');
      const pStyle = pPr && child(pPr, 'pStyle');
      if (!pStyle) return [];
      expect(pPr!.firstChild).toBe(pStyle);
      return [`${attr(pStyle, 'val')} ${paragraphText(p)}`];
    });
    expect(styled).toEqual([
      'Heading1 1. Mục đích, yêu cầu',
      'Heading1 2. Nội dung và phân công thực hiện',
      'Heading1 3. Tổ chức thực hiện',
      'Heading1 1. Các trung tâm thí điểm lớp học trực tuyến',
      'Heading1 2. Các trung tâm triển khai từ quý III',
    ]);
  });

  it('the seed: its headings at levels 1 and 2 in the same order as the PDF bookmarks', async () => {
    const built = await buildPlan(path.join(plans, '2020.yaml'));
    const docx = readDocx(built.docx);
    const styled = elements(docx.document, 'p').flatMap((p) => {
      const pStyle = child(child(p, 'pPr') ?? p, 'pStyle');
      return pStyle ? [`${'  '.repeat(Number(attr(pStyle, 'val')!.slice(-1)) - 1)}${paragraphText(p)}`] : [];
    });
    const { bookmarks } = await readPdfOutline(built.pdf);
    expect(styled).toEqual(outlineLines(bookmarks).map((line) => line.replace(/ @ \d+$/, '')));
  });
});
