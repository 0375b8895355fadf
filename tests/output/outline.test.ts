// The document's outline (issue 16, point 6): PDF bookmarks for the sections and the appendices, each on its heading's
// page and line; the DOCX's section headings in heading styles with outline levels, looking as before.
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { buildPlan, repoRoot } from '../helpers/build-plan';
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
