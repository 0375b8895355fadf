// Heading labels for the two numbering schemes: decimal ("1.", "4.1.") and Roman ("I.", "1.", "a)").
import { toRoman } from '../decree/roman-numerals';

/** The view's other Roman labels (a table's group rows) take it from here too. */
export { toRoman };

/**
 * decimal: 1., 1.1., 1.1.1.; roman: I., 1., a); decimal-letters: 1., 1.1., a) (the điểm lettered, Decree 30's form);
 * chapters: Chương I, Điều 1., 1.; articles: Điều 1., 1., a).
 */
export type NumberingScheme = OutlineScheme | 'chapters' | 'articles';

/** The schemes numbered as an outline (1., 1.1., I., a)); chapters and articles are worded in body-lines.ts. */
export type OutlineScheme = 'decimal' | 'roman' | 'decimal-letters';

/** Điểm letters follow the Vietnamese alphabet: đ included; f, j, w, z and the vowel variants skipped. */
const pointLetters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/**
 * The letter of the n-th điểm (from 1). After y the letters start again doubled (aa, bb … yy, then aaa): Decree 30 does
 * not say what follows y, and a label must not repeat one above it (they used to start again at a).
 */
export function pointLetter(n: number): string {
  const round = Math.floor((n - 1) / pointLetters.length);
  return pointLetters[(n - 1) % pointLetters.length]!.repeat(round + 1);
}

/** The label of a heading from its position: `path` holds 1-based counters, outermost first. */
export function headingLabel(scheme: OutlineScheme, path: readonly number[]): string {
  const depth = path.length;
  if (scheme === 'decimal' || (scheme === 'decimal-letters' && depth < 3)) return `${path.join('.')}.`;
  const last = path[depth - 1]!;
  if (scheme === 'decimal-letters') return `${pointLetter(last)})`;
  if (depth === 1) return `${toRoman(last)}.`;
  if (depth === 2) return `${last}.`;
  return `${pointLetter(last)})`;
}

/** Roman-scheme top headings (mục) are written in capitals. */
export function headingText(scheme: OutlineScheme, depth: number, text: string): string {
  return scheme === 'roman' && depth === 1 ? text.toLocaleUpperCase('vi') : text;
}
