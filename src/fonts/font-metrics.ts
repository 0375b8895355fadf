// Advance widths and vertical metrics of the embedded font, read once per process.
import fs from 'node:fs';
import { fontKey, fontPath, type FontKey, type FontStyle } from './font-files';
import { TrueTypeFont } from './truetype-font';

const loaded = new Map<FontKey, TrueTypeFont>();

/** The font file of a style, read and parsed once per process. */
export function loadFont(key: FontKey): TrueTypeFont {
  let font = loaded.get(key);
  if (!font) {
    font = new TrueTypeFont(fs.readFileSync(fontPath(key)));
    loaded.set(key, font);
  }
  return font;
}

/** Widths of the words already measured, in font units, per style: a plan repeats its words many times. */
const wordWidths = new Map<FontKey, Map<string, number>>();
const maxCachedWords = 100_000;

/** Width of text in points, without kerning or ligatures (as Word and LibreOffice set body text). */
export function textWidth(text: string, style: FontStyle, sizePt: number): number {
  const key = fontKey(style);
  let widths = wordWidths.get(key);
  if (!widths) wordWidths.set(key, (widths = new Map()));
  let units = widths.get(text);
  if (units === undefined) {
    const font = loadFont(key);
    units = 0;
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      units += font.advanceWidth(font.glyphId(codePoint));
    }
    if (widths.size >= maxCachedWords) widths.clear();
    widths.set(text, units);
  }
  return (units / loadFont(key).unitsPerEm) * sizePt;
}

/** Ascent above the baseline, in points. */
export function ascent(sizePt: number): number {
  const font = loadFont('regular');
  return (font.ascent / font.unitsPerEm) * sizePt;
}

/** Descent below the baseline, in points. */
export function descent(sizePt: number): number {
  const font = loadFont('regular');
  return (-font.descent / font.unitsPerEm) * sizePt;
}

/** Word's and LibreOffice's "single" line: ascent + descent + line gap of the hhea table. */
export function singleLineHeight(sizePt: number): number {
  const font = loadFont('regular');
  return ((font.ascent - font.descent + font.lineGap) / font.unitsPerEm) * sizePt;
}

/** Characters of text the font has no glyph for. */
export function missingCharacters(text: string, style: FontStyle): string[] {
  const font = loadFont(fontKey(style));
  const missing = new Set<string>();
  for (const char of text) if (font.glyphId(char.codePointAt(0)!) === 0 && /\S/.test(char)) missing.add(char);
  return [...missing];
}
