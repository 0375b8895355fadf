// The marks of Decree 30 in the produced files: each in its place and size in the PDF, framed and footed in the DOCX.
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DOMParser } from '@xmldom/xmldom';
import { buildPlan, repoRoot } from '../helpers/build-plan';
import { attr, child, elements, paragraphText, readDocx, type DocxFile } from '../helpers/read-docx';
import { readPdf, type PdfFile, type PdfLine, type PdfPage } from '../helpers/read-pdf';

const example = path.join(repoRoot, 'plans', '2025-du-thao-khan.yaml');
const withAppendices = path.join(repoRoot, 'tests', 'fixtures', 'parity', 'marks-appendices.yaml');
const seed = path.join(repoRoot, 'plans', '2020.yaml');
const mm = (value: number) => (value * 72) / 25.4;

function lineOf(page: PdfPage, text: string): PdfLine {
  const found = page.lines.find((line) => line.text.trim() === text) ?? page.lines.flatMap((line) => splitColumns(line)).find((line) => line.text.trim() === text);
  if (!found) throw new Error(`no line "${text}" on the page: ${page.lines.map((l) => l.text).join(' | ')}`);
  return found;
}

/** A line of the page split where a gap wider than 30 pt parts two columns. */
function splitColumns(line: PdfLine): PdfLine[] {
  const parts: PdfLine[] = [];
  for (const item of line.items) {
    const last = parts[parts.length - 1];
    if (last && item.x - last.right <= 30) {
      last.items.push(item);
      last.text += item.text;
      last.right = item.x + item.width;
    } else parts.push({ y: line.y, x: item.x, right: item.x + item.width, text: item.text, items: [item] });
  }
  return parts;
}

/** The frame around a line: the nearest horizontal rules above and below it that span it, of one length. */
function frameAround(page: PdfPage, line: PdfLine) {
  const spans = (r: { x1: number; x2: number }) => r.x1 < line.x && r.x2 > line.right;
  const top = page.rules.filter((r) => r.y < line.y && spans(r)).sort((a, b) => b.y - a.y)[0];
  const bottom = page.rules.filter((r) => r.y > line.y && spans(r)).sort((a, b) => a.y - b.y)[0];
  if (!top || !bottom) throw new Error(`no frame around "${line.text}"`);
  return { top, bottom, width: top.x2 - top.x1 + 0.5, height: bottom.y - top.y + 0.5 };
}

const centre = (line: { x: number; right: number }) => (line.x + line.right) / 2;

describe('the marks in the PDF', () => {
  let pdf: PdfFile;
  it('builds the marked draft', async () => {
    const built = await buildPlan(example);
    expect(built.code).toBe(0);
    pdf = await readPdf(built.pdf);
  });

  it('frames "DỰ THẢO LẦN 2" above the national title, centred over the header\'s right column, 8 mm high, bold 13', () => {
    const page = pdf.pages[0]!;
    const draft = lineOf(page, 'DỰ THẢO LẦN 2');
    const nation = lineOf(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(draft.items.every((item) => item.size === 13 && /Bold/.test(item.font))).toBe(true);
    const frame = frameAround(page, draft);
    expect(frame.bottom.y).toBeLessThan(nation.y - 13);
    expect(Math.abs(centre(draft) - centre(nation))).toBeLessThan(1.5);
    expect(Math.abs((frame.top.x1 + frame.top.x2) / 2 - centre(draft))).toBeLessThan(1);
    expect(frame.height).toBeCloseTo(mm(8), 0);
    // As wide as its words and 2 mm on each side (and the frame's lines).
    expect(frame.width).toBeGreaterThan(draft.right - draft.x + 2 * mm(2));
    expect(frame.width).toBeLessThan(draft.right - draft.x + 2 * mm(2) + 2);
  });

  it('frames "KHẨN" under the number, in the left column, in the decree\'s 20 × 8 mm stamp', () => {
    const page = pdf.pages[0]!;
    const urgent = lineOf(page, 'KHẨN');
    const number = page.lines.find((line) => line.text.startsWith('Số:'))!;
    expect(urgent.items.every((item) => item.size === 13 && /Bold/.test(item.font))).toBe(true);
    expect(urgent.y).toBeGreaterThan(number.y + 13);
    expect(centre(urgent)).toBeLessThan(page.width / 2);
    const frame = frameAround(page, urgent);
    expect(frame.width).toBeCloseTo(mm(20), 0);
    expect(frame.height).toBeCloseTo(mm(8), 0);
    expect(frame.top.y).toBeGreaterThan(number.y);
    expect(lineOf(page, 'KẾ HOẠCH').y).toBeGreaterThan(frame.bottom.y + 13);
  });

  it('puts the contact block at the foot of page 1 only, 11 pt, under a rule as wide as the text, inside the margins', () => {
    const [first, second] = pdf.pages;
    const contact = ['Địa chỉ: Số 12 đường Trần Phú, phường Phủ Lý, tỉnh Hà Nam', 'Điện thoại: 0226 3850 000; Thư điện tử: snnmt@hanam.gov.vn'];
    const lines = contact.map((text) => lineOf(first!, text));
    for (const line of lines) expect(line.items.every((item) => item.size === 11 && !/Bold|Italic/.test(item.font))).toBe(true);
    expect(lines[1]!.y - lines[0]!.y).toBeCloseTo(11 * 1.15, 0);
    const bottomMargin = first!.height - mm(20);
    expect(lines[1]!.y).toBeLessThan(bottomMargin);
    expect(lines[1]!.y).toBeGreaterThan(bottomMargin - 11);
    const rule = first!.rules.filter((r) => r.y < lines[0]!.y).sort((a, b) => b.y - a.y)[0]!;
    expect(rule.x1).toBeCloseTo(mm(30), 0);
    expect(rule.x2).toBeCloseTo(first!.width - mm(15), 0);
    expect(lines[0]!.y - rule.y).toBeLessThan(12);
    // The body of page 1 ends above the rule.
    const body = first!.lines.filter((line) => line.y < rule.y);
    expect(Math.max(...body.map((line) => line.y))).toBeLessThan(rule.y - 3);
    expect(second!.lines.some((line) => contact.includes(line.text.trim()))).toBe(false);
  });

  it('writes the drafter and the copies, "NTH.(25)", 11 pt, under the Lưu line', () => {
    const last = pdf.pages[pdf.pages.length - 1]!;
    const archive = lineOf(last, '- Lưu: VT, CCTL.');
    const drafter = lineOf(last, 'NTH.(25)');
    expect(drafter.items.every((item) => item.size === 11)).toBe(true);
    expect(drafter.y - archive.y).toBeCloseTo(11 * 1.15, 0);
  });

  it('frames the secrecy stamp with two lines and puts it above the urgency stamp, circulation under the draft mark', async () => {
    const built = await buildPlan(withAppendices);
    expect(built.code).toBe(0);
    const page = (await readPdf(built.pdf)).pages[0]!;
    const secret = lineOf(page, 'MẬT');
    const urgent = lineOf(page, 'THƯỢNG KHẨN');
    expect(urgent.y).toBeGreaterThan(secret.y);
    const rulesOf = (line: PdfLine, above: boolean) => page.rules.filter((r) => r.x1 < line.x && r.x2 > line.right && (above ? r.y < line.y && r.y > line.y - 20 : r.y > line.y && r.y < line.y + 12));
    expect(rulesOf(secret, true)).toHaveLength(2);
    expect(rulesOf(secret, false)).toHaveLength(2);
    expect(frameAround(page, urgent).width).toBeCloseTo(mm(40), 0);
    expect(lineOf(page, 'XEM XONG TRẢ LẠI').y).toBeGreaterThan(lineOf(page, 'DỰ THẢO').y);
    expect(lineOf(page, 'XEM XONG TRẢ LẠI').y).toBeLessThan(lineOf(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').y);
  });
});

/** The footer part a section's reference of the given type points to. */
function footerOf(docx: DocxFile, section: Element, type: string): string | undefined {
  const reference = elements(section, 'footerReference').find((r) => attr(r, 'type') === type);
  if (!reference) return undefined;
  const id = reference.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
  const rels = parseXml(docx.parts['word/_rels/document.xml.rels']!);
  const target = Array.from(rels.getElementsByTagName('Relationship')).find((r) => r.getAttribute('Id') === id)!.getAttribute('Target')!;
  return docx.parts[`word/${target}`];
}

const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;

describe('the marks in the DOCX', () => {
  it('frames a mark with borders on four sides, the stamp as wide as the decree says, and the secrecy stamp double', async () => {
    const built = await buildPlan(withAppendices);
    const docx = readDocx(built.docx);
    const paragraphs = elements(docx.document, 'p');
    const framed = (text: string) => {
      const p = paragraphs.find((candidate) => paragraphText(candidate) === text)!;
      const borders = child(child(p, 'pPr')!, 'pBdr')!;
      return { p, sides: ['top', 'left', 'bottom', 'right'].map((side) => attr(child(borders, side), 'val')), borders };
    };
    expect(framed('THƯỢNG KHẨN').sides).toEqual(['single', 'single', 'single', 'single']);
    expect(framed('MẬT').sides).toEqual(['double', 'double', 'double', 'double']);
    expect(framed('DỰ THẢO').sides).toEqual(['single', 'single', 'single', 'single']);
    expect(framed('XEM XONG TRẢ LẠI').sides).toEqual(['single', 'single', 'single', 'single']);
    // The frame's outer width: the cell's text width less both indents, plus the side padding and the lines.
    const { p, borders } = framed('THƯỢNG KHẨN');
    const ind = child(child(p, 'pPr')!, 'ind')!;
    const cell = p.parentNode as Element;
    const cellWidth = Number(attr(child(child(cell, 'tcPr')!, 'tcW'), 'w'));
    const padding = Number(attr(elements(docx.document, 'tblCellMar')[0]!.getElementsByTagNameNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'left')[0]!, 'w'));
    const space = Number(attr(child(borders, 'left'), 'space')) * 20;
    const line = (Number(attr(child(borders, 'left'), 'sz')) / 8) * 20;
    const outer = cellWidth - 2 * padding - Number(attr(ind, 'left')) - Number(attr(ind, 'right')) + 2 * (space + line);
    expect(Math.abs(outer - mm(40) * 20)).toBeLessThan(3);
  });

  it('puts the contact block in the first-page footer of the main section, and empty footers on the appendices', async () => {
    const built = await buildPlan(withAppendices);
    const docx = readDocx(built.docx);
    const sections = elements(docx.document, 'sectPr');
    expect(sections.length).toBe(3);
    expect(child(sections[0]!, 'titlePg')).toBeDefined();
    const first = parseXml(footerOf(docx, sections[0]!, 'first')!);
    const texts = elements(first, 'p').map(paragraphText);
    expect(texts).toEqual(['', 'Địa chỉ: Số 1 đường Lê Lợi, phường Bến Nghé, Thành phố Hồ Chí Minh', 'Điện thoại: 028 3829 0000; Fax: 028 3829 0001', 'Thư điện tử: vanphong@example.gov.vn; Trang thông tin: example.gov.vn']);
    // The rule: a bottom border on the first (empty) paragraph; the lines in 11 pt.
    expect(attr(child(child(child(elements(first, 'p')[0]!, 'pPr')!, 'pBdr')!, 'bottom'), 'val')).toBe('single');
    for (const run of elements(first, 'r')) expect(attr(child(child(run, 'rPr')!, 'sz'), 'val')).toBe('22');
    expect(footerOf(docx, sections[0]!, 'default')).toBeUndefined();
    for (const section of sections.slice(1))
      for (const type of ['first', 'default']) expect(elements(parseXml(footerOf(docx, section, type)!), 't').map((t) => t.textContent).join('')).toBe('');
  });

  it('leaves a plan without marks without frames or footers', async () => {
    const built = await buildPlan(seed);
    const docx = readDocx(built.docx);
    expect(elements(docx.document, 'footerReference')).toHaveLength(0);
    expect(elements(docx.document, 'pBdr').every((borders) => child(borders, 'left') === undefined)).toBe(true);
  });
});
