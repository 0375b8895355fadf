// Layout of the header (ô 1–4): the agency and number on the left, national title, motto and place-date on the right.
import { ascent, textWidth } from '../fonts/font-metrics';
import { diagnostic, PlanError } from '../errors';
import { say } from '../i18n/language';
import type { HeaderBlock } from '../model/document-model';
import { type LayoutContext, longestLine, paragraph, ruleParagraph, run, twipParagraph } from './paragraph-parts';
import { marksAbove, marksUnderNumber } from './resolve-marks';
import { mm, type ResolvedRow, type ResolvedTable } from './resolved-document';

/** The header's two columns and how far the table reaches into the left margin, for the given right-column lines. */
export function headerColumns(block: Pick<HeaderBlock, 'nation' | 'motto' | 'placeDate'>, ctx: LayoutContext): { leftPt: number; rightPt: number; overhangPt: number; nationWidth: number } {
  const { theme, paddingPt } = ctx;
  const s = theme.sizesPt;
  const nationWidth = textWidth(block.nation, { bold: true, italic: false }, s.nation);
  const rightNeeded = Math.max(
    nationWidth,
    textWidth(block.motto, { bold: true, italic: false }, s.motto),
    textWidth(block.placeDate, { bold: false, italic: true }, s.placeDate),
  ) + 2 * paddingPt + mm(theme.headerSlackMm);
  // The right column grows for a long place-date line (reaching into the left margin first), but never
  // squeezes the left column below its minimum: a place-date longer than that wraps instead.
  const maxOverhangPt = mm(theme.headerMaxOverhangMm);
  const maxRightPt = ctx.textWidthPt + maxOverhangPt - mm(theme.headerLeftColumnMinMm);
  const rightPt = Math.min(maxRightPt, Math.max(mm(theme.headerRightColumnMm), rightNeeded));
  const overhangPt = Math.min(maxOverhangPt, Math.max(0, rightPt - mm(theme.headerRightColumnMm)));
  return { leftPt: ctx.textWidthPt + overhangPt - rightPt, rightPt, overhangPt, nationWidth };
}

export function resolveHeader(block: HeaderBlock, ctx: LayoutContext): ResolvedTable {
  const { theme, paddingPt } = ctx;
  const s = theme.sizesPt;
  const { leftPt, rightPt, overhangPt, nationWidth } = headerColumns(block, ctx);
  if (nationWidth + 2 * paddingPt > rightPt)
    throw new PlanError([
      diagnostic(
        { file: '(bố cục)', path: 'layout' },
        'error',
        say('quốc hiệu không vừa một dòng ở cột phải của phần đầu văn bản', 'the national title does not fit on one line in the header'),
        say('dùng cỡ chữ 12/13 (layout.sizes: "12/13") hoặc lề trái/phải nhỏ hơn', 'use the 12/13 sizes (layout.sizes: "12/13") or smaller side margins'),
      ),
    ]);

  const leftColumn = leftPt - 2 * paddingPt;
  const rightColumn = rightPt - 2 * paddingPt;
  const centered = { align: 'center' as const };
  // A joint document's partner (liên tịch) is printed under the first issuer in the same form; one rule under both.
  const names = block.partner ? [...block.agency, ...block.partner.agency] : block.agency;
  const agencyRule = theme.shortRuleShare * Math.max(...names.map((line) => longestLine(line, { bold: true, italic: false }, s.agency, leftColumn)));
  const issuer = (parents: string[], agency: string[]) => [
    ...parents.map((line) => paragraph([run(line, s.parentAgency)], s.parentAgency, centered)),
    ...agency.map((line) => paragraph([run(line, s.agency, true)], s.agency, centered)),
  ];
  const left = [
    ...issuer(block.parentAgency, block.agency),
    ...(block.partner ? issuer(block.partner.parentAgency, block.partner.agency) : []),
    // Party and Đoàn documents set a mark ("*", "***") under the agency where the state draws its short rule.
    block.agencyMark ? paragraph([run(block.agencyMark, s.agency)], s.agency, centered) : ruleParagraph(theme, agencyRule, leftColumn),
  ];
  const right = [paragraph([run(block.nation, s.nation, true)], s.nation, centered)];
  // The rule goes under the motto, as long as it; without a motto (Party, Đoàn), under the title, as long as it.
  if (block.motto) right.push(paragraph([run(block.motto, s.motto, true)], s.motto, centered));
  right.push(ruleParagraph(theme, block.motto ? textWidth(block.motto, { bold: true, italic: false }, s.motto) : nationWidth, rightColumn));
  return {
    kind: 'table',
    indentPt: -overhangPt,
    cellPaddingPt: paddingPt,
    rows: [
      ...marksRow(block, ctx, leftPt, rightPt),
      { cantSplit: true, cells: [{ widthPt: leftPt, paragraphs: left }, { widthPt: rightPt, paragraphs: right }] },
      ...numberRow(block, ctx, leftPt, rightPt),
    ],
  };
}

/**
 * The row of the number (with a Công văn's "V/v …" and the marks under it) and the place-date. Either may be left out
 * (Biên bản has no place-date): its cell stays empty; with neither and no marks (an attached document), no row.
 */
function numberRow(block: HeaderBlock, ctx: LayoutContext, leftPt: number, rightPt: number): ResolvedRow[] {
  const { theme } = ctx;
  const s = theme.sizesPt;
  const centered = { align: 'center' as const };
  // Số (13 pt) and the date (14 pt) share a baseline: the smaller text starts lower by the difference in ascent.
  const baselineShift = ascent(s.placeDate) - ascent(s.number);
  const numberCell = [
    ...(block.number ? [paragraph([run(block.number, s.number)], s.number, { ...centered, spaceBeforePt: theme.headerRowGapPt + baselineShift })] : []),
    ...(block.subject ?? []).map((line, index) => paragraph([run(line, theme.subjectSizePt)], theme.subjectSizePt, { ...centered, spaceBeforePt: index === 0 ? theme.subjectSpaceBeforePt : 0 })),
    ...marksUnderNumber(block.marks, theme, leftPt - 2 * ctx.paddingPt),
  ];
  const dateCell = block.placeDate ? [paragraph([run(block.placeDate, s.placeDate, false, true)], s.placeDate, { ...centered, spaceBeforePt: theme.headerRowGapPt })] : [];
  if (numberCell.length === 0 && dateCell.length === 0) return [];
  return [
    {
      cantSplit: true,
      cells: [
        { widthPt: leftPt, paragraphs: numberCell.length ? numberCell : [twipParagraph()] },
        { widthPt: rightPt, paragraphs: dateCell.length ? dateCell : [twipParagraph()] },
      ],
    },
  ];
}

/**
 * The marks above the national title (the draft mark, ô 11), when the plan has any: a first row of the header table,
 * in its right column, so they stand over whatever that column heads with.
 */
function marksRow(block: HeaderBlock, ctx: LayoutContext, leftPt: number, rightPt: number): ResolvedRow[] {
  const above = marksAbove(block.marks, ctx.theme, rightPt - 2 * ctx.paddingPt);
  if (above.length === 0) return [];
  // The left cell needs a paragraph: an empty one a twip high.
  return [{ cantSplit: true, cells: [{ widthPt: leftPt, paragraphs: [twipParagraph()] }, { widthPt: rightPt, paragraphs: above }] }];
}
