// A plan's table with its computed parts written out as ordinary cells and rows, so that the markup, the layout and
// both renderers need nothing new: the numbering column's cells (1, 2…; I, II… on group rows, the items counting
// again from 1 under each), group rows as one bold cell across the other columns, the column-number row (1), (2)…
// under the header, amounts in Vietnamese form and the total row adding them up.
import { layGrid } from '../model/table-grid';
import type { CellInput, RowInput, TableInput } from '../plan/table-schema';
import { toRoman } from './numbering';
import { formatAmount, readAmount, sumAmounts, type Amount } from './vietnamese-amount';

export interface ExpandedTable {
  /** The columns, the numbering column centred and amount columns right-aligned unless the plan says otherwise. */
  columns: TableInput['columns'];
  /** The header rows, the column-number row last when asked for. */
  header: RowInput[];
  /** Whether the last header row is the column-number row (printed in regular weight). */
  columnNumbers: boolean;
  rows: RowInput[];
  /** The indices of the group rows among `rows`: each stays on the page of the row under it. */
  groups: number[];
  /** For each row above, the index of the plan's row it comes from; the total row has none. */
  from: Array<number | undefined>;
  /** The cells of amount columns that hold no amount: the plan's row and cell. */
  notAmounts: Array<{ row: number; cell: number }>;
}

const spansOf = (cell: CellInput) =>
  cell !== null && typeof cell === 'object' ? { colspan: cell.colspan ?? 1, rowspan: cell.rowspan ?? 1 } : { colspan: 1, rowspan: 1 };

const textOf = (cell: CellInput) => (cell !== null && typeof cell === 'object' ? cell.text : cell);

const withText = (cell: CellInput, text: string): CellInput => (cell !== null && typeof cell === 'object' ? { ...cell, text } : text);

/** Plan text in bold, unless it already says where its bold goes. */
const bold = (text: string) => (text.includes('**') ? text : `**${text}**`);

/** The index of the numbering column when it is the first (the only place table-extras-checks lets it stand), or -1. */
export function numberingColumn(table: Pick<TableInput, 'columns'>): number {
  return table.columns[0]?.number ? 0 : -1;
}

export function expandTable(table: TableInput): ExpandedTable {
  const count = table.columns.length;
  const numbered = numberingColumn(table) === 0;
  const columns = table.columns.map((column) => ({ ...column, align: column.align ?? (column.number ? 'center' : column.amount ? 'right' : undefined) }));
  const header = [...(table.header ?? [])];
  if (table.columnNumbers) header.push(table.columns.map((_, index) => `(${index + 1})`));
  const rows: RowInput[] = [];
  const from: Array<number | undefined> = [];
  const groups: number[] = [];
  let group = 0;
  let item = 0;
  table.rows.forEach((row, index) => {
    from.push(index);
    if (!Array.isArray(row)) {
      item = 0;
      group++;
      groups.push(rows.length);
      rows.push(numbered ? [bold(toRoman(group)), { text: bold(row.group), colspan: count - 1 }] : [{ text: bold(row.group), colspan: count }]);
      return;
    }
    rows.push(numbered ? [String(++item), ...row] : [...row]);
  });
  const notAmounts: ExpandedTable['notAmounts'] = [];
  const amounts = table.columns.map((): Amount[] => []);
  if (table.columns.some((column) => column.amount)) {
    const { columnOf, problems } = layGrid(rows.map((row) => row.map(spansOf)), count);
    // A row that does not fill its columns is told as such (table-checks.ts); its cells' columns mean nothing.
    const misfits = new Set(problems.map((problem) => problem.row));
    rows.forEach((row, r) => {
      if (!Array.isArray(table.rows[r]) || misfits.has(r)) return;
      row.forEach((cell, c) => {
        const column = columnOf[r]![c]!;
        if (column < 0 || !table.columns[column]!.amount) return;
        const amount = readAmount(textOf(cell));
        if (amount === undefined) notAmounts.push({ row: r, cell: numbered ? c - 1 : c });
        else if (amount !== null) {
          amounts[column]!.push(amount);
          row[c] = withText(cell, formatAmount(amount));
        }
      });
    });
    const first = table.columns.findIndex((column) => column.amount);
    if (table.total !== undefined && first > 0 && problems.length === 0) {
      from.push(undefined);
      rows.push([
        { text: bold(table.total), colspan: first, align: 'center' },
        ...table.columns.slice(first).map((column, k) => (column.amount ? bold(formatAmount(sumAmounts(amounts[first + k]!))) : '')),
      ]);
    }
  }
  return { columns, header, columnNumbers: table.columnNumbers === true, rows, groups, from, notAmounts };
}
