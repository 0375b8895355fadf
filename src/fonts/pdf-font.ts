// The embedded font as pdfkit sees it: the parsed TrueType file, glyphs mapped one per character (no OpenType
// shaping, as Word and LibreOffice set Vietnamese NFC text), and a subset of its own for each document.
import type { FontKey } from './font-files';
import { loadFont } from './font-metrics';
import type { TrueTypeFont } from './truetype-font';
import { TrueTypeSubset } from './truetype-subset';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** The part of fontkit's GlyphRun that pdfkit reads. */
class GlyphRun {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
  ) {}

  /** pdfkit scales the positions in place, so the width is summed when asked for. */
  get advanceWidth(): number {
    return this.positions.reduce((sum, position) => sum + position.xAdvance, 0);
  }
}

/** The part of a fontkit font that pdfkit's EmbeddedFont reads. The parsed file is shared; subsets are per document. */
export class PdfFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly xHeight: number;
  readonly capHeight: number;
  readonly bbox: TrueTypeFont['bbox'];
  readonly postscriptName: string;
  readonly italicAngle: number;
  readonly 'OS/2': { sFamilyClass: number };
  readonly post: { isFixedPitch: boolean };
  readonly head: { macStyle: { italic: boolean } };
  private readonly glyphs = new Map<number, Glyph>();

  constructor(private readonly file: TrueTypeFont) {
    this.unitsPerEm = file.unitsPerEm;
    this.ascent = file.ascent;
    this.descent = file.descent;
    this.lineGap = file.lineGap;
    this.xHeight = file.xHeight;
    this.capHeight = file.capHeight;
    this.bbox = file.bbox;
    this.postscriptName = file.postscriptName;
    this.italicAngle = file.italicAngle;
    this['OS/2'] = { sFamilyClass: file.familyClass };
    this.post = { isFixedPitch: file.isFixedPitch };
    this.head = { macStyle: { italic: file.italic } };
  }

  /** fontkit's layout, as pdfkit calls it for its own text(); pdfkit also takes an object as a font by this method. */
  layout(text: string): GlyphRun {
    const glyphs = Array.from(text, (char) => this.glyph(char.codePointAt(0)!));
    return new GlyphRun(glyphs, glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })));
  }

  getGlyph(id: number): { advanceWidth: number } {
    return { advanceWidth: this.file.advanceWidth(id) };
  }

  createSubset(): TrueTypeSubset {
    return new TrueTypeSubset(this.file);
  }

  /** The glyph for a character (.notdef, 0, when the font has none), with its advance in font units. */
  glyph(codePoint: number): Glyph {
    let glyph = this.glyphs.get(codePoint);
    if (!glyph) {
      const id = this.file.glyphId(codePoint);
      glyph = { id, advanceWidth: this.file.advanceWidth(id), codePoints: [codePoint] };
      this.glyphs.set(codePoint, glyph);
    }
    return glyph;
  }
}

const fonts = new Map<FontKey, PdfFont>();

/** One font object per style and process: it keeps no state of a document. */
export function pdfFont(key: FontKey): PdfFont {
  let font = fonts.get(key);
  if (!font) {
    font = new PdfFont(loadFont(key));
    fonts.set(key, font);
  }
  return font;
}
