// Runs of text the layout placed, as PDF text operators (BT … TJ … ET), each glyph recorded for its font's subset.
import type { PlacedText } from '../../layout/flow-pages';
import type { ContentBytes } from './content-bytes';
import type { TextMarks } from './marked-content';

/** A font of the document as the operators need it: its name on the page and each character's number in its subset. */
export interface NumberedFont {
  readonly id: string;
  numberOf(codePoint: number): number;
}

/**
 * pdfkit's text() would lay each run out again (and split it into words to justify it); the layout has already
 * placed every run, so the operators are written directly. Each glyph is recorded in the document font as pdfkit's
 * EmbeddedFont.encode would record it (document-fonts.ts) and goes in a literal string as its two-byte number in the
 * subset (Identity-H): bytes, not hex digits, so half the content to write and compress.
 */
export function writeTextOperators(item: PlacedText, font: NumberedFont, out: ContentBytes, marks?: TextMarks): void {
  // Justification widens each space by the run's word spacing: TJ moves the next glyph right by that much.
  const spaceShift = item.wordSpacing ? `) ${pdfNumber((-item.wordSpacing * 1000) / item.run.sizePt)} (` : '';
  out.text(`BT\n1 0 0 -1 ${pdfNumber(item.x)} ${pdfNumber(item.y)} Tm\n/${font.id} ${pdfNumber(item.run.sizePt)} Tf\n${marks?.first ?? ''}[(`);
  const { text } = item;
  for (let i = 0; i < text.length; i++) {
    // A second marked sequence in the same text object: the next show goes on where this one stopped.
    if (i === marks?.at) out.text(`)] TJ\n${marks.between}[(`);
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const id = font.numberOf(codePoint);
    stringByte(id >> 8, out);
    stringByte(id & 0xff, out);
    if (codePoint === 0x20 && spaceShift) out.text(spaceShift);
  }
  out.text(marks ? `)] TJ\n${marks.last}ET\n` : ')] TJ\nET\n');
}

/** One byte of a literal string: the delimiters and line ends escaped (ISO 32000-1, 7.3.4.2). */
function stringByte(byte: number, out: ContentBytes): void {
  const escaped = byteEscapes[byte]!;
  if (escaped === 0) out.byte(byte);
  else {
    out.byte(0x5c); // \
    out.byte(escaped);
  }
}

/** For each byte a literal string cannot hold as it is, the byte after the backslash (0 for the others). */
const byteEscapes = new Uint8Array(256);
byteEscapes[0x0a] = 0x6e; // \n
byteEscapes[0x0d] = 0x72; // \r
byteEscapes[0x28] = 0x28; // \(
byteEscapes[0x29] = 0x29; // \)
byteEscapes[0x5c] = 0x5c; // \\

/** A number as PDF content writes it: at most six decimals, no exponent. */
export function pdfNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
