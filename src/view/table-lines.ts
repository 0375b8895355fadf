// A plan's table as tagged lines (src/model/README.md): @table with its columns, @row, @cell with its spans, @end-table.
import type { CellInput, TableInput } from '../plan/table-schema';
import { expandTable } from './expand-table';

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

/** The table's lines, its numbering, group, column-number and total rows written out as ordinary ones (expand-table.ts). */
export function tableLines(table: TableInput): TableLine[] {
  const { columns, header, columnNumbers, rows, groups } = expandTable(table);
  const attributes = [
    `columns=${columnsAttribute(columns)}`,
    `header=${header.length}`,
    ...(columnNumbers ? ['numbers=1'] : []),
    ...(table.size ? [`size=${table.size}`] : []),
  ];
  const out: TableLine[] = [{ tag: 'table', text: attributes.join(' ') }];
  const kept = new Set(groups.map((index) => index + header.length));
  [...header, ...rows].forEach((row, index) => {
    out.push({ tag: 'row', text: kept.has(index) ? 'keep=next' : '' });
    for (const cell of row) out.push(cellLine(cell));
  });
  out.push({ tag: 'end-table', text: '' });
  return out;
}
