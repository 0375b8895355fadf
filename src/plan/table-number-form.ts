// A table cell's number as the clerk wrote it: "25.000" is twenty-five thousand in Vietnamese, but YAML reads it as
// 25, which the table would print. Such a cell keeps the text as written.
/** Digits grouped by thousands with dots (1.250.000): the Vietnamese way of writing a whole number. */
const grouped = /^-?\d{1,3}(?:\.\d{3})+$/;

/** Such a number somewhere in the plan's text, unquoted: only then are the cells' sources looked at (which is slow). */
const groupedInText = /(?:^|[\s,[])-?\d{1,3}(?:\.\d{3})+ *(?:[,\]}#]|\r?$)/m;

/**
 * Puts back, in the plan's value, the text of every table cell written as a grouped number ("300.000", which YAML
 * reads as 300): the table prints it as written. Returns how many cells it changed.
 */
export function keepTableNumbersAsWritten(value: unknown, text: string, sourceText: (path: PropertyKey[]) => string | undefined): number {
  if (!groupedInText.test(text)) return 0;
  let changed = 0;
  const visit = (node: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...path, index]));
    else if (node !== null && typeof node === 'object')
      for (const [key, item] of Object.entries(node)) {
        if (key === 'table' && item !== null && typeof item === 'object') for (const group of ['header', 'rows']) cells((item as Record<string, unknown>)[group], [...path, key, group]);
        else visit(item, [...path, key]);
      }
  };
  /** The cell's number and where it lives (the row, or the cell's object), or nothing. */
  const numberIn = (row: unknown[], c: number): { holder: Record<PropertyKey, unknown>; key: PropertyKey } | undefined => {
    const cell = row[c];
    if (typeof cell === 'number') return { holder: row as unknown as Record<PropertyKey, unknown>, key: c };
    if (cell !== null && typeof cell === 'object' && !Array.isArray(cell) && typeof (cell as Record<string, unknown>).text === 'number') return { holder: cell as Record<PropertyKey, unknown>, key: 'text' };
    return undefined;
  };
  const cells = (rows: unknown, path: PropertyKey[]) => {
    if (!Array.isArray(rows)) return;
    rows.forEach((row, r) => {
      if (!Array.isArray(row)) return;
      row.forEach((_, c) => {
        const found = numberIn(row, c);
        if (!found) return;
        const written = sourceText(found.key === 'text' ? [...path, r, c, 'text'] : [...path, r, c]);
        if (written === undefined || !grouped.test(written)) return;
        found.holder[found.key] = written;
        changed++;
      });
    });
  };
  visit(value, []);
  return changed;
}
