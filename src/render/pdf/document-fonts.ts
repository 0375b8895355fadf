// The fonts of one PDF as its pages are written: each font's name on the page (F1, F2…) and its subset's glyphs.
import type { FontKey } from '../../fonts/font-files';
import { pdfFont, type PdfFont } from '../../fonts/pdf-font';

/** What the assembling side needs of a font to have pdfkit embed it (assemble-pdf.ts). */
export interface FontRecord {
  key: FontKey;
  /** pdfkit's name for the font: F1, F2… in the order the fonts were first used. */
  id: string;
  /** The subset's glyphs (original numbers), in subset order; 0 (.notdef) first. */
  glyphIds: number[];
  /**
   * Per subset number, what pdfkit's EmbeddedFont.encode records of a glyph: its width in 1/1000 em and its Unicode.
   * Number 0 (.notdef) is left to pdfkit, which records it itself.
   */
  widths: number[];
  unicode: number[][];
}

/**
 * One font of the document, numbering its glyphs the way pdfkit's EmbeddedFont and the font's subset do: in the order
 * first used, .notdef being 0. (A class, not a closure per font: V8 then optimizes one method for every document.)
 */
export class DocumentFont {
  readonly glyphIds = [0];
  readonly widths = [0];
  readonly unicode = [[0]];
  private readonly byCodePoint = new Map<number, number>();
  private readonly byGlyph = new Map<number, number>([[0, 0]]);
  private readonly font: PdfFont;
  private readonly scale: number;

  constructor(
    readonly key: FontKey,
    readonly id: string,
  ) {
    this.font = pdfFont(key);
    this.scale = 1000 / this.font.unitsPerEm;
  }

  /** The character's number in the subset, its glyph recorded the first time. */
  numberOf(codePoint: number): number {
    let number = this.byCodePoint.get(codePoint);
    if (number === undefined) {
      const glyph = this.font.glyph(codePoint);
      number = this.byGlyph.get(glyph.id);
      if (number === undefined) {
        number = this.glyphIds.length;
        this.glyphIds.push(glyph.id);
        this.widths.push(glyph.advanceWidth * this.scale);
        this.unicode.push(glyph.codePoints);
        this.byGlyph.set(glyph.id, number);
      }
      this.byCodePoint.set(codePoint, number);
    }
    return number;
  }

  record(): FontRecord {
    return { key: this.key, id: this.id, glyphIds: this.glyphIds, widths: this.widths, unicode: this.unicode };
  }
}

/** The document's fonts, named F1, F2… in the order first used, as pdfkit names the fonts it is given. */
export class DocumentFonts {
  private readonly fonts = new Map<FontKey, DocumentFont>();

  fontFor(key: FontKey): DocumentFont {
    let font = this.fonts.get(key);
    if (!font) this.fonts.set(key, (font = new DocumentFont(key, `F${this.fonts.size + 1}`)));
    return font;
  }

  records(): FontRecord[] {
    return [...this.fonts.values()].map((font) => font.record());
  }
}
