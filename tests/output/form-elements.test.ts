// The elements of issue 17's forms (src/model/README.md: @subject, the optional number and place-date,
// @title-reference, a title without summary, Kính gửi, the decision's and regulation's roles, @attachment, a signature
// without Nơi nhận) built through template folders that write them (tests/helpers/form-templates.ts): the DOCX's XML
// and the PDF's text, positions, fonts, page numbers, bookmarks and structure tree.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { textWidth } from '../../src/fonts/font-metrics';
import type { BuiltPlan } from '../helpers/build-plan';
import { buildForm, type FormName } from '../helpers/form-templates';
import { attr, bodyParagraphs, child, elements, paragraphText, readDocx, runStyles, type DocxFile } from '../helpers/read-docx';
import { readPdf, type PdfFile, type PdfItem } from '../helpers/read-pdf';
import { readPdfOutline, outlineLines } from '../helpers/read-pdf-outline';
import { allElements, fullText, readStructure } from '../helpers/read-structure';

const mm = (value: number) => (value * 72) / 25.4;
/** The seed's text area: 30 mm from the left edge, 15 mm from the right, on A4. */
const textLeft = mm(30);
const textRight = mm(210 - 15);

const built: Partial<Record<FormName, { plan: BuiltPlan; docx: DocxFile; pdf: PdfFile }>> = {};
beforeAll(async () => {
  for (const form of ['decision', 'letter', 'introduction', 'agreement'] as const) {
    const plan = await buildForm(form);
    expect({ form, code: plan.code, stderr: plan.stderr.filter((line) => /lỗi|error/i.test(line)) }).toEqual({ form, code: 0, stderr: [] });
    built[form] = { plan, docx: readDocx(plan.docx), pdf: await readPdf(plan.pdf) };
  }
});
const get = (form: FormName) => built[form]!;

/** The DOCX paragraph whose text is `text` (exactly). */
function docxParagraph(docx: DocxFile, text: string): Element {
  const found = bodyParagraphs(docx).filter((p) => paragraphText(p) === text);
  expect({ text, found: found.length }).toEqual({ text, found: 1 });
  return found[0]!;
}

/** A paragraph's properties as strings: style, alignment, indents, spacing, keep-with-next. */
function properties(p: Element) {
  const pPr = child(p, 'pPr')!;
  const ind = child(pPr, 'ind');
  const spacing = child(pPr, 'spacing');
  return {
    style: attr(child(pPr, 'pStyle'), 'val'),
    jc: attr(child(pPr, 'jc'), 'val'),
    left: attr(ind, 'left'),
    hanging: attr(ind, 'hanging'),
    firstLine: attr(ind, 'firstLine'),
    before: attr(spacing, 'before'),
    keepNext: child(pPr, 'keepNext') !== undefined,
  };
}

/** The PDF item (a line in one column) whose text is `text`, with its page. */
function pdfItem(pdf: PdfFile, text: string): PdfItem & { page: number } {
  const found = pdf.pages.flatMap((page, index) => page.items.filter((item) => item.text === text).map((item) => ({ ...item, page: index })));
  expect({ text, found: found.length }).toEqual({ text, found: 1 });
  return found[0]!;
}
const centre = (item: PdfItem) => item.x + item.width / 2;
const twips = (pt: number) => String(Math.round(pt * 20));

describe('a decision with its regulation attached (Mẫu 1.3)', () => {
  it('sets the authority line and QUYẾT ĐỊNH: bold, centred, in the body size, kept with what follows', () => {
    const { docx, pdf } = get('decision');
    const first = docxParagraph(docx, 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(properties(first)).toMatchObject({ style: null, jc: 'center', before: '240', keepNext: true });
    // Its second line goes on with no space between.
    const second = bodyParagraphs(docx)[bodyParagraphs(docx).indexOf(first) + 1]!;
    expect([paragraphText(second), properties(second).before, properties(second).jc]).toEqual(['THÀNH PHỐ HỒ CHÍ MINH', null, 'center']);
    expect(properties(docxParagraph(docx, 'QUYẾT ĐỊNH:'))).toMatchObject({ style: null, jc: 'center', before: '120', keepNext: true });
    for (const text of ['GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'QUYẾT ĐỊNH:']) {
      expect(runStyles(docxParagraph(docx, text))).toEqual([{ text, sizePt: 14, bold: true, italic: false }]);
      const item = pdfItem(pdf, text);
      expect(item).toMatchObject({ page: 0, size: 14 });
      expect(item.font).toMatch(/Bold$/);
      expect(Math.abs(centre(item) - (textLeft + textRight) / 2)).toBeLessThan(0.5);
    }
  });

  it('writes the articles "Điều N." in bold inline, as body paragraphs', () => {
    const { docx } = get('decision');
    const article = bodyParagraphs(docx).find((p) => paragraphText(p).startsWith('Điều 2. Quyết định'))!;
    expect(runStyles(article).map((r) => [r.text, r.bold])).toEqual([['Điều 2.', true], [' Quyết định này có hiệu lực kể từ ngày ký.', false]]);
    expect(properties(article)).toMatchObject({ style: null, jc: 'both', firstLine: '567' });
  });

  it('puts the attachment on new pages numbered from 1, the first showing none, the appendix after it likewise', () => {
    const { docx, pdf } = get('decision');
    const sections = elements(docx.document, 'sectPr');
    expect(sections).toHaveLength(3);
    for (const section of sections) {
      expect(attr(child(section, 'pgNumType')!, 'start')).toBe('1');
      expect(child(section, 'titlePg')).toBeDefined();
    }
    // The PDF: the page number stands in the top margin (above 20 mm), from the attachment's second page.
    const numbers = pdf.pages.map((page) => page.items.filter((item) => item.y < mm(20)).map((item) => item.text).join(' '));
    const attachmentPage = pdfItem(pdf, 'QUY CHẾ').page;
    const appendixPage = pdfItem(pdf, 'Phụ lục').page;
    expect(attachmentPage).toBe(1);
    expect(appendixPage).toBeGreaterThan(attachmentPage + 1);
    expect(numbers).toEqual(pdf.pages.map((_, index) => (index === 0 || index === attachmentPage || index === appendixPage ? '' : String(index - (index > appendixPage ? appendixPage : attachmentPage) + 1))));
  });

  it("gives the attachment a header with no number row and no signature", () => {
    const { docx, pdf } = get('decision');
    const tables = elements(docx.document, 'tbl');
    // Main: header (2 rows), signature; attachment: header (1 row: the names and the national title).
    expect(tables.map((table) => elements(table, 'tr').length)).toEqual([2, 1, 1]);
    expect(elements(tables[2]!, 't').map((t) => t.textContent).join('|')).not.toMatch(/Số|ngày/);
    const attachment = pdf.pages[pdfItem(pdf, 'QUY CHẾ').page]!;
    expect(attachment.items.map((item) => item.text).filter((text) => /^Số|, ngày|GIÁM ĐỐC$|Nơi nhận/.test(text))).toEqual([]);
  });

  it('sets the title reference italic, centred, in the title size, under the summary and above the rule', () => {
    const { docx, pdf } = get('decision');
    const lines = ['(Kèm theo Quyết định số 125/QĐ-SGDĐT ngày 05 tháng 3 năm 2020', 'của Giám đốc Sở Giáo dục và Đào tạo)'];
    const all = bodyParagraphs(docx);
    const summary = all.indexOf(docxParagraph(docx, 'Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020'));
    expect(all.slice(summary + 1, summary + 3).map(paragraphText)).toEqual(lines);
    // Then the rule: an empty paragraph with a bottom border.
    expect(elements(all[summary + 3]!, 'bottom')).toHaveLength(1);
    for (const line of lines) {
      expect(runStyles(docxParagraph(docx, line))).toEqual([{ text: line, sizePt: 14, bold: false, italic: true }]);
      expect(properties(docxParagraph(docx, line)).jc).toBe('center');
      const item = pdfItem(pdf, line);
      expect(item.font).toMatch(/Italic$/);
      expect(Math.abs(centre(item) - (textLeft + textRight) / 2)).toBeLessThan(0.5);
    }
    const page = pdf.pages[1]!;
    const rule = page.rules.find((r) => r.y > pdfItem(pdf, lines[1]!).y)!;
    expect(rule.y - pdfItem(pdf, lines[1]!).y).toBeLessThan(10);
  });

  it('sets chapters bold and centred (Heading 1), their titles with them, articles bold and justified (Heading 2)', () => {
    const { docx, pdf } = get('decision');
    expect(properties(docxParagraph(docx, 'Chương I'))).toMatchObject({ style: 'Heading1', jc: 'center', keepNext: true });
    expect(properties(docxParagraph(docx, 'QUY ĐỊNH CHUNG'))).toMatchObject({ style: null, jc: 'center', before: null, keepNext: true });
    expect(properties(docxParagraph(docx, 'Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng'))).toMatchObject({ style: 'Heading2', jc: 'both', firstLine: '567', keepNext: true });
    for (const text of ['Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng']) {
      expect(runStyles(docxParagraph(docx, text))).toEqual([{ text, sizePt: 14, bold: true, italic: false }]);
      expect(pdfItem(pdf, text).font).toMatch(/Bold$/);
    }
    expect(Math.abs(centre(pdfItem(pdf, 'Chương II')) - (textLeft + textRight) / 2)).toBeLessThan(0.5);
    expect(pdfItem(pdf, 'Điều 3. Trách nhiệm của các đơn vị').x).toBeCloseTo(textLeft + mm(10), 0);
  });

  it('nests the chapters and articles under the attachment in the bookmarks, as an appendix’s headings', async () => {
    const { plan } = get('decision');
    const lines = outlineLines((await readPdfOutline(plan.pdf)).bookmarks);
    const at = lines.indexOf('QUY CHẾ Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 @ 1');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at + 1, at + 5)).toEqual(['  Chương I @ 1', '    Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng @ 1', '    Điều 2. Nguyên tắc tổ chức @ 1', '  Chương II @ 1']);
    expect(lines.at(-1)).toBe('Phụ lục. DANH SÁCH ĐƠN VỊ THAM GIA @ 6');
  });

  it('tags the attachment a Sect: its type name H1, chapters and their titles H2, articles H3; the authority line and QUYẾT ĐỊNH: P', () => {
    const { plan } = get('decision');
    const document = readStructure(plan.pdf).kids[0]!;
    expect(document.kids.map((kid) => kid.role)).toEqual(['Sect', 'Sect', 'Sect']);
    const [main, attachment] = document.kids;
    const roleOf = (sect: typeof main, text: string) => allElements(sect!).filter((e) => fullText(e) === text && e.kids.length === 0).map((e) => e.role);
    expect(roleOf(main, 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toEqual(['P']);
    expect(roleOf(main, 'QUYẾT ĐỊNH:')).toEqual(['P']);
    expect(roleOf(attachment, 'QUY CHẾ')).toEqual(['H1']);
    expect(roleOf(attachment, 'Chương I')).toEqual(['H2']);
    expect(roleOf(attachment, 'QUY ĐỊNH CHUNG')).toEqual(['H2']);
    expect(roleOf(attachment, 'Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng')).toEqual(['H3']);
  });
});

describe('a Công văn (Mẫu 1.5)', () => {
  it('sets "V/v …" under the number: 12 pt regular, centred under it, 6 pt above', () => {
    const { docx, pdf } = get('letter');
    const first = docxParagraph(docx, 'V/v triển khai Tuần lễ hưởng ứng');
    expect(properties(first)).toMatchObject({ jc: 'center', before: '120' });
    expect(properties(docxParagraph(docx, 'học tập suốt đời năm 2020')).before).toBeNull();
    // In the header table's number cell, after the number.
    const cell = first.parentNode as Element;
    expect(elements(cell, 'p').map(paragraphText)).toEqual(['Số: 312/SGDĐT-GDTX', 'V/v triển khai Tuần lễ hưởng ứng', 'học tập suốt đời năm 2020']);
    const number = pdfItem(pdf, 'Số: 312/SGDĐT-GDTX');
    for (const text of ['V/v triển khai Tuần lễ hưởng ứng', 'học tập suốt đời năm 2020']) {
      expect(runStyles(docxParagraph(docx, text))).toEqual([{ text, sizePt: 12, bold: false, italic: false }]);
      const item = pdfItem(pdf, text);
      expect(item).toMatchObject({ size: 12 });
      expect(item.font).toMatch(/Regular$/);
      expect(Math.abs(centre(item) - centre(number))).toBeLessThan(0.5);
      expect(item.y).toBeGreaterThan(number.y);
    }
  });

  it('sets several addressees with the label on the first name’s line, the dashes one under another at 45 mm', () => {
    const { docx, pdf } = get('letter');
    const dash = textWidth('- ', { bold: false, italic: false }, 14);
    const label = textWidth('Kính gửi: ', { bold: false, italic: false }, 14);
    const first = docxParagraph(docx, 'Kính gửi: - Phòng Giáo dục và Đào tạo các quận, huyện và thành phố Thủ Đức;');
    expect(properties(first)).toMatchObject({ jc: null, left: twips(mm(45) + dash), hanging: twips(dash + label), before: '240', keepNext: true });
    for (const text of ['- Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên;', '- Các trường trung học phổ thông.'])
      expect(properties(docxParagraph(docx, text))).toMatchObject({ left: twips(mm(45) + dash), hanging: twips(dash), before: null, keepNext: true });
    expect(runStyles(first)[0]).toMatchObject({ sizePt: 14, bold: false, italic: false });
    // The PDF: the label starts so that the first dash stands at 45 mm; the other dashes under it; wrapped lines
    // under the names' text.
    const labelLine = pdfItem(pdf, 'Kính gửi: - Phòng Giáo dục và Đào tạo các quận, huyện và thành phố');
    expect(labelLine.x).toBeCloseTo(textLeft + mm(45) - label, 1);
    expect(pdfItem(pdf, '- Các trường trung học phổ thông.').x).toBeCloseTo(textLeft + mm(45), 1);
    expect(pdfItem(pdf, 'Thủ Đức;').x).toBeCloseTo(textLeft + mm(45) + dash, 1);
    expect(pdfItem(pdf, 'xuyên;').x).toBeCloseTo(textLeft + mm(45) + dash, 1);
    expect(labelLine.font).toMatch(/Regular$/);
  });

  it('tags each addressee paragraph a P of the tree', () => {
    const { plan } = get('letter');
    const elementsOf = allElements(readStructure(plan.pdf));
    const roles = (start: string) => elementsOf.filter((e) => e.kids.length === 0 && fullText(e).startsWith(start)).map((e) => e.role);
    expect(roles('Kính gửi: - Phòng Giáo dục')).toEqual(['P']);
    expect(roles('- Các trung tâm')).toEqual(['P']);
    expect(roles('- Các trường')).toEqual(['P']);
  });

  it('has no title: the addressees follow the header', () => {
    const { docx } = get('letter');
    const afterHeader = elements(docx.document, 'body')[0]!.childNodes;
    const blocks = Array.from(afterHeader).filter((node) => (node as Element).localName === 'tbl' || (node as Element).localName === 'p') as Element[];
    expect(blocks[0]!.localName).toBe('tbl');
    expect(paragraphText(blocks[1]!)).toMatch(/^Kính gửi: /);
  });
});

describe('a letter of introduction: no place-date, a title without summary, one addressee, no Nơi nhận', () => {
  it('leaves the number row’s right cell empty', () => {
    const { docx, pdf } = get('introduction');
    const rows = elements(elements(docx.document, 'tbl')[0]!, 'tr');
    expect(rows).toHaveLength(2);
    const [numberCell, dateCell] = elements(rows[1]!, 'tc');
    expect(elements(numberCell!, 'p').map(paragraphText)).toEqual(['Số: 45/GGT-SGDĐT']);
    expect(elements(dateCell!, 'p').map(paragraphText)).toEqual(['']);
    expect(pdf.pages[0]!.items.filter((item) => /ngày/.test(item.text))).toEqual([]);
  });

  it('draws the rule under the type name, a third to a half of it', () => {
    const { pdf } = get('introduction');
    const name = pdfItem(pdf, 'GIẤY GIỚI THIỆU');
    const rule = pdf.pages[0]!.rules.find((r) => r.y > name.y)!;
    expect(rule.y - name.y).toBeLessThan(10);
    const share = (rule.x2 - rule.x1) / name.width;
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
    expect(Math.abs((rule.x1 + rule.x2) / 2 - centre(name))).toBeLessThan(0.5);
  });

  it('sets one addressee on the label’s line, centred, without a dash, 12 pt above', () => {
    const { docx, pdf } = get('introduction');
    const text = 'Kính gửi: Ủy ban nhân dân huyện Cần Giờ';
    expect(properties(docxParagraph(docx, text))).toMatchObject({ jc: 'center', left: null, hanging: null, before: '240', keepNext: true });
    const item = pdfItem(pdf, text);
    expect(Math.abs(centre(item) - (textLeft + textRight) / 2)).toBeLessThan(0.5);
    expect(item).toMatchObject({ size: 14 });
  });

  it('leaves the signature table’s left cell empty', () => {
    const { docx, pdf } = get('introduction');
    const signature = elements(docx.document, 'tbl').at(-1)!;
    const [left, right] = elements(signature, 'tc');
    expect(elements(left!, 'p').map(paragraphText)).toEqual(['']);
    expect(elements(right!, 'p').map(paragraphText)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Bình']);
    expect(pdf.pages[0]!.items.filter((item) => /Nơi nhận/.test(item.text))).toEqual([]);
  });
});

describe('an agreement: two signers and no Nơi nhận', () => {
  it('holds the left signer alone in the left cell, level with the right one', () => {
    const { docx, pdf } = get('agreement');
    const signature = elements(docx.document, 'tbl').at(-1)!;
    const [left, right] = elements(signature, 'tc');
    expect(elements(left!, 'p').map(paragraphText)).toEqual(['ĐẠI DIỆN BÊN A', 'GIÁM ĐỐC THƯ VIỆN', 'Hoàng Thị Em']);
    expect(elements(right!, 'p').map(paragraphText)).toEqual(['ĐẠI DIỆN BÊN B', 'GIÁM ĐỐC', 'Phạm Minh Đức']);
    expect(pdfItem(pdf, 'Hoàng Thị Em').y).toBeCloseTo(pdfItem(pdf, 'Phạm Minh Đức').y, 1);
    expect(pdf.pages[0]!.items.filter((item) => /Nơi nhận/.test(item.text))).toEqual([]);
  });

  it('makes articles without chapters the outline’s first level', async () => {
    const { docx, plan } = get('agreement');
    expect(properties(docxParagraph(docx, 'Điều 1. Nội dung phối hợp')).style).toBe('Heading1');
    expect(outlineLines((await readPdfOutline(plan.pdf)).bookmarks)).toEqual(['Điều 1. Nội dung phối hợp @ 0', 'Điều 2. Hiệu lực của hợp đồng @ 0']);
  });
});
