// Height of a line and where its baseline sits, as Word and LibreOffice compute them from the font's metrics.
import { descent, singleLineHeight } from '../fonts/font-metrics';
import type { LineSpacing } from './resolved-document';

export interface LineBox {
  heightPt: number;
  /** Distance from the top of the line to its baseline. */
  baselinePt: number;
  /**
   * The line's height as LibreOffice counts it when it fills a page: in whole twips, a single line rounded and a
   * proportional one cut down to the twip (13 pt at 1.15: 343 twips = 17.15 pt against 17.19 pt exactly, so a page
   * of 40 lines holds 1.6 pt more than exact heights say). The lines are still drawn at `heightPt`.
   */
  fitPt: number;
  /**
   * What of the line must fit above the page's bottom margin when it ends the page, as LibreOffice counts it: the
   * extra room of a proportional line, below the text, may hang past the margin; the text's single line may not.
   */
  textPt: number;
}

const twipsPerPt = 20;

export function lineBox(sizePt: number, spacing: LineSpacing): LineBox {
  const single = singleLineHeight(sizePt);
  // The font's line gap sits above the ascent, as LibreOffice sets a line (measured on its PDF export).
  const gapAndAscent = single - descent(sizePt);
  if (spacing.rule === 'exact') {
    // A fixed line keeps the descent at the bottom; the difference goes above (or is cut from) the ascent.
    const fitPt = Math.round(spacing.pt * twipsPerPt) / twipsPerPt;
    return { heightPt: spacing.pt, baselinePt: spacing.pt - descent(sizePt), fitPt, textPt: fitPt };
  }
  // The extra room of a proportional line goes below the text: the baseline stays where a single line has it.
  const singleTwips = Math.round(single * twipsPerPt);
  const fitTwips = Math.floor((singleTwips * Math.round(spacing.value * 100)) / 100);
  return { heightPt: single * spacing.value, baselinePt: gapAndAscent, fitPt: fitTwips / twipsPerPt, textPt: Math.min(singleTwips, fitTwips) / twipsPerPt };
}
