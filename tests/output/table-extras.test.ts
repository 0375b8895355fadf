// The computed parts of a table in the produced files (tests/fixtures/parity/tables-extras.yaml): the numbering column
// counting by itself and again from 1 under each group row, group rows in bold across the table and kept with the row
// under them, the column-number row repeated with the header in regular weight, amounts in Vietnamese form and the
// total row; and the located errors for what these need.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { parsePlan } from '../../src/plan/load-plan';
import { buildPlan, memoryIo, repoRoot, type BuiltPlan } from '../helpers/build-plan';
import { attr, child, elements, paragraphText, readDocx, runStyles } from '../helpers/read-docx';
import { readPdf, type PdfFile } from '../helpers/read-pdf';
import { tableProblems } from '../helpers/table-facts';

const file = path.join(repoRoot, 'tests', 'fixtures', 'parity', 'tables-extras.yaml');
const source = fs.readFileSync(file, 'utf8');
let built: BuiltPlan;
let tables: Element[];
let pdf: PdfFile;

beforeAll(async () => {
  built = await buildPlan(file);
  tables = elements(readDocx(built.docx).document, 'tbl').filter((table) => attr(child(child(child(table, 'tblPr')!, 'tblBorders')!, 'top'), 'val') === 'single');
  pdf = await readPdf(built.pdf);
});

const rows = (table: Element) => elements(table, 'tr');
const cellTexts = (row: Element) => elements(row, 'tc').map((tc) => elements(tc, 'p').map(paragraphText).join(' '));
const firstParagraph = (row: Element) => elements(elements(row, 'tc')[0]!, 'p')[0]!;

describe('the computed parts of a table in the DOCX', () => {
  it('builds', () => {
    expect(built.code).toBe(0);
    expect(tables).toHaveLength(2);
  });

  it('numbers the rows by itself, I, II… on group rows and again from 1 under each', () => {
    expect(rows(tables[0]!).map((row) => cellTexts(row)[0])).toEqual(['TT', '(1)', 'I', '1', '2', '3', 'II', '1', '2', 'III', '1', '2', '3']);
    // (The appendix's second header row starts with the place of "TT", merged down.)
    expect(rows(tables[1]!).map((row) => cellTexts(row)[0]).slice(0, 8)).toEqual(['TT', '', '(1)', 'I', '1', '2', '3', '4']);
  });

  it('repeats the column-number row with the header, in regular weight under the bold header', () => {
    const body = rows(tables[0]!);
    expect(body.map((row) => child(child(row, 'trPr')!, 'tblHeader') !== undefined).slice(0, 3)).toEqual([true, true, false]);
    expect(cellTexts(body[1]!)).toEqual(['(1)', '(2)', '(3)', '(4)']);
    expect(runStyles(firstParagraph(body[0]!)).map((run) => run.bold)).toEqual([true]);
    expect(runStyles(firstParagraph(body[1]!)).map((run) => run.bold)).toEqual([false]);
    const appendix = rows(tables[1]!);
    expect(appendix.map((row) => child(child(row, 'trPr')!, 'tblHeader') !== undefined).slice(0, 4)).toEqual([true, true, true, false]);
    expect(cellTexts(appendix[2]!)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
  });

  it('writes a group row as its numeral and its title in bold across the other columns, kept with the next row', () => {
    const group = rows(tables[0]!)[2]!;
    expect(cellTexts(group)).toEqual(['I', 'Công tác tuyên truyền']);
    expect(attr(elements(group, 'gridSpan')[0], 'val')).toBe('3');
    expect(elements(group, 'p').flatMap(runStyles).every((run) => run.bold)).toBe(true);
    expect(child(child(firstParagraph(group), 'pPr')!, 'keepNext')).toBeDefined();
    // An item row is not kept with the next.
    expect(child(firstParagraph(rows(tables[0]!)[3]!), 'pPr') && child(child(firstParagraph(rows(tables[0]!)[3]!), 'pPr')!, 'keepNext')).toBeFalsy();
  });

  it('prints amounts in Vietnamese form, right-aligned, whichever way the plan wrote them', () => {
    const appendix = rows(tables[1]!);
    expect(cellTexts(appendix[4]!)).toEqual(['1', 'Băng rôn, khẩu hiệu trên các tuyến đường', 'Trung tâm Văn hóa - Thông tin và Thể thao', '12.000.000', '3.000.000', '15.000.000']);
    expect(cellTexts(appendix[5]!).slice(3)).toEqual(['4.500.000', '', '4.500.000']); // "4.500.000" quoted, an empty cell
    expect(cellTexts(appendix[6]!).slice(3)).toEqual(['2.500.000', '7.500.000', '10.000.000']);
    const amount = elements(appendix[4]!, 'tc')[3]!;
    expect(attr(elements(amount, 'jc')[0], 'val')).toBe('right');
  });

  it('adds the amount columns up in a bold total row, its label across the columns before them', () => {
    const total = rows(tables[1]!).at(-1)!;
    expect(cellTexts(total)).toEqual(['Tổng cộng', '172.700.000', '58.300.000', '231.000.000']);
    expect(attr(elements(total, 'gridSpan')[0], 'val')).toBe('3');
    expect(elements(total, 'p').flatMap(runStyles).every((run) => run.bold)).toBe(true);
  });
});

describe('amounts written 4.500.000 without quotes (YAML reads 4.5) and with decimals', () => {
  it('are read as written, printed in Vietnamese form and added up to the most decimals', async () => {
    const from = 'Công an huyện, 6000000, "", 6000000';
    expect(source).toContain(from);
    const changed = source.replace('"4.500.000", "", "4.500.000"', '4.500.000, "", 4.500.000').replace(from, 'Công an huyện, "6.000.000,5", "", 6000000');
    expect(changed).toContain('4.500.000, "", 4.500.000');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-extras-'));
    const planFile = path.join(dir, 'amounts.yaml');
    fs.writeFileSync(planFile, changed);
    const amounts = await buildPlan(planFile);
    expect(amounts.code).toBe(0);
    const [, appendix] = elements(readDocx(amounts.docx).document, 'tbl').filter((table) => attr(child(child(child(table, 'tblPr')!, 'tblBorders')!, 'top'), 'val') === 'single');
    const lines = rows(appendix!);
    expect(cellTexts(lines[5]!).slice(3)).toEqual(['4.500.000', '', '4.500.000']);
    expect(cellTexts(lines.at(-1)!)).toEqual(['Tổng cộng', '172.700.000,5', '58.300.000', '231.000.000']);
    const words = (await readPdf(amounts.pdf)).pages.flatMap((page) => page.items.map((item) => item.text.trim()));
    expect(words).toEqual(expect.arrayContaining(['4.500.000', '6.000.000,5', '172.700.000,5']));
  });
});

describe('a group row over a row taller than a page', () => {
  it('is not held with it (that row splits where it falls), in the DOCX as in our PDF', async () => {
    const tall = new Array(110).fill('Các đội thi đấu vòng tròn một lượt.').join(' ');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-extras-'));
    const planFile = path.join(dir, 'tall.yaml');
    fs.writeFileSync(planFile, source.replace('[Giải bóng đá nam thanh niên, Trung', `["${tall}", Trung`));
    const built = await buildPlan(planFile);
    expect(built.code).toBe(0);
    const [body] = elements(readDocx(built.docx).document, 'tbl').filter((table) => attr(child(child(child(table, 'tblPr')!, 'tblBorders')!, 'top'), 'val') === 'single');
    const group = rows(body!).find((row) => cellTexts(row)[0] === 'III')!;
    expect(child(child(firstParagraph(group), 'pPr')!, 'keepNext')).toBeUndefined();
    expect(attr(child(child(rows(body!)[rows(body!).indexOf(group) + 1]!, 'trPr')!, 'cantSplit'), 'val')).toBe('off');
    const tallPdf = await readPdf(built.pdf);
    const pageOf = (text: string) => tallPdf.pages.findIndex((page) => page.items.some((item) => item.text.startsWith(text)));
    expect(pageOf('III')).toBe(0);
    expect(pageOf('Các đội thi đấu')).toBe(0);
  });
});

describe('the computed parts of a table in our PDF', () => {
  const pageOf = (text: string) => pdf.pages.findIndex((page) => page.items.some((item) => item.text.startsWith(text)));
  const itemsOn = (page: number, text: string) => pdf.pages[page]!.items.filter((item) => item.text === text);

  it('prints every cell, the header on every page each table runs onto', () => {
    expect(tableProblems(pdf, parsePlan(source, file).plan)).toEqual([]);
  });

  it('prints the column-number row on every page of both tables, regular under the bold header', () => {
    // The body table runs over pages 1 and 2, the appendix's over pages 3 and 4.
    expect([0, 1, 2, 3].map((page) => itemsOn(page, '(1)').length)).toEqual([1, 1, 1, 1]);
    const [number] = itemsOn(0, '(1)');
    const [tt] = itemsOn(0, 'TT');
    expect(number!.font).not.toBe(tt!.font);
    expect(tt!.font).toMatch(/Bold/);
  });

  it('moves a group row that would end a page to the next page with its first item', () => {
    expect(pageOf('III')).toBe(1);
    expect(pageOf('Giải bóng đá nam thanh niên')).toBe(1);
    expect(pageOf('Triển lãm ảnh')).toBe(0);
  });

  it('prints the amounts and the total as the DOCX does', () => {
    const words = pdf.pages.flatMap((page) => page.items.map((item) => item.text.trim()));
    expect(words).toEqual(expect.arrayContaining(['12.000.000', '2.500.000', '172.700.000', '58.300.000', '231.000.000']));
    expect(pageOf('231.000.000')).toBe(3);
  });
});

describe('what the computed parts need', () => {
  async function failure(from: string, to: string): Promise<string[]> {
    expect(source).toContain(from);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-extras-'));
    const planFile = path.join(dir, 'plan.yaml');
    fs.writeFileSync(planFile, source.replace(from, to));
    const io = memoryIo();
    expect(await run(['build', planFile, '--out', path.join(dir, 'out'), '--lang', 'en'], io)).toBe(1);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
    return io.err.flatMap((text) => text.split('\n')).filter((line) => /^\S.*(error|hint):|^ {2}hint:/.test(line)).map((line) => line.replace(/^.*plan\.yaml:/, ''));
  }

  it('a second numbering column', async () => {
    expect(await failure('{ width: 42 }', '{ width: 42, number: true }')).toEqual([
      '29:36  error: the table already has a numbering column (column 1); a table has only one (at body.1.content.1.table.columns.2.number)',
      '  hint: remove number: true from this column',
    ]);
  });

  it('a numbering column that is not the first', async () => {
    expect(await failure('- { width: 12, number: true }\n            - { width: "*", align: justify }', '- { width: "*", align: justify }\n            - { width: 12, number: true }')).toEqual([
      '28:36  error: the numbering column (number: true) is column 2, but it must be the first (at body.1.content.1.table.columns.1.number)',
      '  hint: move this column to the start of columns (and its header cell to the start of the header row)',
    ]);
  });

  it('a total without an amount column', async () => {
    expect(await failure('          columnNumbers: true\n          rows:\n            - group: Công tác tuyên truyền', '          total: Cộng\n          rows:\n            - group: Công tác tuyên truyền')).toEqual([
      '33:18  error: the total row (total) needs an amount column to add up (at body.1.content.1.table.total)',
      '  hint: add amount: true to the column to add up, e.g. { width: 30, amount: true }',
    ]);
  });

  it('an amount column as the first column, with a total', async () => {
    const lines = await failure('            - { width: 14, number: true }\n            - { width: "*" }', '            - { width: 14, amount: true }\n            - { width: "*" }');
    expect(lines[0]).toBe('98:18  error: the total row\'s label stands in the columns before the first amount column, but the first column is one (at appendices.0.content.0.table.total)');
  });

  it('an amount cell that is no number, at the cell', async () => {
    expect(await failure('Công an huyện, 6000000', 'Công an huyện, khoảng 6 triệu')).toEqual([
      '94:83  error: the cell is in an amount column (amount) but is not a number (at appendices.0.content.0.table.rows.21.2)',
      '  hint: write a number such as 1250000, "1.250.000" or "2,5"; leave it empty ("") when there is none; or remove amount: true from the column',
    ]);
  });

  it('a cell merged down into a group row', async () => {
    expect(
      await failure(
        '[Biên soạn tài liệu giới thiệu truyền thống quê hương, Phòng Văn hóa và Thông tin, Tháng 2/2023]',
        '[Biên soạn tài liệu giới thiệu truyền thống quê hương, { text: Phòng Văn hóa và Thông tin, rowspan: 2 }, Tháng 2/2023]',
      ),
    ).toEqual([
      '39:15  error: a cell merged down from a row above (rowspan) runs into this group row (at body.1.content.1.table.rows.4)',
      '  hint: end that merged cell before the group row (a smaller rowspan)',
    ]);
  });

  it('a row that still writes the numbering column\'s cell', async () => {
    const lines = await failure('[Giải bóng đá nam thanh niên,', '[1, Giải bóng đá nam thanh niên,');
    expect(lines[0]).toBe('43:15  error: the row has more cells than the table has columns (4) (at body.1.content.1.table.rows.8)');
    expect(lines[1]).toContain('the numbering column (number: true) counts by itself, the rows leave its cell out');
  });
});
