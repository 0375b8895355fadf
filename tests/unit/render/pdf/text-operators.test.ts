import { describe, expect, it } from '@jest/globals';
import { pdfFont } from '../../../../src/fonts/pdf-font';
import type { EmbeddedFont } from '../../../../src/render/pdf/pdfkit-internals';
import { ContentBytes } from '../../../../src/render/pdf/content-bytes';
import { writeTextOperators } from '../../../../src/render/pdf/text-operators';
import type { PlacedText } from '../../../../src/layout/flow-pages';

/** A document font whose subset numbers glyphs in the order given (so tests pick the codes). */
function fontNumbering(order: number[]): EmbeddedFont & { glyphIds: number[] } {
  const glyphIds: number[] = [];
  return {
    font: pdfFont('regular'),
    id: 'F1',
    scale: 1000 / 2048,
    glyphIds,
    subset: {
      includeGlyph(glyphId: number) {
        glyphIds.push(glyphId);
        return order[glyphIds.length - 1]!;
      },
      glyphIds: () => [...glyphIds],
    },
    widths: [],
    unicode: [],
    ref: () => undefined,
  };
}

const placed = (text: string, wordSpacing = 0): PlacedText => ({
  kind: 'text',
  x: 70.5,
  y: 100.25,
  text,
  wordSpacing,
  run: { text, bold: false, italic: false, sizePt: 14 } as PlacedText['run'],
});

/** The bytes of a literal string, read as PDF readers read them (ISO 32000-1, 7.3.4.2). */
function readLiteral(operands: string): number[] {
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 0x0a, r: 0x0d, '(': 0x28, ')': 0x29, '\\': 0x5c };
  for (let i = 0; i < operands.length; i++) {
    const char = operands[i]!;
    if (char === '\\') bytes.push(escapes[operands[++i]!]!);
    else if (char === '\r' || char === '\n') throw new Error('an unescaped line end would be read as a newline');
    else if (char === '(' || char === ')') throw new Error('an unescaped parenthesis would change the nesting');
    else bytes.push(char.charCodeAt(0));
  }
  return bytes;
}

/** The operators written for one item, read back as latin1 (a character per byte). */
function textOperators(item: PlacedText, font: EmbeddedFont): string {
  const out = new ContentBytes();
  writeTextOperators(item, font, out);
  return out.copy().toString('latin1');
}

describe('writeTextOperators', () => {
  it('writes each glyph as its two-byte subset number, escaping what a literal string cannot hold', () => {
    // The subset numbers that are PDF delimiters or line ends in either byte.
    const tricky = [0x0a, 0x0d, 0x28, 0x29, 0x5c, 0x0a28, 0x5c0d, 0x0029, 0x0100];
    const font = fontNumbering(tricky);
    const text = 'abcdefghi';
    const operators = textOperators(placed(text), font);
    const match = /^BT\n1 0 0 -1 70\.5 100\.25 Tm\n\/F1 14 Tf\n\[\((.*)\)\] TJ\nET\n$/s.exec(operators);
    expect(match).not.toBeNull();
    const bytes = readLiteral(match![1]!);
    expect(bytes).toEqual(tricky.flatMap((id) => [id >> 8, id & 0xff]));
    // Each glyph is recorded for the subset, with its width and its Unicode for copy and search.
    expect(font.glyphIds).toEqual([...text].map((char) => pdfFont('regular').glyph(char.codePointAt(0)!).id));
    expect(font.unicode[0x28]).toEqual(['c'.codePointAt(0)]);
    expect(font.widths[0x28]).toBeCloseTo(pdfFont('regular').glyph('c'.codePointAt(0)!).advanceWidth * font.scale);
  });

  it('widens each space of a justified line with a TJ shift, and codes a repeated character once', () => {
    const font = fontNumbering([3, 7]);
    const operators = textOperators(placed('a a', 2.8), font);
    expect(operators).toContain('[(\u0000\u0003\u0000\u0007) -200 (\u0000\u0003)] TJ');
    expect(font.glyphIds).toHaveLength(2);
  });

  it('writes a character beyond U+FFFF (two UTF-16 units) as one glyph', () => {
    const font = fontNumbering([1, 2, 3]);
    const operators = textOperators(placed('a\u{1F600}b'), font);
    expect(readLiteral(/\[\((.*)\)\] TJ/s.exec(operators)![1]!)).toEqual([0, 1, 0, 2, 0, 3]);
    expect(font.unicode[2]).toEqual([0x1f600]);
  });
});

describe('ContentBytes', () => {
  it('grows past its first buffer, keeps what was written, and starts again empty when cleared', () => {
    const out = new ContentBytes();
    const long = 'BT 1 0 0 -1 Tm\n'.repeat(10_000); // 150,000 bytes, past the first 65,536
    out.text(long);
    out.byte(0xe9);
    const first = out.copy();
    expect(first.toString('latin1')).toBe(`${long}\u00e9`);
    out.clear();
    out.text('Q\n');
    expect(out.copy().toString('latin1')).toBe('Q\n');
    expect(first.toString('latin1')).toBe(`${long}\u00e9`); // a copy: later writing leaves it as it was
  });
});
