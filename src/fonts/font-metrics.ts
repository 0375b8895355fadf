// Advance widths and vertical metrics of the embedded font, read once per process with fontkit.
import fs from 'node:fs';
import * as fontkit from 'fontkit';
import { fontKey, fontPath, type FontKey, type FontStyle } from './font-files';

interface LoadedFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  advance: Map<number, number>;
  font: fontkit.Font;
  bytes: Buffer;
}

const loaded = new Map<FontKey, LoadedFont>();

export function loadFont(key: FontKey): LoadedFont {
  let entry = loaded.get(key);
  if (!entry) {
    const bytes = fs.readFileSync(fontPath(key));
    const font = fontkit.create(bytes) as fontkit.Font;
    entry = {
      unitsPerEm: font.unitsPerEm,
      ascent: font.hhea.ascent,
      descent: -font.hhea.descent,
      lineGap: font.hhea.lineGap,
      advance: new Map(),
      font,
      bytes,
    };
    loaded.set(key, entry);
  }
  return entry;
}

/** Width of text in points, without kerning or ligatures (as Word and LibreOffice set body text). */
export function textWidth(text: string, style: FontStyle, sizePt: number): number {
  const entry = loadFont(fontKey(style));
  let units = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    let advance = entry.advance.get(codePoint);
    if (advance === undefined) {
      advance = entry.font.glyphForCodePoint(codePoint).advanceWidth;
      entry.advance.set(codePoint, advance);
    }
    units += advance;
  }
  return (units / entry.unitsPerEm) * sizePt;
}

/** Ascent above the baseline, in points. */
export function ascent(sizePt: number): number {
  const entry = loadFont('regular');
  return (entry.ascent / entry.unitsPerEm) * sizePt;
}

/** Descent below the baseline, in points. */
export function descent(sizePt: number): number {
  const entry = loadFont('regular');
  return (entry.descent / entry.unitsPerEm) * sizePt;
}

/** Word's and LibreOffice's "single" line: ascent + descent + line gap of the hhea table. */
export function singleLineHeight(sizePt: number): number {
  const entry = loadFont('regular');
  return ((entry.ascent + entry.descent + entry.lineGap) / entry.unitsPerEm) * sizePt;
}

/** Characters of text the font has no glyph for. */
export function missingCharacters(text: string, style: FontStyle): string[] {
  const { font } = loadFont(fontKey(style));
  return [...new Set([...text].filter((char) => /\S/.test(char) && !font.hasGlyphForCodePoint(char.codePointAt(0)!)))];
}
