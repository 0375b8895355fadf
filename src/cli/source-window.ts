// The part of a source line shown under a message: the whole line when it fits, else a window around the column
// with "…" at the cut ends, and the marker's place, in terminal cells (wide CJK characters take two, marks none).

/** At most this many cells of a line are shown; when it is cut, this many are kept before the marked character. */
const maxCells = 100;
const cellsBefore = 40;

const zeroWidth = /^[\p{M}\p{Cf}]$/u;
const wide = /^[\u1100-\u115F\u2E80-\u303E\u3041-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]$/u;

function cells(char: string): number {
  if (zeroWidth.test(char)) return 0;
  return wide.test(char) ? 2 : 1;
}

/** The cells `text` takes in a terminal. */
function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += cells(char);
  return width;
}

const pointAt = (text: string, index: number) => String.fromCodePoint(text.codePointAt(index)!);

/** The code point that ends just before `index` (a surrogate pair whole). */
function pointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

/** Moves `start` back over the line while `budget` cells last; returns the new start and the cells left. */
function back(line: string, start: number, budget: number): [number, number] {
  while (start > 0) {
    const char = pointBefore(line, start);
    if (cells(char) > budget) break;
    budget -= cells(char);
    start -= char.length;
  }
  return [start, budget];
}

/** `line` cut around `column` (1-based, in UTF-16 units as the YAML parser counts), and the marker's cell. */
export function sourceWindow(line: string, column: number): { text: string; marker: number } {
  const at = Math.min(Math.max(0, column - 1), line.length);
  // Every character takes at least one cell but marks: a line of a few hundred units is measured whole.
  if (line.length <= 4 * maxCells && widthOf(line) <= maxCells) return { text: line.replace(/\t/g, ' '), marker: widthOf(line.slice(0, at)) };
  let [start] = back(line, at, cellsBefore - 1); // one cell for the opening "…"
  // Forward until the window is full, keeping a cell for the closing "…" if the line goes on.
  let end = at;
  let used = (start > 0 ? 1 : 0) + widthOf(line.slice(start, at));
  let fitsWithCut = end;
  while (end < line.length) {
    const char = pointAt(line, end);
    if (used + cells(char) > maxCells) break;
    used += cells(char);
    end += char.length;
    if (used < maxCells) fitsWithCut = end;
  }
  if (end < line.length) end = fitsWithCut;
  // The line ended before the window was full: show more of what comes before the column.
  else [start] = back(line, start, maxCells - used);
  // A window never opens on a mark that belongs to the character before it.
  while (start < at && zeroWidth.test(pointAt(line, start))) start += pointAt(line, start).length;
  const open = start > 0 ? '…' : '';
  return {
    text: `${open}${line.slice(start, end).replace(/\t/g, ' ')}${end < line.length ? '…' : ''}`,
    marker: open.length + widthOf(line.slice(start, at)),
  };
}
