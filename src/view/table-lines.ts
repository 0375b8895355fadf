// A plan's table as tagged lines (src/model/README.md): @table with its columns, @row, @cell with its spans, @end-table.
import type { CellInput, TableInput } from '../plan/table-schema';

export interface TableLine {
  tag: 'table' | 'row' | 'cell' | 'end-table';
  text: string;
}

/** "12:center,*,35": each column's width in mm ("*" for a share of what is left) and its alignment when not left. */
function columnsAttribute(columns: TableInput['columns']): string {
  return columns.map((column) => `${column.width}${column.align && column.align !== 'left' ? `:${column.align}` : ''}`).join(',');
}

/** A cell's text on one line: plan text with its line breaks joined, a number as written, nothing for null. */
function cellText(cell: CellInput): string {
  const value = cell !== null && typeof cell === 'object' ? cell.text : cell;
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** "colspan=2 align=center | text": the attributes a cell has, then its text after "|". */
function cellLine(cell: CellInput): TableLine {
  const attributes: string[] = [];
  if (cell !== null && typeof cell === 'object') {
    if ((cell.colspan ?? 1) > 1) attributes.push(`colspan=${cell.colspan}`);
    if ((cell.rowspan ?? 1) > 1) attributes.push(`rowspan=${cell.rowspan}`);
    if (cell.align) attributes.push(`align=${cell.align}`);
  }
  return { tag: 'cell', text: `${attributes.join(' ')}${attributes.length ? ' ' : ''}| ${cellText(cell)}`.trimEnd() };
}

export function tableLines(table: TableInput): TableLine[] {
  const header = table.header ?? [];
  const attributes = [`columns=${columnsAttribute(table.columns)}`, `header=${header.length}`, ...(table.size ? [`size=${table.size}`] : [])];
  const out: TableLine[] = [{ tag: 'table', text: attributes.join(' ') }];
  for (const row of [...header, ...table.rows]) {
    out.push({ tag: 'row', text: '' });
    for (const cell of row) out.push(cellLine(cell));
  }
  out.push({ tag: 'end-table', text: '' });
  return out;
}
