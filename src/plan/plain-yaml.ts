// Reads the plain YAML plans are written in (block maps and lists, plain, quoted and block text, one-line [..] and
// {..}) several times faster than the yaml library; anything else, and anything doubtful, is left to the library.
//
// The value must be exactly what yaml (1.2, core schema) gives, so the reader declines rather than guesses: tabs,
// anchors, aliases, tags, directives, document markers, complex keys, quoted keys, escaped line breaks, nested flow
// collections, numbers other than plain integers and decimals, and every error. tests/property/plain-yaml.test.ts
// holds it to the library on generated and mutated plans.

/** Thrown inside the reader when the text is outside what it reads; readPlainYaml then returns undefined. */
class Decline extends Error {}

const decline = (): never => {
  throw new Decline();
};

/** A key as plans write them; others (quoted, non-ASCII, numbers) are the library's. */
const simpleKey = /^([A-Za-z_][A-Za-z0-9_-]{0,100}):(?: +|$)/;
const reservedKeys = new Set(['__proto__', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** Characters the reader leaves to the library wherever they appear. */
const unusual = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]|\r(?!\n)/;

/** The value of `text`, or undefined when the yaml library must read it. */
export function readPlainYaml(text: string): { value: unknown } | undefined {
  if (unusual.test(text)) return undefined;
  try {
    return { value: new PlainYamlReader(text.split(/\r?\n/)).document() };
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

interface Line {
  indent: number;
  /** The line without its indentation. */
  content: string;
}

class PlainYamlReader {
  private readonly lines: Line[];
  private next = 0;

  constructor(lines: string[]) {
    this.lines = lines.map((line) => {
      const content = line.replace(/^ +/, '');
      if (/^(?:---|\.\.\.)(?:\s|$)|^%/.test(line)) decline();
      return { indent: line.length - content.length, content };
    });
  }

  document(): unknown {
    const first = this.significant();
    if (first === undefined || this.lines[first]!.indent !== 0 || !simpleKey.test(this.lines[first]!.content)) decline();
    const value = this.map(0);
    if (this.significant() !== undefined) decline();
    return value;
  }

  /** The index of the next line that is neither blank nor a comment, skipping those before it. */
  private significant(): number | undefined {
    while (this.next < this.lines.length) {
      const { content } = this.lines[this.next]!;
      if (content !== '' && !content.startsWith('#')) return this.next;
      this.next++;
    }
    return undefined;
  }

  /** The node whose first line is the next significant one, at `indent`: a list, a map or plain text. */
  private node(indent: number, parentIndent: number): unknown {
    const { content } = this.lines[this.next]!;
    if (content === '-' || content.startsWith('- ')) return this.sequence(indent);
    if (simpleKey.test(content)) return this.map(indent);
    this.next++;
    return plainValue(this.plain(content, parentIndent));
  }

  private map(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let at = this.significant(); at !== undefined && this.lines[at]!.indent === indent; at = this.significant()) {
      const line = this.lines[at]!;
      const match = simpleKey.exec(line.content) ?? decline();
      const key = match[1]!;
      if (reservedKeys.has(key) || Object.prototype.hasOwnProperty.call(map, key)) decline();
      this.next++;
      map[key] = this.value(line.content.slice(match[0].length), indent, true);
    }
    return map;
  }

  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    for (let at = this.significant(); at !== undefined && this.lines[at]!.indent === indent; at = this.significant()) {
      const line = this.lines[at]!;
      if (line.content !== '-' && !line.content.startsWith('- ')) break;
      const rest = line.content.slice(1).replace(/^ +/, '');
      const column = indent + line.content.length - rest.length;
      if (rest === '-' || rest.startsWith('- ') || simpleKey.test(rest)) {
        // A compact list or map starting on the dash's line: read it as if it began on its own line at its column.
        this.lines[at] = { indent: column, content: rest };
        items.push(this.node(column, indent));
      } else {
        this.next++;
        items.push(this.value(rest, indent, false));
      }
    }
    return items;
  }

  /** A value that starts after "key:" or "- " (`rest`), perhaps continued on the lines below. */
  private value(rest: string, parentIndent: number, inMap: boolean): unknown {
    if (rest === '' || rest.startsWith('#')) {
      const at = this.significant();
      if (at === undefined) return null;
      const { indent, content } = this.lines[at]!;
      if (indent > parentIndent) return this.node(indent, parentIndent);
      // "key:" with its list at the key's own indentation.
      if (inMap && indent === parentIndent && (content === '-' || content.startsWith('- '))) return this.sequence(indent);
      return null;
    }
    return this.scalar(rest, parentIndent);
  }

  /** A scalar or one-line flow collection whose text starts with `text`; lines below more indented than the parent continue it. */
  private scalar(text: string, parentIndent: number): unknown {
    switch (text[0]) {
      case '"':
      case "'":
        return this.quoted(text, parentIndent);
      case '|':
      case '>':
        return this.block(text, parentIndent);
      case '[':
      case '{':
        return flowCollection(text);
      default:
        return plainValue(this.plain(text, parentIndent));
    }
  }

  /** A plain scalar, folded over its continuation lines (a comment ends it). */
  private plain(first: string, parentIndent: number): string {
    let { text, commented } = plainLine(first, true);
    let breaks = 0;
    while (this.next < this.lines.length) {
      const { indent, content } = this.lines[this.next]!;
      if (content === '') {
        breaks++;
        this.next++;
        continue;
      }
      if (indent <= parentIndent) break;
      if (commented || content.startsWith('#')) decline();
      const line = plainLine(content, false);
      text += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + line.text;
      commented = line.commented;
      breaks = 0;
      this.next++;
    }
    return text;
  }

  /** A single- or double-quoted scalar, over as many lines as it takes, folded as YAML folds flow scalars. */
  private quoted(first: string, parentIndent: number): string {
    const quote = first[0]!;
    const segments: Array<{ raw: string; blankLinesBefore: number }> = [];
    let line = first.slice(1);
    let blankLines = 0;
    for (;;) {
      const end = quote === '"' ? doubleQuotedEnd(line) : singleQuotedEnd(line);
      if (end !== -1) {
        segments.push({ raw: line.slice(0, end), blankLinesBefore: blankLines });
        if (!/^(?: +(?:#.*)?)?$/.test(line.slice(end + 1))) decline();
        break;
      }
      segments.push({ raw: line, blankLinesBefore: blankLines });
      blankLines = 0;
      for (;;) {
        const next = this.lines[this.next++] ?? decline();
        if (next.content === '') {
          blankLines++;
          continue;
        }
        if (next.indent <= parentIndent) decline();
        line = next.content;
        break;
      }
    }
    let text = '';
    segments.forEach(({ raw, blankLinesBefore }, i) => {
      let part = raw; // lines after the first come without their indentation
      // Spaces before a line break go; an escaped line break or space is left as a lone backslash, which unescapeDouble declines.
      if (i < segments.length - 1) part = part.replace(/ +$/, '');
      if (i > 0) text += blankLinesBefore === 0 ? ' ' : '\n'.repeat(blankLinesBefore);
      text += quote === '"' ? unescapeDouble(part) : part.replaceAll("''", "'");
    });
    return text;
  }

  /** A literal (|) or folded (>) block scalar, clipped or stripped (-); keep (+) and indentation indicators are the library's. */
  private block(header: string, parentIndent: number): string {
    const match = /^([|>])(-?)(?: +#.*)?$/.exec(header) ?? decline();
    const [, style, chomping] = match;
    const lines: string[] = [];
    let blockIndent = -1;
    let trailingBlank = 0;
    while (this.next < this.lines.length) {
      const { indent, content } = this.lines[this.next]!;
      if (content === '') {
        if (blockIndent === -1 ? indent > 0 : indent > blockIndent) decline(); // spaces that would be content
        trailingBlank++;
        lines.push('');
        this.next++;
        continue;
      }
      if (indent <= parentIndent) break;
      if (blockIndent === -1) blockIndent = indent;
      else if (indent < blockIndent) decline();
      if (indent > blockIndent && style === '>') decline(); // more-indented lines fold differently
      lines.push(' '.repeat(indent - blockIndent) + content);
      trailingBlank = 0;
      this.next++;
    }
    lines.length -= trailingBlank; // blank lines after the text belong to no value
    if (blockIndent === -1) decline();
    const body = style === '|' ? lines.join('\n') : foldLines(lines);
    return chomping === '-' ? body : body + '\n';
  }
}

/** Folded block lines: a line break between two text lines becomes a space, each blank line a line break. */
function foldLines(lines: string[]): string {
  let text = '';
  let breaks = -1;
  for (const line of lines) {
    if (line === '') {
      breaks++;
      continue;
    }
    if (breaks >= 0) text += breaks === 0 ? ' ' : '\n'.repeat(breaks);
    text += line;
    breaks = 0;
  }
  return text;
}

/** One line of a plain scalar, without its comment; indicators that would make it something else decline. */
function plainLine(line: string, first: boolean): { text: string; commented: boolean } {
  const comment = line.indexOf(' #');
  const text = (comment === -1 ? line : line.slice(0, comment)).replace(/ +$/, '');
  if (text.includes(': ') || text.endsWith(':')) decline(); // a mapping where a value was expected
  if (first ? /^(?:[-?:](?: |$)|[,[\]{}#&*!|>'"%@`])/.test(text) : /^[-?:#&*!|>'"%@`[\]{},]/.test(text)) decline();
  return { text, commented: comment !== -1 };
}

/** A plain scalar's value under the core schema: null, booleans, plain integers and decimals; other numbers decline. */
function plainValue(text: string): unknown {
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
function flowCollection(text: string): unknown {
  const close = text[0] === '[' ? ']' : '}';
  const items: string[] = [];
  let position = 1;
  let item = '';
  for (; position < text.length; position++) {
    const char = text[position]!;
    if (char === '"' || char === "'") {
      if (!/^ *$/.test(item)) decline();
      const rest = text.slice(position + 1);
      const end = char === '"' ? doubleQuotedEnd(rest) : singleQuotedEnd(rest);
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
  if (close === ']') return items.map(flowScalar);
  const map: Record<string, unknown> = {};
  for (const entry of items) {
    const match = /^ *([A-Za-z_][A-Za-z0-9_-]{0,100}): +(.*)$/.exec(entry) ?? decline();
    const key = match[1]!;
    if (reservedKeys.has(key) || Object.prototype.hasOwnProperty.call(map, key)) decline();
    map[key] = flowScalar(match[2]!);
  }
  return map;
}

/** A scalar inside a flow collection: quoted, or plain without the characters that would end or nest it. */
function flowScalar(entry: string): unknown {
  const text = entry.replace(/^ +| +$/g, '');
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const inner = text.slice(1, -1);
    if ((quote === '"' ? doubleQuotedEnd(text.slice(1)) : singleQuotedEnd(text.slice(1))) !== inner.length) decline();
    return quote === '"' ? unescapeDouble(inner) : inner.replaceAll("''", "'");
  }
  if (/[:?]/.test(text)) decline();
  return plainValue(plainLine(text, true).text);
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
