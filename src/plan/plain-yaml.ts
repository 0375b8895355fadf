// Reads the plain YAML plans are written in (block maps and lists, plain, quoted and block text, one-line [..] and
// {..}) about ten times faster than the yaml library; anything else, and anything doubtful, is left to the library.
//
// The value must be exactly what yaml (1.2, core schema) gives, so the reader declines rather than guesses: tabs,
// anchors, aliases, tags, directives, document markers, complex keys, quoted keys, escaped line breaks, nested flow
// collections, numbers other than plain integers and decimals, keep chomping (|+), text below a comment line,
// nesting past 64 levels, and every error. tests/property/plain-yaml.test.ts
// holds it to the library on generated and mutated plans. The scalars are read by plain-yaml-scalars.ts.
import {
  Decline,
  decline,
  flowCollection,
  foldLines,
  isCollectionLine,
  plainLine,
  plainValue,
  quotedEnd,
  quotedText,
  setEntry,
  simpleKey,
  trimSpacesEnd,
} from './plain-yaml-scalars';

/** Nesting deeper than this is left to the library. */
const maxDepth = 64;
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
  private depth = 0;

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
    if (isCollectionLine(content)) {
      // Nesting deeper than plans go (the schema allows 24 levels) is the library's, which also guards its stack.
      if (++this.depth > maxDepth) decline();
      const value = simpleKey.test(content) ? this.map(indent) : this.sequence(indent);
      this.depth--;
      return value;
    }
    this.next++;
    return plainValue(this.plain(content, parentIndent));
  }

  private map(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let at = this.significant(); at !== undefined && this.lines[at]!.indent === indent; at = this.significant()) {
      const line = this.lines[at]!;
      const match = simpleKey.exec(line.content) ?? decline();
      this.next++;
      setEntry(map, match[1]!, () => this.value(line.content.slice(match[0].length), indent, true));
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
      const from = this.next;
      const at = this.significant();
      if (at === undefined) return null;
      const { indent, content } = this.lines[at]!;
      if (indent > parentIndent) {
        // Text on a later line, after a comment line: the library reads such text its own ways.
        const commentBefore = this.lines.slice(from, at).some((line) => line.content !== '');
        if (commentBefore && !isCollectionLine(content)) decline();
        return this.node(indent, parentIndent);
      }
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
      const end = quotedEnd(quote, line);
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
      if (i < segments.length - 1) part = trimSpacesEnd(part);
      if (i > 0) text += blankLinesBefore === 0 ? ' ' : '\n'.repeat(blankLinesBefore);
      text += quotedText(quote, part);
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

