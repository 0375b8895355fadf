// The text of a cell merged down over rows that part at a page break: it fills the cell's part on each page and goes
// on in the part on the next page, the last row grown to hold what is left (as LibreOffice draws it: measured).
import type { PlacedItem } from './flow-pages';
import { placeLine, type SetParagraph } from './set-paragraph';

export interface FlowingCell {
  /** The last row the cell spans. */
  last: number;
  lines: Array<{ paragraph: SetParagraph; index: number; before: number; heightPt: number; after: number }>;
  /** The first line not placed yet, and where the cell's part on this page starts (under its top line). */
  next: number;
  top: number;
}

export function flowingCell(content: SetParagraph[], last: number, top: number): FlowingCell {
  const lines = content.flatMap((paragraph) =>
    paragraph.lines.map((line, index) => ({
      paragraph,
      index,
      before: index === 0 ? paragraph.paragraph.spaceBeforePt : 0,
      heightPt: line.heightPt,
      after: index === paragraph.lines.length - 1 ? paragraph.paragraph.spaceAfterPt : 0,
    })),
  );
  return { last, lines, next: 0, top };
}

/** The height the lines not placed yet take. */
export function restHeight(cell: FlowingCell): number {
  return cell.lines.slice(cell.next).reduce((sum, line) => sum + line.before + line.heightPt + line.after, 0);
}

/** Places the lines that fit in the cell's part on this page, down to `bottom`; the rest wait for the next part. */
export function placeFlowingLines(cell: FlowingCell, bottom: number, out: PlacedItem[]): void {
  let y = cell.top;
  for (; cell.next < cell.lines.length; cell.next++) {
    const line = cell.lines[cell.next]!;
    if (y + line.before + line.heightPt > bottom + 1e-6) break;
    placeLine(line.paragraph, line.index, y + line.before, out);
    y += line.before + line.heightPt + line.after;
  }
}
