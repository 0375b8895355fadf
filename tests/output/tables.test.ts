// Tables in the produced files: real Word tables in the DOCX (every cell's text in one cell, header rows marked to
// repeat, spans and merges, the grid filling the text width), and in our PDF every word of every cell and the header
// on every page the table runs onto.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../src/plan/load-plan';
import type { Plan } from '../../src/plan/plan-schema';
import { run } from '../../src/cli/run';
import { buildPlan, memoryIo, repoRoot, type BuiltPlan } from '../helpers/build-plan';
import { attr, child, elements, paragraphText, readDocx, type DocxFile } from '../helpers/read-docx';
import { readPdf } from '../helpers/read-pdf';
import { cellText, planTables, tableProblems } from '../helpers/table-facts';

const file = path.join(repoRoot, 'tests', 'fixtures', 'parity', 'tables.yaml');
let built: BuiltPlan;
let docx: DocxFile;
let plan: Plan;

beforeAll(async () => {
  built = await buildPlan(file);
  docx = readDocx(built.docx);
  plan = parsePlan(fs.readFileSync(file, 'utf8'), file).plan;
});

/** The document's data tables (those with borders), each as rows of cells' texts. */
function docxTables(): Element[] {
  return elements(docx.document, 'tbl').filter((table) => attr(child(child(child(table, 'tblPr')!, 'tblBorders')!, 'top'), 'val') === 'single');
}

describe('tables in the DOCX', () => {
  it('builds', () => {
    expect(built.code).toBe(0);
  });

  it('writes each table of the plan as a Word table, every cell text in one cell', () => {
    const tables = docxTables();
    expect(tables).toHaveLength(planTables(plan).length);
    planTables(plan).forEach((table, t) => {
      const cells = elements(tables[t]!, 'tc').map((tc) => elements(tc, 'p').map(paragraphText).join(' '));
      const texts = [...(table.header ?? []), ...table.rows].flat().map(cellText).filter(Boolean);
      for (const text of texts) expect(cells).toContain(text);
    });
  });

  it('marks the header rows to repeat, and only them', () => {
    planTables(plan).forEach((table, t) => {
      const rows = elements(docxTables()[t]!, 'tr');
      const marked = rows.map((row) => child(child(row, 'trPr')!, 'tblHeader') !== undefined);
      expect(marked).toEqual(rows.map((_, index) => index < (table.header?.length ?? 0)));
    });
  });

  it('spans columns with gridSpan and merges rows with vMerge restart/continue, as the plan asks', () => {
    const [body, appendix] = docxTables();
    const spans = (table: Element) => elements(table, 'gridSpan').map((g) => attr(g, 'val'));
    const merges = (table: Element) => elements(table, 'vMerge').map((m) => attr(m, 'val'));
    expect(spans(body!)).toEqual(['2']);
    expect(merges(body!)).toEqual(['restart', 'continue']);
    // The appendix: "Kinh phí" over two columns, four header cells merged down two rows, "Tổng cộng" over five.
    expect(spans(appendix!)).toEqual(['2', '5']);
    expect(merges(appendix!)).toEqual(['restart', 'restart', 'restart', 'restart', 'continue', 'continue', 'continue', 'continue']);
  });

  it('fills the text width with the grid: 165 mm upright, 252 mm on the landscape page', () => {
    const widths = docxTables().map((table) => elements(table, 'gridCol').reduce((sum, col) => sum + Number(attr(col, 'w')), 0));
    expect(widths).toEqual([Math.round((165 * 72 * 20) / 25.4), Math.round((252 * 72 * 20) / 25.4)]);
  });

  it('draws single 0.5 pt black lines and pads cells 1.9 mm left and right', () => {
    for (const table of docxTables()) {
      const properties = child(table, 'tblPr')!;
      const borders = Array.from(child(properties, 'tblBorders')!.childNodes) as Element[];
      expect(borders.map((b) => [attr(b, 'val'), attr(b, 'sz'), attr(b, 'color')])).toEqual(new Array(6).fill(['single', '4', '000000']));
      const margins = child(properties, 'tblCellMar')!;
      expect([attr(child(margins, 'left'), 'w'), attr(child(margins, 'right'), 'w')]).toEqual(['108', '108']);
    }
  });
});

describe('tables in our PDF', () => {
  it('prints every word of every cell, and the header on every page the table runs onto', async () => {
    const pdf = await readPdf(built.pdf);
    expect(tableProblems(pdf, plan)).toEqual([]);
    // The phân công table runs from page 1 onto page 2: its header is on both.
    expect(pdf.pages.slice(0, 2).map((page) => page.items.filter((item) => item.text === 'TT').length)).toEqual([1, 1]);
  });
});

describe('rows held together by a merged cell, taller than a page', () => {
  const tall = path.join(repoRoot, 'tests', 'fixtures', 'parity', 'tables-merged-across-pages.yaml');

  it('part at the page break: built, every word printed, the merged cell going on on the next page, no keep-with-next on them', async () => {
    const result = await buildPlan(tall);
    expect(result.code).toBe(0);
    const tallPlan = parsePlan(fs.readFileSync(tall, 'utf8'), tall).plan;
    const pdf = await readPdf(result.pdf);
    expect(tableProblems(pdf, tallPlan)).toEqual([]);
    // The merged cell's lines, in its column (left-aligned: each line starts at its left edge), page by page.
    const merged = cellText(planTables(tallPlan)[0]!.rows[2]![2]!);
    const first = pdf.pages[0]!.items.find((item) => item.text.startsWith('Thanh tra Sở'))!;
    const parts = pdf.pages.map((page) => page.items.filter((item) => Math.abs(item.x - first.x) < 0.5 && item.y >= (page === pdf.pages[0] ? first.y : 0)));
    const onPage = parts.map((items) => items.filter((item) => merged.includes(item.text.trim())).length);
    expect(onPage[0]).toBeGreaterThan(3);
    expect(onPage[1]).toBeGreaterThan(3);
    const printed = parts.flatMap((items) => items.map((item) => item.text.trim())).join(' ');
    expect(printed.startsWith(merged)).toBe(true);
    // In the DOCX, the rows of the merged cell (3 to 5) keep with nothing: Word and LibreOffice part them too.
    const table = elements(readDocx(result.docx).document, 'tbl').find((tbl) => elements(tbl, 'tr').length === 7)!;
    const keeps = elements(table, 'tr').map((tr) => elements(tr, 'keepNext').length > 0);
    expect(keeps).toEqual([true, false, false, false, false, false, false]);
  });

  it.each([
    ['vi', '(bố cục)  lỗi: ô "Các trường đọc sách theo chủ đề. Các trư…" gộp các hàng 3–4 của một bảng (rowspan) cao hơn một trang, nên không tiếp tục được sang trang sau (tại layout)', '  gợi ý: viết ngắn ô đó, hoặc chia nội dung của nó cho các hàng (rowspan nhỏ hơn)'],
    ['en', '(bố cục)  error: the cell "Các trường đọc sách theo chủ đề. Các trư…" merging rows 3–4 of a table (rowspan) is taller than a page, so it cannot go on onto the next page (at layout)', '  hint: shorten that cell, or share its text among the rows (a smaller rowspan)'],
  ])('whose merged cell is taller than a page are refused (%s), exit 1, nothing written', async (language, message, hint) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tables-'));
    const long = new Array(120).fill('Các trường đọc sách theo chủ đề.').join(' ');
    const source = fs.readFileSync(file, 'utf8').replace('{ text: "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", rowspan: 2 }', `{ text: "${long}", rowspan: 2 }`);
    expect(source).toContain(long);
    const planFile = path.join(dir, 'tall-merged.yaml');
    fs.writeFileSync(planFile, source);
    const io = memoryIo();
    expect(await run(['build', planFile, '--out', path.join(dir, 'out'), '--lang', language], io)).toBe(1);
    expect(io.err[0]).toBe(`${message}\n${hint}`);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('an amount written 300.000 without quotes (YAML reads 300)', () => {
  it('is printed as written, in a plain cell and in a cell object', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tables-'));
    const source = fs
      .readFileSync(file, 'utf8')
      .replace('"300.000"', '300.000')
      .replace('{ text: "**Tổng cộng**", colspan: 5, align: center }', '{ text: 35.000, colspan: 5, align: center }');
    expect(source).toContain('Cá nhân, 40, 300.000,');
    const planFile = path.join(dir, 'amounts.yaml');
    fs.writeFileSync(planFile, source);
    const amounts = await buildPlan(planFile);
    expect(amounts.code).toBe(0);
    const cells = elements(readDocx(amounts.docx).document, 'tc').map((tc) => elements(tc, 'p').map(paragraphText).join(' '));
    expect(cells).toEqual(expect.arrayContaining(['300.000', '35.000']));
    expect(cells).not.toContain('300');
    const words = (await readPdf(amounts.pdf)).pages.flatMap((page) => page.items.map((item) => item.text.trim()));
    expect(words).toEqual(expect.arrayContaining(['300.000', '35.000']));
  });
});

describe('a table right before the signature', () => {
  it('is kept apart from the signature table by a paragraph (adjacent tables are one table to office suites)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tables-'));
    const source = fs.readFileSync(file, 'utf8').replace(/\n {6}- Trong quá trình thực hiện[^\n]*/, '');
    expect(source).not.toContain('Trong quá trình');
    const planFile = path.join(dir, 'table-last.yaml');
    fs.writeFileSync(planFile, source);
    const last = await buildPlan(planFile);
    expect(last.code).toBe(0);
    const xml = readDocx(last.docx).parts['word/document.xml']!;
    expect(xml).not.toContain('</w:tbl><w:tbl>');
    // The phân công table, then a paragraph one twip high, then the signature table.
    expect(xml).toMatch(/<\/w:tbl><w:p><w:pPr><w:keepNext\/><w:spacing w:line="1" w:lineRule="exact"\/><w:rPr><w:sz w:val="2"\/><\/w:rPr><\/w:pPr><\/w:p><w:tbl>/);
  });
});
