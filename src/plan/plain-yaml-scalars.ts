// The scalars of plain YAML for plain-yaml.ts: plain, quoted and folded text, one-line flow collections, and the
// core schema's values, each exactly as the yaml library reads them, or a Decline.
import { packedMap } from '../packed-map';

/** Thrown inside the reader when the text is outside what it reads; readPlainYaml then returns undefined. */
export class Decline extends Error {}

export const decline = (): never => {
  throw new Decline();
};

/** A key as plans write them: ASCII letters, digits, _ and -; others (quoted, non-ASCII, numbers) are the library's. */
const keyPattern = '[A-Za-z_][A-Za-z0-9_-]{0,100}';
export const simpleKey = new RegExp(`^(${keyPattern}):(?: +|$)`);
const flowEntry = new RegExp(`^ *(${keyPattern}): +(.*)$`);
/** A flow map entry's key and the spaces after its colon, before a quoted value. */
const flowKeyBefore = new RegExp(`^ *(${keyPattern}): +$`);
const reservedKeys = new Set(['__proto__', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** Sets a map's entry; a key the library reads otherwise (null, true, __proto__) or a repeated one declines. */
export function setEntry(map: Record<string, unknown>, key: string, value: () => unknown): void {
  if (reservedKeys.has(key) || Object.prototype.hasOwnProperty.call(map, key)) decline();
  map[key] = value();
}
/** A line that starts a list item or a map entry. */
export function isCollectionLine(content: string): boolean {
  return content === '-' || content.startsWith('- ') || simpleKey.test(content);
}

/** The text without the spaces at its end (in linear time: /( +)$/ is quadratic on long runs of spaces). */
export function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(0, end);
}

/** Folded block lines: a line break between two text lines becomes a space, each blank line a line break (blank lines before the first text line too). */
export function foldLines(lines: string[]): string {
  let text = '';
  let blank = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      blank++;
      continue;
    }
    text += started && blank === 0 ? ' ' : '\n'.repeat(blank);
    text += line;
    blank = 0;
    started = true;
  }
  return text;
}

/** One line of a plain scalar, without its comment; indicators that would make it something else decline. */
export function plainLine(line: string, first: boolean): { text: string; commented: boolean } {
  const comment = line.indexOf(' #');
  const text = trimSpacesEnd(comment === -1 ? line : line.slice(0, comment));
  if (text.includes(': ') || text.endsWith(':')) decline(); // a mapping where a value was expected
  if (first ? /^(?:[-?:](?: |$)|[,[\]{}#&*!|>'"%@`])/.test(text) : /^[-?:#&*!|>'"%@`[\]{},]/.test(text)) decline();
  return { text, commented: comment !== -1 };
}

/** A plain scalar's value under the core schema: null, booleans, plain integers and decimals; other numbers decline. */
export function plainValue(text: string): unknown {
  switch (text) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  if (/^[-+]?[.0-9]/.test(text) && /^[-+.0-9A-Za-z]+$/.test(text)) {
    if (/^-?(?:0|[1-9][0-9]{0,14})$/.test(text) || /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/.test(text)) return Number(text);
    decline();
  }
  return text;
}

/** A one-line [a, b] or { k: v } of scalars, with nothing but a comment after it. */
export function flowCollection(text: string): unknown {
  const close = text[0] === '[' ? ']' : '}';
  const items: string[] = [];
  let position = 1;
  let item = '';
  for (; position < text.length; position++) {
    const char = text[position]!;
    if (char === '"' || char === "'") {
      // A quoted scalar starts an entry, or a map entry's value after its key ({ width: "*" }, as tables write).
      if (!/^ *$/.test(item) && !(close === '}' && flowKeyBefore.test(item))) decline();
      const rest = text.slice(position + 1);
      const end = quotedEnd(char, rest);
      if (end === -1) decline();
      item += text.slice(position, position + end + 2);
      position += end + 1;
    } else if (char === ',') {
      items.push(item);
      item = '';
    } else if (char === close) break;
    else if ('[]{}#'.includes(char)) decline();
    else item += char;
  }
  if (position >= text.length) decline();
  const after = text.slice(position + 1);
  if (!/^(?: +(?:#.*)?)?$/.test(after)) decline();
  if (!/^ *$/.test(item) || items.length > 0) items.push(item);
  if (items.some((entry) => /^ *$/.test(entry))) decline();
  if (close === ']') return packedMap(items, flowScalar);
  const map: Record<string, unknown> = {};
  for (const entry of items) {
    const match = flowEntry.exec(entry) ?? decline();
    setEntry(map, match[1]!, () => flowScalar(match[2]!));
  }
  return map;
}

/** A scalar inside a flow collection: quoted, or plain without the characters that would end or nest it. */
function flowScalar(entry: string): unknown {
  const text = trimSpacesEnd(entry).replace(/^ +/, '');
  if (text === '') decline(); // an empty entry: null to the library
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const inner = text.slice(1, -1);
    if (quotedEnd(quote, text.slice(1)) !== inner.length) decline();
    return quotedText(quote, inner);
  }
  if (/[:?]/.test(text)) decline();
  return plainValue(plainLine(text, true).text);
}

/** Where the quote (" or ') that closes a quoted scalar ends the text, or -1. */
export function quotedEnd(quote: string, text: string): number {
  return quote === '"' ? doubleQuotedEnd(text) : singleQuotedEnd(text);
}

/** The text between the quotes of a quoted scalar (one line of it), its escapes resolved. */
export function quotedText(quote: string, raw: string): string {
  return quote === '"' ? unescapeDouble(raw) : raw.replaceAll("''", "'");
}

/** Where an unescaped double quote ends the text, or -1. */
function doubleQuotedEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** Where a single quote that is not doubled ends the text, or -1. */
function singleQuotedEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}

const escapes: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const hexLengths: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The escapes of a double-quoted scalar (YAML 1.2, 5.7). */
function unescapeDouble(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const code = text[++i] ?? decline();
    const simple = escapes[code];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const length = hexLengths[code] ?? decline();
    const hex = text.slice(i + 1, i + 1 + length);
    if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) decline();
    const codePoint = parseInt(hex, 16);
    if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) decline();
    out += String.fromCodePoint(codePoint);
    i += length;
  }
  return out;
}
