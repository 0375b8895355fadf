// A table row set in its cells and placed on pages: whole when it fits, otherwise split line by line, as LibreOffice
// splits a row that may split (and as the DOCX asks Word to: its w:cantSplit is off for such a row).
import { packedMap } from '../packed-map';
import type { PlacedItem } from './flow-pages';
import { lineBox } from './line-box';
import type { ResolvedRow } from './resolved-document';
import { paragraphHeight, placeLine, setParagraph, type SetParagraph } from './set-paragraph';

export interface SetRow {
  row: ResolvedRow;
  cells: SetParagraph[][];
  heightPt: number;
}

export function setRow(row: ResolvedRow, x: number, padding: number): SetRow {
  let cellX = x;
  const cells = packedMap(row.cells, (cell) => {
    const set = packedMap(cell.paragraphs, (p) => setParagraph(p, cellX + padding, cell.widthPt - 2 * padding));
    cellX += cell.widthPt;
    return set;
  });
  // A cell merged down is held by the rows it spans together (flow-table.ts), not by its first row alone.
  const heightPt = Math.max(...cells.map((cell, index) => (row.cells[index]!.rowSpan ? 0 : cell.reduce((sum, p) => sum + paragraphHeight(p), 0))));
  return { row, cells, heightPt };
}

/**
 * More than the row's height, from the length of its text alone (no line breaking, which a long table would pay for
 * twice): a line holds at least one word, or, where a word is broken, a full line of letters none wider than 1.5 em.
 */
export function rowHeightBound(row: ResolvedRow, padding: number): number {
  let highest = 0;
  for (const cell of row.cells) {
    let height = 0;
    for (const p of cell.paragraphs) {
      const inner = Math.max(1, cell.widthPt - 2 * padding - p.indentLeftPt - p.indentRightPt - Math.abs(p.firstLinePt));
      let words = 0;
      let letters = 0;
      let size = p.emptySizePt;
      for (const run of p.runs) {
        words += run.text.split(' ').length;
        letters += run.text.length;
        size = Math.max(size, run.sizePt);
      }
      const lines = words + Math.ceil((letters * 1.5 * size) / inner) + 1;
      height += p.spaceBeforePt + p.spaceAfterPt + lines * lineBox(size, p.lineSpacing).heightPt + (p.bottomRule?.thicknessPt ?? 0);
    }
    highest = Math.max(highest, height);
  }
  return highest;
}

/** The height a row takes on a page when nothing splits it (the layout compares it with the page's body). */
export function rowHeight(row: ResolvedRow, padding: number): number {
  return setRow(row, 0, padding).heightPt;
}

/**
 * A row whose first cell starts with a paragraph kept with the next keeps with what follows: LibreOffice does not
 * split it where it starts (sw/source/core/layout/tabfrm.cxx, SwRowFrame::ShouldRowKeepWithNext, on for Word files)
 * but moves it to the next page, unless it is already at the top of one.
 */
export function rowKeepsWithNext(set: SetRow): boolean {
  return set.cells[0]?.[0]?.paragraph.keepNext ?? false;
}

/** What must share a page with the row's start: all of it when it keeps whole or with what follows, otherwise its first lines. */
export function rowHead(set: SetRow): number {
  return set.row.cantSplit || rowKeepsWithNext(set) ? set.heightPt : rowStart(set);
}

/** The height of the row's first line in each cell (with the space above it): less than that cannot start a row. */
export function rowStart(set: SetRow): number {
  return Math.max(...set.cells.map((cell) => (cell[0] ? cell[0].paragraph.spaceBeforePt + (cell[0].lines[0]?.heightPt ?? 0) : 0)));
}

export interface PlacedRow {
  /** The row's items page by page, from the page it starts on. */
  pages: PlacedItem[][];
  /** Where the row ends on its last page. */
  bottom: number;
  /** Where the row's text ends on each page (a grid's line is drawn under it). */
  ends: number[];
}

/**
 * Places a row from `rowTop`. A row that fits is drawn where it is, cell after cell. One that does not (`split`)
 * breaks each cell on its own: a line that does not fit above `limit` starts the cell's part on the next page, at
 * `top` (the cells have no top or bottom padding) plus the space before the paragraph it belongs to, whether it is
 * the paragraph's first line or not (so LibreOffice lays out a cell's part on a new page: measured on its PDF). There is no widow, orphan or keep control inside such a row: LibreOffice disables them in rows that may
 * split (sw/source/core/text/widorp.cxx, "for compatibility reasons"). Word may still keep widows and orphans
 * there (not measured: there is no Word here).
 */
export function placeRow(set: SetRow, rowTop: number, frame: { top: number; limit: number }, split: boolean): PlacedRow {
  const pages: PlacedItem[][] = [[]];
  const ends: number[] = [rowTop];
  let endPage = 0;
  let bottom = rowTop;
  for (const cell of set.cells) {
    let page = 0;
    let y = rowTop;
    /** The cell's part on this page has no line yet (a line that starts a part is placed even if it is too tall). */
    let fresh = rowTop === frame.top;
    for (const paragraph of cell) {
      y += paragraph.paragraph.spaceBeforePt;
      paragraph.lines.forEach((line, index) => {
        if (split && !fresh && y + line.heightPt > frame.limit) {
          page++;
          y = frame.top + paragraph.paragraph.spaceBeforePt;
          pages[page] ??= [];
        }
        placeLine(paragraph, index, y, pages[page]!);
        y += line.heightPt;
        ends[page] = Math.max(ends[page] ?? 0, y);
        fresh = false;
      });
      y += paragraph.paragraph.spaceAfterPt;
    }
    if (page > endPage || (page === endPage && y > bottom)) [endPage, bottom] = [page, y];
  }
  if (!split) bottom = rowTop + set.heightPt;
  return { pages, bottom, ends };
}
