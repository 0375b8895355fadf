// The Decree 30 layout facts, measured on out/2020.docx's XML as an office suite reads it.
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildPlan, repoRoot } from '../helpers/build-plan';
import { attr, bodyParagraphs, child, elements, paragraphText, readDocx, runStyles, type DocxFile } from '../helpers/read-docx';

let docx: DocxFile;
let paragraphs: Element[];

beforeAll(async () => {
  const built = await buildPlan(path.join(repoRoot, 'plans', '2020.yaml'));
  docx = readDocx(built.docx);
  paragraphs = bodyParagraphs(docx);
});

function paragraph(text: string): Element {
  const found = paragraphs.find((p) => paragraphText(p).startsWith(text));
  if (!found) throw new Error(`no paragraph starting with "${text}"`);
  return found;
}

function props(p: Element, name: string): Element | undefined {
  const pPr = child(p, 'pPr');
  return pPr ? child(pPr, name) : undefined;
}

function runStyle(text: string) {
  const styles = runStyles(paragraph(text));
  expect(new Set(styles.map((s) => JSON.stringify({ ...s, text: '' }))).size).toBe(1);
  const { sizePt, bold, italic } = styles[0]!;
  return { sizePt, bold, italic };
}

describe('out/2020.docx', () => {
  it('is A4 with margins 20/20/30/15 mm and a different first page', () => {
    const section = elements(docx.document, 'sectPr')[0]!;
    const size = child(section, 'pgSz')!;
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838']);
    const margin = child(section, 'pgMar')!;
    expect(['top', 'bottom', 'left', 'right'].map((side) => attr(margin, side))).toEqual(['1134', '1134', '1701', '850']);
    expect(child(section, 'titlePg')).toBeDefined();
  });

  it('names Times New Roman in every font slot', () => {
    const fonts = docx.parts['word/styles.xml']!.match(/<w:rFonts [^>]*>/g)!;
    expect(fonts[0]).toMatch(/w:ascii="Times New Roman"/);
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(fonts[0]).toContain(`w:${slot}="Times New Roman"`);
    expect(docx.parts['word/document.xml']).not.toMatch(/w:rFonts/);
  });

  it('sets the paragraph defaults once: widow control on, no space before or after, single lines', () => {
    const defaults = /<w:pPrDefault>(.*?)<\/w:pPrDefault>/.exec(docx.parts['word/styles.xml']!)?.[1] ?? '';
    expect(defaults).toContain('<w:widowControl/>');
    expect(defaults).toMatch(/<w:spacing (?=[^>]*w:after="0")(?=[^>]*w:before="0")(?=[^>]*w:line="240")(?=[^>]*w:lineRule="auto")[^>]*\/>/);
    // Paragraphs repeat none of it, nor properties that are off.
    const document = docx.parts['word/document.xml']!;
    expect(document).not.toMatch(/<w:widowControl|w:val="false"|<w:szCs|<w:ind w:left="0" w:right="0"/);
  });

  it('puts a centred PAGE field in the default header and nothing in the first-page header', () => {
    const section = elements(docx.document, 'sectPr')[0]!;
    const references = elements(section, 'headerReference').map((ref) => [attr(ref, 'type'), ref.getAttribute('r:id')]);
    const rels = docx.parts['word/_rels/document.xml.rels']!;
    const partOf = (type: string) => {
      const id = references.find(([t]) => t === type)![1]!;
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return docx.parts[`word/${target![1]}`]!;
    };
    expect(partOf('default')).toMatch(/PAGE/);
    expect(partOf('default')).toMatch(/<w:jc w:val="center"\/>/);
    expect(partOf('first')).not.toMatch(/PAGE/);
  });

  it('sets element sizes and styles per the decree', () => {
    expect(runStyle('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual({ sizePt: 13, bold: true, italic: false });
    expect(runStyle('Độc lập - Tự do - Hạnh phúc')).toEqual({ sizePt: 14, bold: true, italic: false });
    expect(runStyle('Thành phố Hồ Chí Minh, ngày')).toEqual({ sizePt: 14, bold: false, italic: true });
    expect(runStyle('Số:')).toEqual({ sizePt: 13, bold: false, italic: false });
    expect(runStyle('ỦY BAN NHÂN DÂN')).toEqual({ sizePt: 13, bold: false, italic: false });
    expect(runStyle('SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toEqual({ sizePt: 13, bold: true, italic: false });
    expect(runStyle('KẾ HOẠCH')).toEqual({ sizePt: 14, bold: true, italic: false });
    expect(runStyle('Căn cứ Công văn')).toEqual({ sizePt: 14, bold: false, italic: true });
    expect(runStyle('Tổ chức Tuần lễ nhằm')).toEqual({ sizePt: 14, bold: false, italic: false });
    expect(runStyle('Nơi nhận:')).toEqual({ sizePt: 12, bold: true, italic: true });
    expect(runStyle('- Lưu: VT, P.GDTX.')).toEqual({ sizePt: 11, bold: false, italic: false });
    expect(runStyle('KT. GIÁM ĐỐC')).toEqual({ sizePt: 14, bold: true, italic: false });
  });

  it('justifies body paragraphs with a 1 cm first-line indent, 6 pt before and single to 1.5 line spacing', () => {
    for (const start of ['Tổ chức Tuần lễ nhằm', 'Sở Giáo dục và Đào tạo hướng dẫn', '- Triển khai các chương trình']) {
      const p = paragraph(start);
      expect(attr(props(p, 'jc'), 'val')).toBe('both');
      expect(attr(props(p, 'ind'), 'firstLine')).toBe('567');
      const spacing = props(p, 'spacing')!;
      expect(Number(attr(spacing, 'before'))).toBeGreaterThanOrEqual(120);
      expect(attr(spacing, 'lineRule')).toBe('auto');
      expect(Number(attr(spacing, 'line'))).toBeGreaterThanOrEqual(240);
      expect(Number(attr(spacing, 'line'))).toBeLessThanOrEqual(360);
    }
    expect(elements(docx.document, 'br')).toEqual([]);
  });

  it('draws the three short rules as paragraph borders, never underscores', () => {
    const rules = paragraphs.filter((p) => props(p, 'pBdr'));
    expect(rules).toHaveLength(3);
    for (const rule of rules) {
      expect(paragraphText(rule)).toBe('');
      expect(attr(child(props(rule, 'pBdr')!, 'bottom'), 'val')).toBe('single');
    }
    expect(docx.parts['word/document.xml']).not.toMatch(/__/);
  });

  it('lays the header and signature out as fixed, borderless tables with their grid', () => {
    const tables = elements(docx.document, 'tbl');
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const tblPr = child(table, 'tblPr')!;
      expect(attr(child(tblPr, 'tblLayout'), 'type')).toBe('fixed');
      const borders = child(tblPr, 'tblBorders')!;
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(attr(child(borders, side), 'val')).toBe('none');
      const grid = elements(table, 'gridCol').map((col) => Number(attr(col, 'w')));
      const widths = elements(elements(table, 'tr')[0]!, 'tcW').map((w) => Number(attr(w, 'w')));
      expect(widths).toEqual(grid);
      for (const row of elements(table, 'tr')) expect(elements(row, 'cantSplit')).toHaveLength(1);
    }
    const [header, signature] = tables as [Element, Element];
    const [left, right] = elements(header, 'gridCol').map((col) => Number(attr(col, 'w')));
    expect(left! / (left! + right!)).toBeGreaterThan(0.33);
    expect(left! / (left! + right!)).toBeLessThan(0.45);
    const [sigLeft, sigRight] = elements(signature, 'gridCol').map((col) => Number(attr(col, 'w')));
    expect(sigLeft! / (sigLeft! + sigRight!)).toBeCloseTo(0.42, 2);
  });

  it('keeps the last body paragraph with the signature table', () => {
    const last = paragraph('Trong quá trình thực hiện nếu có vướng mắc');
    expect(props(last, 'keepNext')).toBeDefined();
    const signatureParagraphs = elements(elements(docx.document, 'tbl')[1]!, 'p');
    for (const p of signatureParagraphs) expect(props(p, 'keepNext')).toBeDefined();
  });
});
