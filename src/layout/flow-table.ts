// A table of the content (with its grid) on pages: rows in bands that stay together (rows a merged cell spans, a group
// row and the row under it), the header rows again at the top of every page the table runs onto, a row taller than a
// page split line by line, and the grid drawn as lines on the cells' edges.
import { packedMap } from '../packed-map';
import { flowingCell, placeFlowingLines, restHeight, type FlowingCell } from './flow-merged-cell';
import type { PlacedItem } from './flow-pages';
import { placeRow, rowStart, setRow, type SetRow } from './flow-row';
import type { ResolvedTable } from './resolved-document';
import { markArtifacts, paragraphHeight, placeLine, type SetParagraph } from './set-paragraph';

export interface SetTable {
  table: ResolvedTable;
  x: number;
  rows: SetRow[];
  /** Each row's height: its own cells', the last row of a merged cell grown to hold that cell's text. */
  heights: number[];
  /** Runs of rows that stay on one page: [from, to) and their height. The header's come first. */
  bands: Array<{ from: number; to: number; heightPt: number }>;
  headerBands: number;
  headerPt: number;
}

const cellHeight = (cell: SetParagraph[]) => cell.reduce((sum, p) => sum + paragraphHeight(p), 0);

export function setTable(table: ResolvedTable, x: number): SetTable {
  const rows = packedMap(table.rows, (row) => setRow(row, x + table.indentPt, table.cellPaddingPt));
  // Office suites add each row's top line to its height (its text starts under it), and the bottom line to the last
  // row's: measured on LibreOffice's PDF, 0.5 pt a row.
  const border = table.grid!.borderPt;
  const heights = rows.map((row) => row.heightPt + border);
  rows.forEach((row, r) =>
    row.row.cells.forEach((cell, c) => {
      if (!cell.rowSpan || row.row.spanBreaks) return; // rows that part at a page break: grown as they are placed
      const last = r + cell.rowSpan - 1;
      const spanned = heights.slice(r, last + 1).reduce((a, b) => a + b, 0) - border;
      const needed = cellHeight(row.cells[c]!);
      if (needed > spanned) heights[last]! += needed - spanned;
    }),
  );
  heights[heights.length - 1]! += border;
  const bands: SetTable['bands'] = [];
  let headerBands = 0;
  for (let from = 0; from < rows.length; ) {
    let to = from + 1;
    for (let r = from; r < to; r++) {
      // Rows a merged cell spans that are taller than a page together are not held: each row is a band of its own.
      if (!rows[r]!.row.spanBreaks) for (const cell of rows[r]!.row.cells) to = Math.max(to, r + (cell.rowSpan ?? 1));
      // A row that may split is not held: the group row then goes where that row's first lines go.
      if (rows[r]!.row.keepNext && r + 1 === to && rows[to]?.row.cantSplit) to++;
    }
    bands.push({ from, to, heightPt: heights.slice(from, to).reduce((a, b) => a + b, 0) });
    if (rows[from]!.row.header) headerBands++;
    from = to;
  }
  const headerPt = bands.slice(0, headerBands).reduce((sum, band) => sum + band.heightPt, 0);
  return { table, x: x + table.indentPt, rows, heights, bands, headerBands, headerPt };
}

/** The height a band needs on a page: the bottom line under it too (the last band's height has it already). */
function bandRoom(set: SetTable, band: SetTable['bands'][number]): number {
  return band.heightPt + (band.to === set.rows.length ? 0 : set.table.grid!.borderPt);
}

/** What must share a page with the table's start: its header rows and the first body band (or that row's first lines). */
export function tableHead(set: SetTable): number {
  const first = set.bands[set.headerBands];
  if (!first) return set.headerPt;
  const row = set.rows[first.from]!;
  return set.headerPt + (row.row.cantSplit || first.to - first.from > 1 ? bandRoom(set, first) : rowStart(row) + set.table.grid!.borderPt);
}

/** Where the flow stands: the page being filled and how to start the next one. */
export interface PageCursor {
  y: number;
  readonly top: number;
  readonly limit: number;
  readonly items: PlacedItem[];
  newPage(): void;
}

export function placeTable(set: SetTable, cursor: PageCursor): void {
  const { top, limit } = cursor;
  /** The line at the top of the next band is drawn already (by the band above it, on this page). */
  let closed = false;
  /**
   * Where the last band ended without its bottom line, because the next row continues a merged cell: the next row
   * draws its top line around that cell on this page, or this bottom line closes the page (as LibreOffice draws it).
   */
  let openBottom: { r: number; y: number } | undefined;
  const border = set.table.grid!.borderPt;
  /** The cells merged down over rows that part at a page break, whose text goes on where their rows go. */
  const flowing: FlowingCell[] = [];
  const ownHeights = set.heights.slice();
  /** The last row such a cell spans grows to hold the cell's text left for it, from where it starts. */
  const grow = (band: SetTable['bands'][number]) => {
    const ending = flowing.filter((cell) => cell.last === band.from);
    if (!ending.length) return;
    const lastBorder = band.to === set.rows.length ? border : 0;
    band.heightPt = set.heights[band.from] = Math.max(ownHeights[band.from]!, ...ending.map((cell) => cell.top + restHeight(cell) + lastBorder - cursor.y));
  };
  /** The rest of the text of the cells whose last row the band is goes in that row. */
  const finishFlowing = (band: SetTable['bands'][number]) => {
    for (const cell of flowing.filter((cell) => cell.last === band.from)) placeFlowingLines(cell, Infinity, cursor.items);
    flowing.splice(0, flowing.length, ...flowing.filter((cell) => cell.last !== band.from));
  };
  const repeatHeader = () => {
    for (const band of set.bands.slice(0, set.headerBands)) {
      placeBand(set, band, cursor, closed);
      closed = true;
    }
  };
  const startPage = () => {
    if (openBottom) bottomLine(set, openBottom.r, openBottom.y, cursor.items);
    openBottom = undefined;
    for (const cell of flowing) placeFlowingLines(cell, cursor.y, cursor.items);
    cursor.newPage();
    closed = false;
    const from = cursor.items.length;
    repeatHeader();
    // The header's text is the table's once: drawn again, it is an artifact to the PDF's structure.
    markArtifacts(cursor.items.slice(from));
    for (const cell of flowing) cell.top = cursor.y + border;
  };
  // The header and the first body band move to the next page together when they do not fit here.
  if (cursor.y > top && cursor.y + tableHead(set) > limit) cursor.newPage();
  set.bands.forEach((band, b) => {
    if (b < set.headerBands) {
      placeBand(set, band, cursor, closed);
      closed = true;
      return;
    }
    const row = set.rows[band.from]!;
    const splits = band.to - band.from === 1 && !row.row.cantSplit;
    const pageTop = top + set.headerPt;
    // A band that does not fit moves to the next page, unless it already starts one; a row that may split moves
    // only when its first lines do not fit.
    grow(band);
    const room = bandRoom(set, band);
    if (cursor.y + room > limit && cursor.y > pageTop + 1e-6 && (!splits || cursor.y + set.table.grid!.borderPt + rowStart(row) > limit)) {
      startPage();
      grow(band);
    }
    if (!splits || cursor.y + bandRoom(set, band) <= limit) {
      const open = set.rows[band.to]?.row.cells.some((cell) => cell.merged) === true;
      placeBand(set, band, cursor, closed, open, flowing);
      finishFlowing(band);
      closed = !open;
      openBottom = open ? { r: band.to - 1, y: cursor.y + set.table.grid!.borderPt / 2 } : undefined;
      return;
    }
    openBottom = undefined;
    // A row taller than what is left of the page: split line by line, the header repeated above each part.
    const placed = placeRow(row, cursor.y + set.table.grid!.borderPt, { top: pageTop + set.table.grid!.borderPt, limit }, true);
    placed.pages.forEach((items, index) => {
      const partTop = index === 0 ? cursor.y : pageTop;
      if (index > 0) startPage();
      cursor.items.push(...items);
      const partBottom = index === placed.pages.length - 1 ? placed.bottom : (placed.ends[index] ?? limit);
      gridLines(set, band.from, partTop, partBottom, index === 0 ? !closed : set.headerBands === 0, cursor.items);
    });
    cursor.y = placed.bottom;
    finishFlowing(band); // (a row taller than a page among them: what is left of the merged cell, on its last part)
    closed = true;
  });
}

/** Places a band's rows from the cursor down, the text of a merged cell over all the rows it spans. */
function placeBand(set: SetTable, band: SetTable['bands'][number], cursor: PageCursor, closed: boolean, openEnd = false, flowing: FlowingCell[] = []): void {
  let y = cursor.y;
  const border = set.table.grid!.borderPt;
  for (let r = band.from; r < band.to; r++) {
    const row = set.rows[r]!;
    row.row.cells.forEach((cell, c) => {
      if (cell.merged) return;
      const last = r + (cell.rowSpan ?? 1);
      // The room for the text: under the cell's top line, above the table's bottom line.
      const span = set.heights.slice(r, last).reduce((a, b) => a + b, 0) - border - (last === set.rows.length ? border : 0);
      const content = row.cells[c]!;
      // Its rows part at a page break: its text goes on where they go (placed from placeTable).
      if (row.row.spanBreaks && cell.rowSpan) return void flowing.push(flowingCell(content, last - 1, y + border));
      let lineTop = y + border + (cell.vAlignCenter ? Math.max(0, (span - cellHeight(content)) / 2) : 0);
      for (const paragraph of content) {
        lineTop += paragraph.paragraph.spaceBeforePt;
        paragraph.lines.forEach((line, index) => {
          placeLine(paragraph, index, lineTop, cursor.items);
          lineTop += line.heightPt;
        });
        lineTop += paragraph.paragraph.spaceAfterPt;
      }
    });
    gridLines(set, r, y, y + set.heights[r]!, r > band.from || !closed, cursor.items, r + 1 < band.to || openEnd);
    y += set.heights[r]!;
  }
  cursor.y = y;
}

/**
 * The grid of one row (or of its part on a page) from `y1` to `y2`: a line on the left edge of every cell and the
 * table's right edge, the top edge of every cell not covered by a cell merged down (when `drawTop`), and the bottom
 * edge across the table unless the band goes on (the next row draws its own top).
 */
function gridLines(set: SetTable, r: number, y1: number, y2: number, drawTop: boolean, out: PlacedItem[], bandGoesOn = false): void {
  const thicknessPt = set.table.grid!.borderPt;
  const half = thicknessPt / 2;
  // A line lies in the room kept for it: a row's top line under the row's top; the bottom line above the end of the
  // table's last row, under the end of any other (where the next row's top line would be).
  const top = y1 + half;
  const bottom = r === set.rows.length - 1 ? y2 - half : y2 + half;
  const cells = set.table.rows[r]!.cells;
  let x = set.x;
  for (const cell of cells) {
    out.push({ kind: 'rule', x1: x, x2: x, y: y1, y2: bottom + half, thicknessPt });
    if (drawTop && !cell.merged) out.push({ kind: 'rule', x1: x - half, x2: x + cell.widthPt + half, y: top, thicknessPt });
    x += cell.widthPt;
  }
  out.push({ kind: 'rule', x1: x, x2: x, y: y1, y2: bottom + half, thicknessPt });
  if (!bandGoesOn) out.push({ kind: 'rule', x1: set.x - half, x2: x + half, y: bottom, thicknessPt });
}

/** The line across the table at `y`, under row `r`, the last on its page. */
function bottomLine(set: SetTable, r: number, y: number, out: PlacedItem[]): void {
  const thicknessPt = set.table.grid!.borderPt;
  const x2 = set.table.rows[r]!.cells.reduce((x, cell) => x + cell.widthPt, set.x);
  out.push({ kind: 'rule', x1: set.x - thicknessPt / 2, x2: x2 + thicknessPt / 2, y, thicknessPt });
}
