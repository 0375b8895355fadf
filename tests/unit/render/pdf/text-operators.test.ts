import { describe, expect, it } from '@jest/globals';
import { pdfFont } from '../../../../src/fonts/pdf-font';
import { ContentBytes } from '../../../../src/render/pdf/content-bytes';
import { DocumentFont, DocumentFonts } from '../../../../src/render/pdf/document-fonts';
import { writeTextOperators, type NumberedFont } from '../../../../src/render/pdf/text-operators';
import type { PlacedText } from '../../../../src/layout/flow-pages';

/** A font whose subset numbers characters in the order given (so tests pick the codes), keeping what it was asked. */
function fontNumbering(order: number[]): NumberedFont & { asked: number[] } {
  const asked: number[] = [];
  return {
    id: 'F1',
    asked,
    numberOf(codePoint: number) {
      asked.push(codePoint);
      return order[asked.length - 1]!;
    },
  };
}

const placed = (text: string, wordSpacing = 0): PlacedText => ({
  kind: 'text',
  x: 70.5,
  y: 100.25,
  text,
  wordSpacing,
  run: { text, bold: false, italic: false, sizePt: 14 } as PlacedText['run'],
  // Untagged content: the paragraph only places the text in a structure tree.
  paragraph: {} as PlacedText['paragraph'],
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
function textOperators(item: PlacedText, font: NumberedFont): string {
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
    expect(readLiteral(match![1]!)).toEqual(tricky.flatMap((id) => [id >> 8, id & 0xff]));
    expect(font.asked).toEqual([...text].map((char) => char.codePointAt(0)));
  });

  it('widens each space of a justified line with a TJ shift', () => {
    const operators = textOperators(placed('a a', 2.8), fontNumbering([3, 7, 3]));
    expect(operators).toContain('[(\u0000\u0003\u0000\u0007) -200 (\u0000\u0003)] TJ');
  });

  it('writes a character beyond U+FFFF (two UTF-16 units) as one glyph', () => {
    const font = fontNumbering([1, 2, 3]);
    const operators = textOperators(placed('a\u{1F600}b'), font);
    expect(readLiteral(/\[\((.*)\)\] TJ/s.exec(operators)![1]!)).toEqual([0, 1, 0, 2, 0, 3]);
    expect(font.asked).toEqual([0x61, 0x1f600, 0x62]);
  });
});

describe('DocumentFont', () => {
  const regular = pdfFont('regular');

  it('numbers glyphs from 1 in the order first used, once each, recording what pdfkit records of them', () => {
    const font = new DocumentFont('regular', 'F1');
    const numbers = [...'nghĩa ng'].map((char) => font.numberOf(char.codePointAt(0)!));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 1, 2]);
    const glyphs = [...'nghĩa '].map((char) => regular.glyph(char.codePointAt(0)!));
    expect(font.glyphIds).toEqual([0, ...glyphs.map((glyph) => glyph.id)]);
    // As pdfkit's EmbeddedFont.encode: width in thousandths of an em, the character for copy and search.
    expect(font.widths.slice(1)).toEqual(glyphs.map((glyph) => (glyph.advanceWidth * 1000) / regular.unitsPerEm));
    expect(font.unicode.slice(1)).toEqual([...'nghĩa '].map((char) => [char.codePointAt(0)]));
  });

  it('gives a character the font lacks .notdef (0) and records nothing for it', () => {
    const font = new DocumentFont('regular', 'F1');
    expect(font.numberOf(0x6f22)).toBe(0); // 漢
    expect(font.glyphIds).toEqual([0]);
    expect(font.widths).toHaveLength(1);
  });

  it('is named F1, F2… in the order the document first uses each style', () => {
    const fonts = new DocumentFonts();
    expect(fonts.fontFor('italic').id).toBe('F1');
    expect(fonts.fontFor('bold').id).toBe('F2');
    expect(fonts.fontFor('italic').id).toBe('F1');
    expect(fonts.records().map((record) => [record.id, record.key])).toEqual([
      ['F1', 'italic'],
      ['F2', 'bold'],
    ]);
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

  it('copies a small page into memory of its own, not a slab of the shared pool that postMessage would copy whole', () => {
    const out = new ContentBytes();
    out.text('q\nQ\n');
    const copy = out.copy();
    expect(copy.byteLength).toBe(4);
    expect(copy.buffer.byteLength).toBe(4);
  });
});
