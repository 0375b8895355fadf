// Layout of the marks of page 1 (Decree 30, ô 10a, 10b, 11 and the draft mark): framed lines in the header's columns.
import { singleLineHeight, textWidth } from '../fonts/font-metrics';
import { stampHeightMm, stampWidthMm } from '../decree/marks';
import type { HeaderMarks } from '../model/document-model';
import { paragraph, run } from './paragraph-parts';
import { mm, frameWidth, type ParagraphFrame, type ResolvedParagraph } from './resolved-document';
import type { Theme } from './theme';

/**
 * A framed line of bold capitals, centred in its column: as wide as the decree's stamp for secrecy and urgency (20, 30
 * or 40 mm), otherwise as wide as its words and the theme's padding; 8 mm high, the stamps' height. The height is
 * made by the padding above and below and a line spacing a little over single (whole 240ths of a line, as the DOCX
 * writes it), since w:space takes whole points only.
 */
export function framedMark(text: string, theme: Theme, columnPt: number, double: boolean, spaceBeforePt: number): ResolvedParagraph {
  const sizePt = theme.markSizePt;
  const padding = theme.markFramePaddingPt;
  const frame: ParagraphFrame = { thicknessPt: theme.markFramePt, double, paddingPt: double ? padding.double : padding.single, sidePaddingPt: padding.side };
  const border = frameWidth(frame);
  const words = textWidth(text, { bold: true, italic: false }, sizePt);
  // The frame holds the words with room to spare on each side (LibreOffice may set the text inside the padding).
  const fitted = words + 2 * mm(theme.markSidePaddingMm) + 2 * border;
  const outerPt = Math.min(columnPt, Math.max(mm(stampWidthMm(text) ?? 0), fitted));
  const side = (columnPt - outerPt) / 2 + border + frame.sidePaddingPt;
  const lineTarget = mm(stampHeightMm) - 2 * (border + frame.paddingPt);
  const multiple = Math.max(1, Math.round((lineTarget / singleLineHeight(sizePt)) * 240) / 240);
  return {
    ...paragraph([run(text, sizePt, true)], sizePt, {
      align: 'center',
      indentLeftPt: side,
      indentRightPt: side,
      spaceBeforePt,
      lineSpacing: { rule: 'multiple', value: multiple },
      keepLines: true,
    }),
    frame,
  };
}

/** The marks above the national title (the draft mark, then ô 11), in the header's right column. */
export function marksAbove(marks: HeaderMarks | undefined, theme: Theme, columnPt: number): ResolvedParagraph[] {
  const texts = [marks?.draft, marks?.circulation].filter((text): text is string => text !== undefined);
  const out = texts.map((text, index) => framedMark(text, theme, columnPt, false, index === 0 ? 0 : theme.markGapPt));
  if (out.length) out[out.length - 1]!.spaceAfterPt = theme.markGapPt;
  return out;
}

/** The marks under the number (ô 10a secrecy, its stamp's two lines, then ô 10b urgency), in the left column. */
export function marksUnderNumber(marks: HeaderMarks | undefined, theme: Theme, columnPt: number): ResolvedParagraph[] {
  const out: ResolvedParagraph[] = [];
  if (marks?.secrecy) out.push(framedMark(marks.secrecy, theme, columnPt, true, theme.markGapPt));
  if (marks?.urgency) out.push(framedMark(marks.urgency, theme, columnPt, false, theme.markGapPt));
  return out;
}
