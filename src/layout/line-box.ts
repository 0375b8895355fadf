// Height of a line and where its baseline sits, as Word and LibreOffice compute them from the font's metrics.
import { ascent, singleLineHeight } from '../fonts/font-metrics';
import type { LineSpacing } from './resolved-document';

export interface LineBox {
  heightPt: number;
  /** Distance from the top of the line to its baseline. */
  baselinePt: number;
}

export function lineBox(sizePt: number, spacing: LineSpacing): LineBox {
  const single = singleLineHeight(sizePt);
  if (spacing.rule === 'exact') {
    // A fixed line keeps the descent at the bottom; the difference goes above (or is cut from) the ascent.
    return { heightPt: spacing.pt, baselinePt: spacing.pt - (single - ascent(sizePt)) };
  }
  const heightPt = single * spacing.value;
  // Extra leading of a proportional line goes above the text, as in Word.
  return { heightPt, baselinePt: heightPt - (single - ascent(sizePt)) };
}
