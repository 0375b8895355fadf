// A table's shape beyond the schema: every row fills its columns (spans counted as HTML counts them), no span leaves
// the table, the columns fit the text width of the page they stand on, and the table has rows.
import { say, type Bilingual } from '../i18n/language';
import { a4Mm, defaultMargins } from '../decree/page';
import { layGrid, type Spans } from '../model/table-grid';
import { expandTable } from '../view/expand-table';
import type { PlanProblem } from './check-plan';
import type { ContentInput, Plan } from './plan-schema';
import { contentParts } from './plan-forms';
import { columnProblems, notAmountProblems } from './table-extras-checks';
import type { CellInput, RowInput, TableInput } from './table-schema';

/** The narrowest a "*" column may get (mm): as narrow as any column may be written (the schema's least width). */
export const starMinimumMm = 5;

/** Every table of the plan's content, with its path and whether its page is landscape. */
function* tablesIn(content: readonly ContentInput[], path: PropertyKey[], landscape: boolean): Generator<{ table: TableInput; path: PropertyKey[]; landscape: boolean }> {
  for (const [index, item] of content.entries()) {
    if (typeof item === 'string' || 'list' in item) continue;
    if ('table' in item) yield { table: item.table, path: [...path, index, 'table'], landscape };
    else yield* tablesIn(item.content ?? [], [...path, index, 'content'], landscape);
  }
}

export function tableProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const margins = plan.layout.margins ?? defaultMargins;
  const found = contentParts(plan).flatMap((part) => [...tablesIn(part.content, part.path, part.landscape)]);
  for (const { table, path, landscape } of found) {
    const textWidth = (landscape ? a4Mm.height : a4Mm.width) - margins.left - margins.right;
    problems.push(...widthProblems(table, path, textWidth, landscape));
    if (table.rows.length === 0)
      problems.push({
        path: [...path, 'rows'],
        severity: 'error',
        message: say('bảng không có hàng nào', 'the table has no rows'),
        hint: say('thêm các hàng dưới rows, mỗi hàng một danh sách ô: - [1, Nội dung, Đơn vị]', 'add rows under rows, each a list of cells: - [1, Task, Unit]'),
      });
    problems.push(...gridProblems(table.header ?? [], [...path, 'header'], table.columns.length));
    const columnsWrong = columnProblems(table, path);
    problems.push(...columnsWrong);
    if (columnsWrong.length) continue; // the rows are read against the numbering column: first set it right
    // The rows as printed (the numbering column's cells put in, group rows written out), told at the plan's cells.
    const expanded = expandTable(table);
    const shift = expanded.columns[0]?.number ? 1 : 0;
    const rows = expanded.rows.filter((_, r) => expanded.from[r] !== undefined);
    const isGroup = (r: number) => !Array.isArray(table.rows[r]);
    const locate = (r: number, c?: number) => (c === undefined || isGroup(r) ? [r] : [r, c - shift]);
    problems.push(...gridProblems(rows, [...path, 'rows'], table.columns.length, { locate, numbered: shift === 1, isGroup }));
    problems.push(...notAmountProblems(table, path, expanded.notAmounts));
  }
  return problems;
}

function widthProblems(table: TableInput, path: PropertyKey[], textWidth: number, landscape: boolean): PlanProblem[] {
  const fixed = table.columns.reduce((sum, column) => sum + (column.width === '*' ? 0 : column.width), 0);
  const stars = table.columns.filter((column) => column.width === '*').length;
  if (fixed + stars * starMinimumMm <= textWidth + 1e-9) return [];
  const page = landscape ? say('trang ngang', 'landscape page') : say('trang dọc', 'portrait page');
  const needed = stars
    ? say(`, cộng ít nhất ${starMinimumMm} mm cho mỗi cột "*"`, `, plus at least ${starMinimumMm} mm for each "*" column`)
    : say('', '');
  return [
    {
      path: [...path, 'columns'],
      severity: 'error',
      message: say(
        `các cột rộng ${round(fixed)} mm${needed.vi}, nhưng vùng chữ của ${page.vi} chỉ rộng ${round(textWidth)} mm`,
        `the columns take ${round(fixed)} mm${needed.en}, but the text width of the ${page.en} is only ${round(textWidth)} mm`,
      ),
      hint: landscape
        ? say('thu hẹp các cột, hoặc cho một cột width: "*" để nó lấy phần còn lại', 'narrow the columns, or give one column width: "*" to take what is left')
        : say(
            'thu hẹp các cột, cho một cột width: "*", hoặc đưa bảng vào một phụ lục trang ngang (landscape: true)',
            'narrow the columns, give one column width: "*", or put the table in a landscape appendix (landscape: true)',
          ),
    },
  ];
}

const round = (value: number) => Math.round(value * 10) / 10;

function spans(cell: CellInput): Spans {
  return cell !== null && typeof cell === 'object' ? { colspan: cell.colspan ?? 1, rowspan: cell.rowspan ?? 1 } : { colspan: 1, rowspan: 1 };
}

/** How the rows checked stand for the plan's: where a cell is written, a numbering column put in, group rows. */
interface RowsAsWritten {
  locate(row: number, cell?: number): PropertyKey[];
  numbered: boolean;
  isGroup(row: number): boolean;
}

const asWritten: RowsAsWritten = { locate: (r, c) => (c === undefined ? [r] : [r, c]), numbered: false, isGroup: () => false };

/** The rows of one group (the header or the body) laid on the grid (table-grid.ts); a rowspan stays in its group. */
function gridProblems(rows: RowInput[], path: PropertyKey[], columns: number, { locate, numbered, isGroup }: RowsAsWritten = asWritten): PlanProblem[] {
  const group = path.at(-1) === 'header' ? say('phần tiêu đề', 'header') : say('bảng', 'table');
  const numbering = numbered ? say('; cột số thứ tự (number: true) tự đánh số, các hàng bỏ ô của nó', '; the numbering column (number: true) counts by itself, the rows leave its cell out') : say('', '');
  const cellsHint = say(
    `bảng có ${columns} cột; một ô gộp (colspan) tính bằng số cột nó chiếm, và ô gộp từ hàng trên (rowspan) được bỏ đi ở các hàng dưới${numbering.vi}`,
    `the table has ${columns} columns; a merged cell (colspan) counts as the columns it spans, and a cell merged from a row above (rowspan) is left out of the rows below${numbering.en}`,
  );
  return layGrid(rows.map((row) => row.map(spans)), columns).problems.map((problem): PlanProblem => {
    const error = ([row, cell, key]: [number, number?, string?], message: Bilingual, hint: Bilingual): PlanProblem => {
      const located = locate(row, cell);
      return { path: [...path, ...located, ...(key && located.length > 1 ? [key] : [])], severity: 'error', message, hint };
    };
    if (isGroup(problem.row))
      return error(
        [problem.row],
        say('một ô gộp từ hàng trên (rowspan) chạy vào hàng nhóm này', 'a cell merged down from a row above (rowspan) runs into this group row'),
        say('cho ô gộp đó dừng trước hàng nhóm (rowspan nhỏ hơn)', 'end that merged cell before the group row (a smaller rowspan)'),
      );
    switch (problem.kind) {
      case 'too-many':
        return error([problem.row], say(`hàng có nhiều ô hơn số cột của bảng (${columns})`, `the row has more cells than the table has columns (${columns})`), cellsHint);
      case 'too-few':
        return error([problem.row], say(`hàng chỉ lấp ${problem.filled} trong ${columns} cột của bảng`, `the row fills only ${problem.filled} of the table's ${columns} columns`), cellsHint);
      case 'colspan': {
        const colspan = spans(rows[problem.row]![problem.cell]!).colspan;
        return error(
          [problem.row, problem.cell, 'colspan'],
          say(`ô gộp ${colspan} cột từ cột ${problem.column + 1}, vượt quá bảng ${columns} cột`, `the cell spans ${colspan} columns from column ${problem.column + 1}, past the table's ${columns}`),
          say(`dùng colspan từ 1 đến ${columns - problem.column}`, `use a colspan from 1 to ${columns - problem.column}`),
        );
      }
      case 'overlap':
        return error(
          [problem.row, problem.cell, 'colspan'],
          say('ô gộp cột đè lên một ô gộp từ hàng trên (rowspan)', 'the cell spans onto a cell merged down from a row above (rowspan)'),
          say('giảm colspan, hoặc đổi rowspan của ô ở hàng trên', 'lower the colspan, or change the rowspan of the cell above'),
        );
      case 'rowspan': {
        const rowspan = spans(rows[problem.row]![problem.cell]!).rowspan;
        return error(
          [problem.row, problem.cell, 'rowspan'],
          say(`ô gộp ${rowspan} hàng, nhưng từ hàng này ${group.vi} chỉ còn ${problem.left} hàng`, `the cell spans ${rowspan} rows, but from this row the ${group.en} has only ${problem.left}`),
          say(`dùng rowspan từ 1 đến ${problem.left}`, `use a rowspan from 1 to ${problem.left}`),
        );
      }
    }
  });
}
