// Runs of text the layout placed, as PDF text operators (BT … TJ … ET), each glyph recorded for its font's subset.
import type { PlacedText } from '../../layout/flow-pages';
import type { EmbeddedFont } from './pdfkit-internals';

/**
 * pdfkit's text() would lay each run out again (and split it into words to justify it); the layout has already
 * placed every run, so the operators are written directly. What pdfkit's EmbeddedFont.encode records per glyph (subset
 * number, width, Unicode for copy and search) is recorded the same way, so pdfkit embeds the fonts as usual.
 */
export function textOperators(item: PlacedText, font: EmbeddedFont): string {
  const glyphCodes = codesOf(font);
  const spaceShift = ` ${pdfNumber((-item.wordSpacing * 1000) / item.run.sizePt)} `;
  let operands = '(';
  for (const char of item.text) {
    operands += glyphCodes(char);
    // Justification widens each space by the run's word spacing: TJ moves the next glyph right by that much.
    if (char === ' ' && item.wordSpacing) operands += `)${spaceShift}(`;
  }
  return `BT\n1 0 0 -1 ${pdfNumber(item.x)} ${pdfNumber(item.y)} Tm\n/${font.id} ${pdfNumber(item.run.sizePt)} Tf\n[${operands})] TJ\nET\n`;
}

/**
 * Per document font: each character's two-byte code in the subset (Identity-H), as it goes in a literal string, its
 * glyph recorded the first time it is used. Bytes, not hex digits: half the content to write and compress.
 */
const codes = new WeakMap<EmbeddedFont, (char: string) => string>();

function codesOf(font: EmbeddedFont): (char: string) => string {
  let codeOf = codes.get(font);
  if (!codeOf) {
    const known = new Map<string, string>();
    codeOf = (char) => {
      let code = known.get(char);
      if (code === undefined) {
        const codePoint = char.codePointAt(0)!;
        const glyph = font.font.glyph(codePoint);
        const id = font.subset.includeGlyph(glyph.id);
        font.widths[id] ??= glyph.advanceWidth * font.scale;
        font.unicode[id] ??= [codePoint];
        code = stringByte(id >> 8) + stringByte(id & 0xff);
        known.set(char, code);
      }
      return code;
    };
    codes.set(font, codeOf);
  }
  return codeOf;
}

/** One byte of a literal string (the content is written as latin1): the delimiters and line ends escaped. */
function stringByte(byte: number): string {
  const escaped = byteEscapes[byte];
  return escaped ?? String.fromCharCode(byte);
}

const byteEscapes: Record<number, string> = { 0x0a: '\\n', 0x0d: '\\r', 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\' };

/** A number as PDF content writes it: at most six decimals, no exponent. */
export function pdfNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
