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

/** Widths of the words already measured, in font units, per style (regular, italic, bold, bold italic), and each style's em. */
const wordWidths: Array<Map<string, number>> = [new Map(), new Map(), new Map(), new Map()];
const ems: number[] = [];
const maxCachedWords = 100_000;

/** Width of text in points, without kerning or ligatures (as Word and LibreOffice set body text). */
export function textWidth(text: string, style: FontStyle, sizePt: number): number {
  const slot = (style.bold ? 2 : 0) + (style.italic ? 1 : 0);
  const widths = wordWidths[slot]!;
  let units = widths.get(text);
  if (units === undefined) {
    const font = loadFont(fontKey(style));
    ems[slot] = font.unitsPerEm;
    units = 0;
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      units += font.advanceWidth(font.glyphId(codePoint));
    }
    if (widths.size >= maxCachedWords) widths.clear();
    widths.set(text, units);
  }
  return (units / ems[slot]!) * sizePt;
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

/** The font's underline: the middle of its stroke below the baseline, and its thickness, in points. */
export function underline(sizePt: number): { offsetPt: number; thicknessPt: number } {
  const font = loadFont('regular');
  const thickness = font.underlineThickness / font.unitsPerEm;
  return { offsetPt: (-font.underlinePosition / font.unitsPerEm + thickness / 2) * sizePt, thicknessPt: thickness * sizePt };
}

/** Word's and LibreOffice's "single" line: ascent + descent + line gap of the hhea table. */
export function singleLineHeight(sizePt: number): number {
  const font = loadFont('regular');
  return ((font.ascent - font.descent + font.lineGap) / font.unitsPerEm) * sizePt;
}

const uncoveredCharacters = new Map<FontKey, RegExp>();

/** Characters of text the font has no glyph for. */
export function missingCharacters(text: string, style: FontStyle): string[] {
  const key = fontKey(style);
  const font = loadFont(key);
  // One pass of a regular expression for the usual text; character by character only when something is outside
  // the ranges the font surely covers.
  let uncovered = uncoveredCharacters.get(key);
  if (!uncovered) {
    const ranges = font.coveredRanges.map(([start, end]) => `\\u{${start.toString(16)}}-\\u{${end.toString(16)}}`).join('');
    uncoveredCharacters.set(key, (uncovered = new RegExp(`[^\\s${ranges}]`, 'u')));
  }
  if (!uncovered.test(text)) return [];
  const missing = new Set<string>();
  for (const char of text) if (font.glyphId(char.codePointAt(0)!) === 0 && /\S/.test(char)) missing.add(char);
  return [...missing];
}
