// A table cell's number as the clerk wrote it: "25.000" is twenty-five thousand in Vietnamese, but YAML reads it as
// 25, which the table would print. Such a number must be quoted to stay as written.
import { say } from '../i18n/language';
import type { NumberFormProblem } from './number-form';

/** Digits grouped by thousands with dots (1.250.000): the Vietnamese way of writing a whole number. */
const grouped = /^-?\d{1,3}(?:\.\d{3})+$/;

/** Such a number somewhere in the plan's text, unquoted: only then are the cells' sources looked at (which is slow). */
const groupedInText = /(?:^|[\s,[])-?\d{1,3}(?:\.\d{3})+ *(?:[,\]}#]|\r?$)/m;

/** Every number in a table's cells (found by its place in the plan's value) that YAML read other than it reads. */
export function tableNumberForms(value: unknown, text: string, sourceText: (path: PropertyKey[]) => string | undefined): NumberFormProblem[] {
  const problems: NumberFormProblem[] = [];
  if (!groupedInText.test(text)) return problems;
  const visit = (node: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...path, index]));
    else if (node !== null && typeof node === 'object')
      for (const [key, item] of Object.entries(node)) {
        if (key === 'table' && item !== null && typeof item === 'object') for (const group of ['header', 'rows']) cells((item as Record<string, unknown>)[group], [...path, key, group]);
        else visit(item, [...path, key]);
      }
  };
  const cells = (rows: unknown, path: PropertyKey[]) => {
    if (!Array.isArray(rows)) return;
    rows.forEach((row, r) => {
      if (!Array.isArray(row)) return;
      row.forEach((cell, c) => {
        const at = cell !== null && typeof cell === 'object' && !Array.isArray(cell) ? [...path, r, c, 'text'] : [...path, r, c];
        const read = at.length === path.length + 3 ? (cell as Record<string, unknown>).text : cell;
        if (typeof read !== 'number') return;
        const written = sourceText(at);
        if (written === undefined || !grouped.test(written)) return;
        problems.push({
          path: at,
          severity: 'error',
          message: say(`số "${written}" trong ô bảng bị YAML đọc thành ${read}`, `the number "${written}" in a table cell is read by YAML as ${read}`),
          hint: say(`đặt nó trong ngoặc kép để in đúng như viết: "${written}"`, `put it in quotes to print it as written: "${written}"`),
          decimal: false,
        });
      });
    });
  };
  visit(value, []);
  return problems;
}
