// The PDF is tagged: its structure tree, read by poppler (pdfinfo -struct-text) and pdf.js, holds every text of the
// pages in reading order (headings H1–H3, paragraphs, lists, tables with header cells, the appendices), in Vietnamese;
// only the page numbers, a table's header rows drawn again and the first page's footer (the contact block) are artifacts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';
import { pdfjs } from '../helpers/read-pdf';
import { allElements, fullText, markedTexts, pageText, readStructure, type StructElement } from '../helpers/read-structure';

const seed = fs.readFileSync(path.join(repoRoot, 'plans', '2020.yaml'), 'utf8');
const rows = Array.from({ length: 45 }, (_, i) => `                    - [${i + 1}, "Công việc số ${i + 1} của kế hoạch, giao cho đơn vị theo dõi và báo cáo"]`).join('\n');
const body = `body:
  - heading: Mục đích
    content:
      - Đoạn ngay dưới mục cấp một.
      - heading: Yêu cầu chung
        content:
          - list:
              - Việc thứ nhất.
              - text: Việc thứ hai.
                list: [Ý nhỏ thứ nhất., Ý nhỏ thứ hai.]
          - heading: Phân công
            content:
              - table:
                  columns: [{ width: 12, align: center }, { width: "*" }]
                  header:
                    - [TT, Nội dung công việc]
                  rows:
${rows}
`;
const appendix = `
appendices:
  - title: DANH SÁCH ĐƠN VỊ
    content:
      - heading: Các đơn vị thí điểm
        content:
          - Ba đơn vị làm trước.
`;
const plan = seed.slice(0, seed.indexOf('\nbody:\n') + 1) + body + seed.slice(seed.indexOf('\nclosing:')) + appendix;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tagged-'));
const seedPdf = path.join(dir, '2020.pdf');
const planPdf = path.join(dir, 'tagged.pdf');

beforeAll(async () => {
  fs.copyFileSync(path.join(repoRoot, 'plans', '2020.yaml'), path.join(dir, '2020.yaml'));
  fs.writeFileSync(path.join(dir, 'tagged.yaml'), plan);
  const io = memoryIo();
  const plans = [path.join(dir, '2020.yaml'), path.join(dir, 'tagged.yaml'), path.join(repoRoot, 'plans', '2021-chuyen-doi-so.yaml')];
  const code = await run(['build', ...plans, '--out', dir, '--format', 'pdf'], io);
  if (code !== 0) throw new Error(io.err.join('\n'));
}, 60_000);

const roles = (element: StructElement) => element.kids.map((kid) => kid.role);
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** How many times each character occurs in texts: the same whatever the order and the line joins. */
function characters(texts: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const character of squeeze(texts.join(''))) counts[character] = (counts[character] ?? 0) + 1;
  return counts;
}
/** The same, less hyphens: pdftotext drops a hyphen that ends a line (it takes it for a word's break). */
const withoutHyphens = (counts: Record<string, number>) => ({ ...counts, '-': 0 });
const headings = (tree: StructElement) => allElements(tree).filter((e) => /^H\d$/.test(e.role)).map((e) => `${e.role} ${fullText(e)}`);

describe('the seed, tagged', () => {
  it('is marked, in Vietnamese, with its title shown', async () => {
    const document = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(seedPdf)), verbosity: 0 }).promise;
    expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
    expect(await document.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
    const { info } = (await document.getMetadata()) as unknown as { info: { Language: string; Title: string } };
    expect(info.Language).toBe('vi-VN');
    expect(info.Title).toBe('Kế hoạch Tổ chức “Tuần lễ hưởng ứng học tập suốt đời năm 2020”');
  });

  it('reads as the document: the header, the title, the bases, the sections, the closing and the signature', () => {
    const tree = readStructure(seedPdf);
    expect(roles(tree)).toEqual(['Document']);
    expect(roles(tree.kids[0]!)).toEqual(['Sect']);
    const sect = tree.kids[0]!.kids[0]!;
    expect(roles(sect).slice(0, 9)).toEqual(['Div', 'P', 'P', 'P', 'P', 'P', 'H1', 'P', 'P']);
    expect(sect.kids[0]!.kids.map(fullText)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HỒ CHÍ MINH',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:/KH-SGDĐT',
      'Thành phố Hồ Chí Minh, ngày .... tháng 9 năm 2020',
    ]);
    expect(sect.kids.slice(1, 3).map(fullText)).toEqual(['KẾ HOẠCH', 'Tổ chức “Tuần lễ hưởng ứng học tập suốt đời năm 2020”']);
    expect(headings(tree).slice(0, 6)).toEqual([
      'H1 1. Mục đích, yêu cầu',
      'H1 2. Thời gian và địa điểm tổ chức',
      'H1 3. Chủ đề Tuần lễ',
      'H1 4. Các nội dung hoạt động tại quận, huyện',
      'H2 4.1. Tổ chức quảng bá, tuyên truyền',
      'H2 4.2. Tổ chức Lễ khai mạc',
    ]);
    const signature = sect.kids[sect.kids.length - 1]!;
    expect(signature.role).toBe('Div');
    expect(signature.kids.map(fullText)).toEqual(expect.arrayContaining(['Nơi nhận:', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Hiếu']));
  });

  it('tags the "-" list with its "+" sub-list inside the item it belongs to, each label apart', () => {
    const list = readStructure(seedPdf).kids[0]!.kids[0]!.kids.find((kid) => kid.role === 'L')!;
    const first = list.kids[0]!;
    expect(roles(first)).toEqual(['Lbl', 'LBody']);
    expect(fullText(first.kids[0]!)).toBe('-');
    expect(squeeze(first.kids[1]!.text)).toBe(squeeze('Ngày 30 tháng 9 năm 2020: Lễ khai mạc Tuần lễ cấp Thành phố tổ chức tại ...................'));
    const sub = first.kids[1]!.kids[0]!;
    expect(sub.role).toBe('L');
    expect(sub.kids.map((item) => [fullText(item.kids[0]!), fullText(item.kids[1]!).trim()])).toEqual([
      ['+', 'Thời gian tập trung xe loa: 6h30.'],
      ['+', 'Thời gian đại biểu có mặt: 7h00.'],
      ['+', 'Thời gian khai mạc: 7h30.'],
    ]);
    expect(fullText(list.kids[1]!).trim()).toBe('- Ngày 01/10/2020: Lễ khai mạc Tuần lễ tại quận, huyện.');
  });

  it('has no text outside the tree but the page numbers, which are artifacts', async () => {
    const { tagged, artifacts, untagged } = await markedTexts(seedPdf);
    expect(untagged).toEqual([]);
    expect(artifacts).toEqual(['2', '3', '4', '5']);
    // The tree's text is the pages' text (poppler's pdftotext), less the artifacts.
    const pages = pageText(seedPdf);
    expect(characters([fullText(readStructure(seedPdf))])).toEqual(characters(tagged));
    expect(withoutHyphens(characters([fullText(readStructure(seedPdf)), ...artifacts]))).toEqual(withoutHyphens(characters([pages])));
  });
});

describe('a plan with three heading levels, a list, a table over pages and an appendix, tagged', () => {
  it('has the headings at their levels, the appendix in a section of its own with its label as H1', () => {
    const tree = readStructure(planPdf);
    expect(roles(tree.kids[0]!)).toEqual(['Sect', 'Sect']);
    expect(headings(tree)).toEqual(['H1 1. Mục đích', 'H2 1.1. Yêu cầu chung', 'H3 1.1.1. Phân công', 'H1 Phụ lục', 'H2 1. Các đơn vị thí điểm']);
    const main = tree.kids[0]!.kids[0]!;
    const at = roles(main).indexOf('H1');
    expect(roles(main).slice(at, at + 6)).toEqual(['H1', 'P', 'H2', 'L', 'H3', 'Table']);
    const appendixSect = tree.kids[0]!.kids[1]!;
    // The label, the title, the reference line (in parts when it does not fit on one), the heading and its text.
    expect(roles(appendixSect)).toEqual(['H1', 'P', ...appendixSect.kids.slice(2, -2).map(() => 'P'), 'H2', 'P']);
    expect(appendixSect.kids.slice(1, 3).map(fullText)).toEqual(['DANH SÁCH ĐƠN VỊ', expect.stringMatching(/^\(Kèm theo Kế hoạch/)]);
  });

  it('tags the table by rows, its header cells TH with their scope, once, though the header is drawn on every page', async () => {
    const table = allElements(readStructure(planPdf)).find((e) => e.role === 'Table')!;
    expect(table.kids).toHaveLength(46);
    expect(table.kids.every((row) => row.role === 'TR' && row.kids.length === 2)).toBe(true);
    expect(table.kids[0]!.kids.map((cell) => [cell.role, cell.attributes, fullText(cell)])).toEqual([
      ['TH', ['/Scope /Column'], 'TT'],
      ['TH', ['/Scope /Column'], 'Nội dung công việc'],
    ]);
    expect(table.kids[45]!.kids.map((cell) => [cell.role, squeeze(fullText(cell))])).toEqual([
      ['TD', '45'],
      ['TD', squeeze('Công việc số 45 của kế hoạch, giao cho đơn vị theo dõi và báo cáo')],
    ]);
    const { tagged, artifacts, untagged } = await markedTexts(planPdf);
    expect(untagged).toEqual([]);
    // Each page the table runs onto draws its header again: an artifact, as the page numbers are.
    const repeated = artifacts.filter((text) => !/^\d+$/.test(text));
    expect(repeated.length).toBeGreaterThan(0);
    expect(new Set(repeated)).toEqual(new Set(['TT', 'Nội dung công việc']));
    const pages = pageText(planPdf);
    expect(characters([fullText(readStructure(planPdf))])).toEqual(characters(tagged));
    expect(withoutHyphens(characters([fullText(readStructure(planPdf)), ...artifacts]))).toEqual(withoutHyphens(characters([pages])));
  });
});

describe('merged cells, tagged', () => {
  it('gives a cell merged down its RowSpan and one merged across its ColSpan, and no cell for the places they cover', () => {
    const table = allElements(readStructure(path.join(dir, '2021-chuyen-doi-so.pdf'))).find((e) => e.role === 'Table')!;
    const cells = table.kids.map((row) => row.kids.map((cell) => [cell.attributes.join(' '), squeeze(fullText(cell))]));
    // Row 3: its unit merged down over row 4, which has a cell fewer; row 5: its task merged across the unit's column.
    expect(cells[3]![2]).toEqual(['/RowSpan 2', squeeze('Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện, thành phố')]);
    expect(cells[4]!.map(([, text]) => text)).toEqual(['4', squeeze('Triển khai phần mềm quản lý người học và sổ điểm điện tử'), 'Tháng5/2021']);
    expect(cells[5]![1]![0]).toBe('/ColSpan 2');
    expect(cells[5]).toHaveLength(3);
  });
});

describe('every example plan, tagged', () => {
  const examples = fs.readdirSync(path.join(repoRoot, 'plans')).filter((name) => name.endsWith('.yaml'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tagged-examples-'));
  beforeAll(async () => {
    const io = memoryIo();
    const code = await run(['build', ...examples.map((name) => path.join(repoRoot, 'plans', name)), '--out', out, '--format', 'pdf'], io);
    if (code !== 0) throw new Error(io.err.join('\n'));
  }, 60_000);

  it.each(examples)('%s: no text outside the tree; the tree and its artifacts are the pages’ text', async (name) => {
    const pdf = path.join(out, name.replace(/\.yaml$/, '.pdf'));
    const { tagged, artifacts, untagged } = await markedTexts(pdf);
    expect(untagged).toEqual([]);
    expect(characters([fullText(readStructure(pdf))])).toEqual(characters(tagged));
    expect(withoutHyphens(characters([fullText(readStructure(pdf)), ...artifacts]))).toEqual(withoutHyphens(characters([pageText(pdf)])));
    // Words stay apart where a line wraps: every word of the tree is a word of the page ("các trường", not "cáctrường").
    // (Words of letters only: pdftotext may glue a rule of hyphens or a blank number's parts to their neighbours.)
    const pageWords = new Set(pageText(pdf).split(/[^\p{L}]+/u));
    const treeWords = allElements(readStructure(pdf)).flatMap((element) => element.text.split(/\s+/));
    expect(treeWords.filter((word) => /^\p{L}+$/u.test(word) && !pageWords.has(word))).toEqual([]);
  });

  it('keeps the contact block (ô 13) out of the tree, as a footer artifact, and the marks in the header', async () => {
    const pdf = path.join(out, '2025-du-thao-khan.pdf');
    const { artifacts } = await markedTexts(pdf);
    expect(artifacts.some((text) => text.startsWith('Địa chỉ:'))).toBe(true);
    const header = allElements(readStructure(pdf)).find((element) => element.role === 'Div')!;
    expect(fullText(header)).toContain('DỰ THẢO LẦN 2');
    expect(fullText(header)).toContain('KHẨN');
  });
});
