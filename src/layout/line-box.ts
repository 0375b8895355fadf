// Height of a line and where its baseline sits, as Word and LibreOffice compute them from the font's metrics.
import { descent, singleLineHeight } from '../fonts/font-metrics';
import type { LineSpacing } from './resolved-document';

export interface LineBox {
  heightPt: number;
  /** Distance from the top of the line to its baseline. */
  baselinePt: number;
}

export function lineBox(sizePt: number, spacing: LineSpacing): LineBox {
  const single = singleLineHeight(sizePt);
  // The font's line gap sits above the ascent, as LibreOffice sets a line (measured on its PDF export).
  const gapAndAscent = single - descent(sizePt);
  if (spacing.rule === 'exact') {
    // A fixed line keeps the descent at the bottom; the difference goes above (or is cut from) the ascent.
    return { heightPt: spacing.pt, baselinePt: spacing.pt - descent(sizePt) };
  }
  // The extra room of a proportional line goes below the text: the baseline stays where a single line has it.
  return { heightPt: single * spacing.value, baselinePt: gapAndAscent };
}
