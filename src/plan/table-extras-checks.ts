// What a table's computed parts need: one numbering column and it first, no column both numbering and amounts, a total
// with an amount column and a column before it for its label, and amounts in the amount columns' cells.
import { say } from '../i18n/language';
import type { PlanProblem } from './check-plan';
import type { TableInput } from './table-schema';

export function columnProblems(table: TableInput, path: PropertyKey[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const at = (index: number, key: string): PropertyKey[] => [...path, 'columns', index, key];
  const numbering = table.columns.flatMap((column, index) => (column.number ? [index] : []));
  for (const index of numbering.slice(1))
    problems.push({
      path: at(index, 'number'),
      severity: 'error',
      message: say(`bảng đã có cột số thứ tự (cột ${numbering[0]! + 1}); một bảng chỉ có một`, `the table already has a numbering column (column ${numbering[0]! + 1}); a table has only one`),
      hint: say('bỏ number: true ở cột này', 'remove number: true from this column'),
    });
  if (numbering[0] !== undefined && numbering[0] > 0)
    problems.push({
      path: at(numbering[0], 'number'),
      severity: 'error',
      message: say(`cột số thứ tự (number: true) là cột ${numbering[0] + 1}, nhưng nó phải là cột đầu tiên`, `the numbering column (number: true) is column ${numbering[0] + 1}, but it must be the first`),
      hint: say('đưa cột này lên đầu danh sách columns (và ô tiêu đề của nó lên đầu hàng tiêu đề)', 'move this column to the start of columns (and its header cell to the start of the header row)'),
    });
  table.columns.forEach((column, index) => {
    if (column.number && column.amount)
      problems.push({
        path: at(index, 'amount'),
        severity: 'error',
        message: say('một cột không thể vừa là cột số thứ tự (number) vừa là cột số tiền (amount)', 'a column cannot be both the numbering column (number) and an amount column (amount)'),
        hint: say('bỏ một trong hai', 'keep one of the two'),
      });
  });
  const firstAmount = table.columns.findIndex((column) => column.amount);
  if (table.total !== undefined && firstAmount < 0)
    problems.push({
      path: [...path, 'total'],
      severity: 'error',
      message: say('hàng tổng cộng (total) cần ít nhất một cột số tiền để cộng', 'the total row (total) needs an amount column to add up'),
      hint: say('thêm amount: true vào cột cần cộng, ví dụ { width: 30, amount: true }', 'add amount: true to the column to add up, e.g. { width: 30, amount: true }'),
    });
  if (table.total !== undefined && firstAmount === 0)
    problems.push({
      path: [...path, 'total'],
      severity: 'error',
      message: say('chữ của hàng tổng cộng nằm ở các cột trước cột số tiền đầu tiên, nhưng cột đầu tiên đã là cột số tiền', 'the total row\'s label stands in the columns before the first amount column, but the first column is one'),
      hint: say('đặt một cột chữ (ví dụ TT hoặc Nội dung) trước các cột số tiền', 'put a text column (TT or Nội dung, say) before the amount columns'),
    });
  return problems;
}

/** A cell of an amount column that holds no amount: at the cell (its text when written as { text }). */
export function notAmountProblems(table: TableInput, path: PropertyKey[], cells: ReadonlyArray<{ row: number; cell: number }>): PlanProblem[] {
  return cells.map(({ row, cell }): PlanProblem => {
    const written = (table.rows[row] as unknown[])[cell];
    const inObject = written !== null && typeof written === 'object';
    return {
      path: [...path, 'rows', row, cell, ...(inObject ? ['text'] : [])],
      severity: 'error',
      message: say('ô thuộc cột số tiền (amount) nhưng không phải một số', 'the cell is in an amount column (amount) but is not a number'),
      hint: say(
        'viết số như 1250000, "1.250.000" hoặc "2,5"; để trống ("") nếu không có; hoặc bỏ amount: true ở cột này',
        'write a number such as 1250000, "1.250.000" or "2,5"; leave it empty ("") when there is none; or remove amount: true from the column',
      ),
    };
  });
}
