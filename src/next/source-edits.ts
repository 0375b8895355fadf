// Edits YAML source text in place, so everything not edited (comments, spacing, key order) stays byte for byte.
import { isMap, isPair, isScalar, type Document, type Pair, type Scalar } from 'yaml';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Replaces a scalar's value with `value`, touching only the value's own text: a block scalar's header (">-", "|")
 * and line breaks, a quoted value's quotes, an anchor, a tag and a comment all stay as written. (node.range covers a
 * block scalar's header and its last line break: replacing the whole range joined the value to the next line.)
 */
export function replaceScalar(source: string, node: Scalar, value: string): Edit {
  const [start, end] = node.range!;
  const written = source.slice(start, end);
  const old = String(node.value);
  const quote = written.startsWith("'") ? "'" : written.startsWith('"') ? '"' : '';
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
    // The content begins on the line after the header (which may hold a comment with anything in it).
    const at = old === '' ? -1 : written.indexOf(old, written.indexOf('\n') + 1);
    if (at >= 0) return { start: start + at, end: start + at + old.length, text: value };
  } else if (written === `${quote}${old}${quote}`) return { start: start + quote.length, end: end - quote.length, text: value };
  // Written with escapes ("2021\x2d04-01"), or a block scalar whose text is not the value: the whole value, in
  // double quotes unless single ones were used, up to (not including) its last line break.
  const lineBreak = /\r?\n$/.exec(written)?.[0].length ?? 0;
  return { start, end: end - lineBreak, text: quote === "'" ? `'${value}'` : `"${value}"` };
}

/** Removes a key and its value: its whole line(s) in a block map, or the entry and its comma in a flow map. */
export function removePair(source: string, document: Document, path: readonly (string | number)[]): Edit | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item): item is Pair => isPair(item) && isScalar(item.key) && item.key.value === path[path.length - 1]);
  if (!pair || !isScalar(pair.key)) return undefined;
  const keyStart = pair.key.range![0];
  const value = pair.value as { range?: [number, number, number] } | null;
  const valueEnd = value?.range ? value.range[2] : pair.key.range![2];
  if (parent.flow) {
    let start = keyStart;
    let end = valueEnd;
    const after = /^\s*,\s*/.exec(source.slice(end));
    if (after) end += after[0].length;
    else {
      const before = /,\s*$/.exec(source.slice(0, start));
      if (before) start -= before[0].length;
    }
    return { start, end, text: '' };
  }
  const lineStart = source.lastIndexOf('\n', keyStart - 1) + 1;
  const newline = source.indexOf('\n', Math.max(valueEnd - 1, keyStart));
  return { start: lineStart, end: newline < 0 ? source.length : newline + 1, text: '' };
}

export function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
