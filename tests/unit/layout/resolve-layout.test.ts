import { describe, expect, it } from '@jest/globals';
import { textWidth } from '../../../src/fonts/font-metrics';
import type { DocumentModel } from '../../../src/model/document-model';
import { resolveLayout } from '../../../src/layout/resolve-layout';
import { mm, type ResolvedParagraph, type ResolvedTable } from '../../../src/layout/resolved-document';
import { makeTheme } from '../../../src/layout/theme';
import { makePlan, modelOf } from '../fixtures';

const bold = { bold: true, italic: false };
const theme = makeTheme({ sizes: '13/14', firstLineIndentCm: 1 });
const model: DocumentModel = modelOf(makePlan({ summary: 'Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020' }));
const resolved = resolveLayout(model, theme);
const header = resolved.sections[0]!.blocks[0] as ResolvedTable;
const textWidthPt = mm(210 - 30 - 15);
const padding = mm(theme.cellPaddingMm);

/** Length of the rule a rule paragraph draws in a column of the given width. */
const ruleLength = (p: ResolvedParagraph, columnPt: number) => columnPt - p.indentLeftPt - p.indentRightPt;
const ruleOf = (paragraphs: readonly ResolvedParagraph[]) => {
  const found = paragraphs.find((p) => p.bottomRule !== null);
  if (!found) throw new Error('no rule paragraph');
  return found;
};

describe('resolveLayout: page', () => {
  it('is A4 in points with the theme margins', () => {
    expect(resolved.sections[0]!.page.widthPt).toBeCloseTo(595.28, 2);
    expect(resolved.sections[0]!.page.heightPt).toBeCloseTo(841.89, 2);
    expect(resolved.sections[0]!.page.margins.top).toBeCloseTo(56.69, 2);
    expect(resolved.sections[0]!.page.margins.bottom).toBeCloseTo(56.69, 2);
    expect(resolved.sections[0]!.page.margins.left).toBeCloseTo(85.04, 2);
    expect(resolved.sections[0]!.page.margins.right).toBeCloseTo(42.52, 2);
    expect(resolved.sections[0]!.page.headerDistancePt).toBeCloseTo(28.35, 2);
  });

  it('follows margins given in the plan', () => {
    const page = resolveLayout(model, makeTheme({ sizes: '13/14', margins: { top: 25, bottom: 22, left: 35, right: 20 }, firstLineIndentCm: 1 })).sections[0]!.page;
    expect(page.margins.top).toBeCloseTo(mm(25), 10);
    expect(page.margins.bottom).toBeCloseTo(mm(22), 10);
    expect(page.margins.left).toBeCloseTo(mm(35), 10);
    expect(page.margins.right).toBeCloseTo(mm(20), 10);
  });

  it('carries the metadata', () => {
    expect(resolved.meta).toEqual(model.meta);
  });
});

describe('resolveLayout: header', () => {
  const [top, bottom] = header.rows;
  const [left, right] = top!.cells;

  it('is a two-row, two-column table that never splits, spanning the text width', () => {
    expect(header.kind).toBe('table');
    expect(header.rows.map((row) => [row.cantSplit, row.cells.length])).toEqual([[true, 2], [true, 2]]);
    expect(left!.widthPt + right!.widthPt + header.indentPt).toBeCloseTo(textWidthPt, 6);
    expect(bottom!.cells.map((c) => c.widthPt)).toEqual([left!.widthPt, right!.widthPt]);
  });

  it('has a right column at least as wide as the national title', () => {
    const nation = textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold, 13);
    expect(right!.widthPt).toBeGreaterThanOrEqual(nation + 2 * padding);
    expect(right!.widthPt).toBeGreaterThanOrEqual(mm(100) - 1e-9);
    expect(right!.paragraphs.map((p) => p.runs.map((r) => [r.text, r.sizePt, r.bold]))).toEqual([
      [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true]],
      [['Độc lập - Tự do - Hạnh phúc', 14, true]],
      [],
    ]);
  });

  it('underlines the agency name with a rule of 1/3 to 1/2 of its length', () => {
    const agencyWidth = textWidth('SỞ GIÁO DỤC VÀ ĐÀO TẠO', bold, 13);
    const share = ruleLength(ruleOf(left!.paragraphs), left!.widthPt - 2 * padding) / agencyWidth;
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
  });

  it('underlines the motto with a rule as long as the motto', () => {
    const mottoWidth = textWidth('Độc lập - Tự do - Hạnh phúc', bold, 14);
    expect(ruleLength(ruleOf(right!.paragraphs), right!.widthPt - 2 * padding)).toBeCloseTo(mottoWidth, 6);
  });

  it('puts the number left and the italic place-date right, on one baseline', () => {
    const [numberCell, dateCell] = bottom!.cells;
    const number = numberCell!.paragraphs[0]!;
    const date = dateCell!.paragraphs[0]!;
    expect(number.runs).toEqual([{ text: 'Số:       /KH-SGDĐT', sizePt: 13, bold: false, italic: false }]);
    expect(date.runs).toEqual([{ text: 'Hà Nội, ngày 18 tháng 9 năm 2020', sizePt: 14, bold: false, italic: true }]);
    // The 13 pt number starts lower than the 14 pt date by the difference of their ascents.
    expect(number.spaceBeforePt).toBeGreaterThan(date.spaceBeforePt);
  });
});

describe('resolveLayout: title and body', () => {
  const paragraphs = resolved.sections[0]!.blocks.filter((b): b is ResolvedParagraph => b.kind === 'paragraph');

  it('centres the bold type name and trích yếu, with a rule of 1/3 to 1/2 under the trích yếu', () => {
    const [name, summary, rule] = paragraphs;
    expect(name!.runs).toEqual([{ text: 'KẾ HOẠCH', sizePt: 14, bold: true, italic: false }]);
    expect([name!.align, summary!.align]).toEqual(['center', 'center']);
    expect(summary!.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
    const summaryWidth = textWidth('Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020', bold, 14);
    const share = ruleLength(rule!, textWidthPt) / summaryWidth;
    expect(rule!.bottomRule).not.toBeNull();
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
  });

  it('sets body paragraphs justified with the first-line indent and headings kept with the next', () => {
    const heading = paragraphs.find((p) => p.runs[0]?.text === '1. Mục đích')!;
    const body = paragraphs.find((p) => p.runs[0]?.text === 'Nâng cao nhận thức.')!;
    expect(heading).toMatchObject({ align: 'justify', keepNext: true, keepLines: true });
    expect(heading.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
    expect(body).toMatchObject({ align: 'justify', spaceBeforePt: 6, lineSpacing: { rule: 'multiple', value: 1.15 } });
    expect(body.firstLinePt).toBeCloseTo(mm(10), 10);
    expect(body.runs[0]).toMatchObject({ bold: false, italic: false });
  });

  it('keeps the paragraph before the signature with it', () => {
    const last = resolved.sections[0]!.blocks[resolved.sections[0]!.blocks.length - 1]!;
    const beforeLast = resolved.sections[0]!.blocks[resolved.sections[0]!.blocks.length - 2]!;
    expect(last.kind).toBe('table');
    expect(beforeLast).toMatchObject({ kind: 'paragraph', keepNext: true });
  });

  it('sets the signature in two columns, 42 % for Nơi nhận', () => {
    const signature = resolved.sections[0]!.blocks[resolved.sections[0]!.blocks.length - 1] as ResolvedTable;
    const [left, right] = signature.rows[0]!.cells;
    expect(left!.widthPt).toBeCloseTo(textWidthPt * 0.42, 6);
    expect(left!.widthPt + right!.widthPt).toBeCloseTo(textWidthPt, 6);
    expect(left!.paragraphs.map((p) => p.runs[0]!.text)).toEqual(['Nơi nhận:', '- Giám đốc (để b/c);', '- Các phòng;', '- Lưu: VT, P.GDTX.']);
    expect(left!.paragraphs[0]!.runs[0]).toMatchObject({ sizePt: 12, bold: true, italic: true });
    expect(left!.paragraphs[1]!.runs[0]).toMatchObject({ sizePt: 11, bold: false });
    expect(right!.paragraphs.map((p) => p.runs[0]!.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn A']);
  });
});

describe('resolveLayout: a very long place-date line', () => {
  it('never squeezes the agency column below 60 mm; the date wraps instead', () => {
    const long = modelOf(makePlan({ place: 'Thành phố Hồ Chí Minh, Thành phố Hồ Chí Minh, Thành phố Hồ Chí Minh' }));
    const table = resolveLayout(long, theme).sections[0]!.blocks[0] as ResolvedTable;
    const [left, right] = table.rows[0]!.cells.map((cell) => cell.widthPt);
    expect(left).toBeCloseTo(mm(60), 3);
    expect(left! + right!).toBeCloseTo(textWidthPt + mm(theme.headerMaxOverhangMm), 3);
  });
});
