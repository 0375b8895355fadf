import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import * as fontkit from 'fontkit';
import { fontKeys, fontPath } from '../../../src/fonts/font-files';
import { TrueTypeFont } from '../../../src/fonts/truetype-font';
import { TrueTypeSubset } from '../../../src/fonts/truetype-subset';

// fontkit, a separate and widely used font reader, is the oracle for what plan reads and writes itself.
const vietnamese = 'AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYaăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const codePoints = [...Array.from({ length: 0x250 - 0x20 }, (_, i) => 0x20 + i), ...Array.from({ length: 0x60 }, (_, i) => 0x1ea0 + i), 0x2013, 0x2014, 0x201c, 0x201d, 0x2026, 0x4e2d, 0x1f600];

describe.each(fontKeys)('TrueType reader (%s)', (key) => {
  const bytes = fs.readFileSync(fontPath(key));
  const font = new TrueTypeFont(bytes);
  const oracle = fontkit.create(bytes);

  it('maps every character to the glyph and advance width fontkit finds', () => {
    const ours = codePoints.map((codePoint) => [codePoint, font.glyphId(codePoint), font.advanceWidth(font.glyphId(codePoint))]);
    const theirs = codePoints.map((codePoint) => {
      const glyph = oracle.glyphForCodePoint(codePoint);
      return [codePoint, glyph.id, glyph.advanceWidth];
    });
    expect(ours).toEqual(theirs);
    expect(font.glyphId(0x4e2d)).toBe(0); // no CJK in Tinos
  });

  it('lists exactly the code points that have a glyph as covered ranges (the whole BMP checked)', () => {
    const covered = new Set<number>();
    for (const [start, end] of font.coveredRanges) for (let codePoint = start; codePoint <= end; codePoint++) covered.add(codePoint);
    const disagreements: number[] = [];
    for (let codePoint = 0; codePoint < 0xffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      if (covered.has(codePoint) !== (font.glyphId(codePoint) !== 0)) disagreements.push(codePoint);
    }
    expect(disagreements).toEqual([]);
    expect(covered.size).toBeGreaterThan(2000);
  });

  it('reads the metrics and names pdfkit embeds', () => {
    expect({ ascent: font.ascent, descent: font.descent, lineGap: font.lineGap }).toEqual({ ascent: oracle.hhea.ascent, descent: oracle.hhea.descent, lineGap: oracle.hhea.lineGap });
    expect([font.unitsPerEm, font.numGlyphs, font.postscriptName, font.italicAngle, font.capHeight, font.xHeight]).toEqual([
      oracle.unitsPerEm, oracle.numGlyphs, oracle.postscriptName, oracle.italicAngle, oracle.capHeight, oracle.xHeight,
    ]);
    expect(font.bbox).toEqual({ minX: oracle.bbox.minX, minY: oracle.bbox.minY, maxX: oracle.bbox.maxX, maxY: oracle.bbox.maxY });
    expect(font.italic).toBe(key === 'italic' || key === 'boldItalic');
  });

  it('writes a subset whose glyphs have the original outlines and widths, composite parts included', () => {
    const subset = new TrueTypeSubset(font);
    const used = [...new Set(vietnamese)].map((char) => font.glyphId(char.codePointAt(0)!));
    const numbers = used.map((id) => subset.includeGlyph(id));
    expect(numbers).toEqual(used.map((_, i) => i + 1)); // 0 is .notdef
    expect(subset.includeGlyph(used[0]!)).toBe(1); // asking again gives the same number
    const file = subset.encode();
    const cut = fontkit.create(file);
    // Diacritics are composites (ệ = e + two marks): their parts join the subset, so it holds more glyphs than asked for.
    expect(cut.numGlyphs).toBeGreaterThan(used.length + 1);
    expect(cut.numGlyphs).toBeLessThan(font.numGlyphs / 4);
    used.forEach((id, i) => {
      expect(cut.getGlyph(i + 1).path.toSVG()).toBe(oracle.getGlyph(id).path.toSVG());
      expect(cut.getGlyph(i + 1).advanceWidth).toBe(oracle.getGlyph(id).advanceWidth);
    });
  });

  it('makes from a glyph list (as the render thread does) the file of a subset that met the glyphs in that order', () => {
    const subset = new TrueTypeSubset(font);
    const glyphIds = [0];
    // Out of code point order, repeats, and composites (ệ, ờ) whose parts the subset adds only when it is written.
    for (const char of 'ờệ Việt Nam đã ờ') {
      const glyphId = font.glyphId(char.codePointAt(0)!);
      if (subset.includeGlyph(glyphId) === glyphIds.length) glyphIds.push(glyphId);
    }
    expect(glyphIds.length).toBeGreaterThan(8);
    expect(TrueTypeSubset.of(font, glyphIds).encode().equals(subset.encode())).toBe(true);
    expect(TrueTypeSubset.of(font, [...glyphIds].reverse()).encode().equals(subset.encode())).toBe(false);
  });

  it('writes a well-formed file: 4-byte aligned tables with checksums, and the whole-file checksum in head', () => {
    const subset = new TrueTypeSubset(font);
    for (const char of 'Việt Nam') subset.includeGlyph(font.glyphId(char.codePointAt(0)!));
    const file = subset.encode();
    const again = new TrueTypeSubset(font);
    for (const char of 'Việt Nam') again.includeGlyph(font.glyphId(char.codePointAt(0)!));
    expect(again.encode().equals(file)).toBe(true); // the same glyphs give the same bytes
    const sum = (data: Buffer) => {
      let total = 0;
      for (let at = 0; at < data.length; at += 4) total = (total + data.readUInt32BE(at)) >>> 0;
      return total;
    };
    expect(file.length % 4).toBe(0);
    expect(sum(file)).toBe(0xb1b0afba);
    const tables = Array.from({ length: file.readUInt16BE(4) }, (_, i) => {
      const record = 12 + 16 * i;
      return { tag: file.toString('latin1', record, record + 4), checksum: file.readUInt32BE(record + 4), offset: file.readUInt32BE(record + 8), length: file.readUInt32BE(record + 12) };
    });
    expect(tables.map((table) => table.tag)).toEqual(['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep']);
    for (const table of tables) {
      expect(table.offset % 4).toBe(0);
      const padded = Buffer.alloc((table.length + 3) & ~3);
      file.copy(padded, 0, table.offset, table.offset + table.length);
      if (table.tag !== 'head') expect(table.checksum).toBe(sum(padded));
    }
  });
});
