// Rows held together by a cell merged down that are taller than a page together: they part at the page breaks, as
// LibreOffice parts them; a merged cell whose own text is taller than a page is refused.
import { diagnostic, PlanError } from '../errors';
import { say } from '../i18n/language';
import { rowHeightBound } from './flow-row';
import { setTable } from './flow-table';
import type { ResolvedCell, ResolvedTable } from './resolved-document';
import { paragraphHeight } from './set-paragraph';

/**
 * The rows a cell merged down spans stay on one page (flow-table.ts) when they fit on one; rows taller than a page
 * together part at a page break instead, as LibreOffice parts them when they are not kept together (measured: each row
 * goes where it fits, the merged cell's text fills its part on each page and goes on in the next, the header
 * repeated). The last row grows to hold what is left of the cell's text; when that cannot fit on a page, refused.
 */
export function partTallMergedRows(table: ResolvedTable, bodyPt: number): void {
  if (!table.rows.some((row) => row.cells.some((cell) => cell.rowSpan))) return; // the common case: nothing to set twice
  // A bound first, for each run of rows merged cells hold together (and the header): a row's bound covers its own
  // cells and the merged cells it starts, and a merged cell adds at most its text to the rows it spans, so twice the
  // rows' bounds (and their lines) cover the run.
  const border = table.grid!.borderPt;
  const rowBound = (row: ResolvedTable['rows'][number]) => 2 * rowHeightBound(row, table.cellPaddingPt) + border;
  const headerRows = table.rows.filter((row) => row.header);
  const header = headerRows.reduce((sum, row) => sum + rowBound(row), 0);
  for (let from = headerRows.length, to = from + 1; from < table.rows.length; from = to, to = from + 1) {
    for (let r = from; r < to; r++) for (const cell of table.rows[r]!.cells) to = Math.max(to, r + (cell.rowSpan ?? 1));
    if (to - from < 2 || header + table.rows.slice(from, to).reduce((sum, row) => sum + rowBound(row), border) <= bodyPt) continue;
    // Measured as the flow sets them (a merged cell's text may make the last row it spans taller): the header and
    // these rows only, as a table of their own, whose last row has the bottom line the page would draw under them.
    const set = setTable({ ...table, rows: [...headerRows, ...table.rows.slice(from, to)] }, 0);
    const band = set.bands[set.headerBands]!;
    if (set.headerPt + band.heightPt <= bodyPt) continue;
    // The cell's text fills the rows above its last on whatever pages they go (less a line at each break, at most);
    // the last row holds the rest, and cannot when that is taller than a page under the header.
    set.rows.forEach((row, r) =>
      row.row.cells.forEach((cell, c) => {
        if (!cell.rowSpan) return;
        const lines = row.cells[c]!.flatMap((p) => p.lines.map((line) => line.heightPt));
        const above = set.heights.slice(r, r + cell.rowSpan - 1).reduce((sum, height) => sum + height - border - Math.max(...lines), 0);
        const textPt = row.cells[c]!.reduce((sum, p) => sum + paragraphHeight(p), 0);
        if (set.headerPt + textPt - Math.max(0, above) + 2 * border > bodyPt) throwTallMerged(table, cell, from, to);
      }),
    );
    // The DOCX then asks Word and LibreOffice for no keep-with-next on these rows either.
    for (const row of table.rows.slice(from, to)) {
      row.spanBreaks = true;
      for (const cell of row.cells) for (const paragraph of cell.paragraphs) paragraph.keepNext = false;
    }
  }
}

/** A cell merged down over rows `from` to `to` (0-based, the header counted) of a table is taller than a page. */
function throwTallMerged(table: ResolvedTable, merged: ResolvedCell, from: number, to: number): never {
  const headerRows = table.rows.filter((row) => row.header).length;
  const [first, last] = [from + 1 - headerRows, to - headerRows];
  const whole = merged.paragraphs.flatMap((p) => p.runs.map((run) => run.text)).join('');
  const text = whole.length > 40 ? `${whole.slice(0, 40)}…` : whole;
  throw new PlanError([
    diagnostic(
      { file: '(bố cục)', path: 'layout' },
      'error',
      say(
        `ô "${text}" gộp các hàng ${first}–${last} của một bảng (rowspan) cao hơn một trang, nên không tiếp tục được sang trang sau`,
        `the cell "${text}" merging rows ${first}–${last} of a table (rowspan) is taller than a page, so it cannot go on onto the next page`,
      ),
      say('viết ngắn ô đó, hoặc chia nội dung của nó cho các hàng (rowspan nhỏ hơn)', 'shorten that cell, or share its text among the rows (a smaller rowspan)'),
    ),
  ]);
}
