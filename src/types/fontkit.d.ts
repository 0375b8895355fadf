// The small part of fontkit's API that plan uses (fontkit ships no type declarations).
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }
  export interface Font {
    unitsPerEm: number;
    hhea: { ascent: number; descent: number; lineGap: number };
    glyphForCodePoint(codePoint: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): { glyphs: Glyph[]; positions: unknown[]; advanceWidth: number };
  }
  export function create(buffer: Buffer): Font;
}
