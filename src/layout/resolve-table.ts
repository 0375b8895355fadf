// A table of the content resolved: column widths in whole twips filling the text width, each row's cells on the grid
// (cells merged down continue as covered places), the text at the table's size, the header bold and centred.
import type { TableBlock, TextAlign } from '../model/document-model';
import { layGrid } from '../model/table-grid';
import { packedMap } from '../packed-map';
import { mm, type ResolvedCell, type ResolvedParagraph, type ResolvedRun, type ResolvedTable } from './resolved-document';
import type { Theme } from './theme';

/**
 * The columns' widths in points, each a whole number of twips (the DOCX's unit) so that office suites lay out the
 * same widths: "*" columns share what the fixed ones leave; without a "*", the widths are stretched (or shrunk) in
 * proportion to fill the text width exactly.
 */
export function columnWidths(columns: TableBlock['columns'], widthPt: number): number[] {
  const total = Math.round(widthPt * 20);
  const fixed = columns.reduce((sum, column) => sum + (column.widthMm === null ? 0 : mm(column.widthMm) * 20), 0);
  const stars = columns.filter((column) => column.widthMm === null).length;
  const scale = stars === 0 || fixed > total ? total / fixed : 1;
  const share = stars ? Math.max(0, total - fixed * scale) / stars : 0;
  const twips = columns.map((column) => Math.round(column.widthMm === null ? share : mm(column.widthMm) * 20 * scale));
  // Rounding leaves a twip or two: the last column takes it, so the columns add up to the text width.
  twips[twips.length - 1]! += total - twips.reduce((a, b) => a + b, 0);
  return twips.map((value) => value / 20);
}

type MakeParagraph = (runs: ResolvedRun[], sizePt: number, align: ResolvedParagraph['align']) => ResolvedParagraph;

export function resolveTable(block: TableBlock, theme: Theme, widthPt: number, makeParagraph: MakeParagraph): ResolvedTable {
  const sizePt = block.sizePt ?? theme.sizesPt.body - 1;
  const columnsPt = columnWidths(block.columns, widthPt);
  const { columnOf } = layGrid(block.rows.map((row) => row.cells), columnsPt.length);
  const spanWidth = (from: number, span: number) => columnsPt.slice(from, from + span).reduce((a, b) => a + b, 0);
  /** For each column, the cell merged down over it: its first column, span and the rows it still covers. */
  const covering: Array<{ span: number; left: number } | undefined> = [];
  const rows = block.rows.map((row, r) => {
    const header = r < block.headerRows;
    const boldRow = header && !(block.columnNumbers && r === block.headerRows - 1);
    const placed = new Map(row.cells.map((cell, c) => [columnOf[r]![c]!, cell]));
    const cells: ResolvedCell[] = [];
    for (let column = 0; column < columnsPt.length; ) {
      const cover = covering[column];
      if (cover && cover.left > 0) {
        cover.left--;
        cells.push({ widthPt: spanWidth(column, cover.span), paragraphs: [makeParagraph([], sizePt, 'left')], merged: true, ...(cover.span > 1 ? { gridSpan: cover.span } : {}), ...(header ? { vAlignCenter: true } : {}) });
        column += cover.span;
        continue;
      }
      const cell = placed.get(column);
      if (!cell) break; // a row the grid check refused; parse-markup does not let one through
      const align: TextAlign = header ? 'center' : (cell.align ?? block.columns[column]!.align);
      const runs = packedMap(cell.runs, (run) => ({ text: run.text, bold: boldRow || run.bold, italic: run.italic, sizePt }));
      const resolved: ResolvedCell = { widthPt: spanWidth(column, cell.colspan), paragraphs: [makeParagraph(runs, sizePt, align)] };
      if (cell.colspan > 1) resolved.gridSpan = cell.colspan;
      if (cell.rowspan > 1) resolved.rowSpan = cell.rowspan;
      if (header) resolved.vAlignCenter = true;
      cells.push(resolved);
      for (let k = column; k < column + cell.colspan; k++) covering[k] = undefined;
      if (cell.rowspan > 1) covering[column] = { span: cell.colspan, left: cell.rowspan - 1 };
      column += cell.colspan;
    }
    return { cells, cantSplit: true, ...(header ? { header: true as const } : {}), ...(row.keepNext && !header ? { keepNext: true as const } : {}) };
  });
  keepRowsTogether(rows, block.headerRows);
  // The padding in whole twips too, as the DOCX carries it (1.9 mm is 108 twips): the text's width is then the same.
  const cellPaddingPt = Math.round(mm(theme.tableCellPaddingMm) * 20) / 20;
  return { kind: 'table', indentPt: 0, cellPaddingPt, rows, grid: { columnsPt, borderPt: theme.tableBorderPt } };
}

/**
 * The rows that must share a page keep with the next row, which both office suites honour through the first
 * paragraph of the row's first cell (LibreOffice: SwRowFrame::ShouldRowKeepWithNext): the header rows keep with the
 * first body row, the rows a cell merged down spans stay together, and a group row stays with the row under it (so no merged cell crosses a page break while
 * its rows fit on one page; the flow keeps them together the same way).
 */
function keepRowsTogether(rows: ResolvedTable['rows'], headerRows: number): void {
  let spanEnd = 0;
  rows.forEach((row, r) => {
    for (const cell of row.cells) if (cell.rowSpan) spanEnd = Math.max(spanEnd, r + cell.rowSpan);
    if (r < headerRows || r + 1 < spanEnd || row.keepNext) for (const cell of row.cells) for (const paragraph of cell.paragraphs) paragraph.keepNext = true;
  });
}

/**
 * A group row keeps with the row under it only when that row is kept whole (and there is one): a row taller than a
 * page starts where it falls (flow-table.ts), and the DOCX then asks Word and LibreOffice for nothing more either.
 */
export function releaseBeforeSplitRows(table: ResolvedTable): void {
  table.rows.forEach((row, r) => {
    if (!row.keepNext || table.rows[r + 1]?.cantSplit === true) return;
    delete row.keepNext;
    for (const cell of row.cells) for (const paragraph of cell.paragraphs) paragraph.keepNext = false;
  });
}
