// The embedded font as pdfkit sees it: set glyph by glyph without OpenType shaping. Word and LibreOffice set
// Vietnamese NFC text without kerning or ligatures, so the shaper (most of pdfkit's time, see
// research/perf-baselines.md) would only spend time to produce the same advances.
import * as fontkit from 'fontkit';
import type { FontKey } from './font-files';
import { loadFont } from './font-metrics';

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** The part of fontkit's GlyphRun that pdfkit reads. */
class UnshapedRun {
  constructor(
    readonly glyphs: fontkit.Glyph[],
    readonly positions: Position[],
  ) {}

  /** pdfkit scales the positions in place, so the width is summed when asked for. */
  get advanceWidth(): number {
    return this.positions.reduce((sum, position) => sum + position.xAdvance, 0);
  }
}

/**
 * A fontkit font whose layout maps characters straight to glyphs; pdfkit accepts it in place of a file. The file
 * is read once per process, but each document gets its own font object: fontkit's subsetter keeps state in the
 * font, and a font shared by two documents dropped glyphs from the second one's subset.
 */
export function unshapedFont(key: FontKey): fontkit.Font {
  const font = fontkit.create(loadFont(key).bytes);
  font.layout = (text: string) => {
    const glyphs = [...text].map((char) => font.glyphForCodePoint(char.codePointAt(0)!));
    return new UnshapedRun(glyphs, glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })));
  };
  return font;
}
