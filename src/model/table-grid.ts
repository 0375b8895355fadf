// Lays a table's cells on its grid as HTML does: each cell takes the first column no cell merged down from a row above
// holds, and as many columns as it spans. Used to check a plan's tables, a template's tables and to lay them out.

export interface Spans {
  colspan: number;
  rowspan: number;
}

export type GridProblem =
  /** The row has cells left when its columns are full. */
  | { kind: 'too-many'; row: number }
  /** The row's cells (and those merged from above) fill only `filled` columns. */
  | { kind: 'too-few'; row: number; filled: number }
  /** The cell's colspan reaches past the last column (from `column`, 0-based). */
  | { kind: 'colspan'; row: number; cell: number; column: number }
  /** The cell's colspan reaches onto a column a cell merged down from above holds. */
  | { kind: 'overlap'; row: number; cell: number }
  /** The cell's rowspan reaches past the last row (`left` rows from its own). */
  | { kind: 'rowspan'; row: number; cell: number; left: number };

/** Each cell's first column (0-based), row by row, and what does not fit. */
export function layGrid(rows: ReadonlyArray<ReadonlyArray<Spans>>, columns: number): { columnOf: number[][]; problems: GridProblem[] } {
  const problems: GridProblem[] = [];
  /** For each column, how many rows, from the current one on, a cell of a row above still holds it. */
  let held = new Array<number>(columns).fill(0);
  const columnOf = rows.map((row, r) => {
    const below = held.map((count) => Math.max(0, count - 1));
    let column = 0;
    let filled = held.filter((count) => count > 0).length;
    let broken = false;
    const placed = row.map((cell, c) => {
      while (column < columns && held[column]! > 0) column++;
      if (broken || column >= columns) {
        if (!broken) problems.push({ kind: 'too-many', row: r });
        broken = true;
        return -1;
      }
      if (column + cell.colspan > columns) problems.push({ kind: 'colspan', row: r, cell: c, column });
      else if (held.slice(column, column + cell.colspan).some((count) => count > 0)) problems.push({ kind: 'overlap', row: r, cell: c });
      else {
        if (r + cell.rowspan > rows.length) problems.push({ kind: 'rowspan', row: r, cell: c, left: rows.length - r });
        for (let k = column; k < column + cell.colspan; k++) below[k] = cell.rowspan - 1;
        filled += cell.colspan;
        column += cell.colspan;
        return column - cell.colspan;
      }
      broken = true;
      return -1;
    });
    if (!broken && filled < columns) problems.push({ kind: 'too-few', row: r, filled });
    held = below;
    return placed;
  });
  return { columnOf, problems };
}
