// Reads the tables of a TrueType file that layout and PDF embedding need, straight from its bytes (no shaping engine).

export interface TableSpan {
  offset: number;
  length: number;
}

export interface BoundingBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface CharacterMap {
  glyphId(codePoint: number): number;
  coveredRanges(): Array<[number, number]>;
}

/** A parsed TrueType font: vertical metrics, advance widths and the character map, in font units. */
export class TrueTypeFont {
  readonly tables = new Map<string, TableSpan>();
  readonly unitsPerEm: number;
  readonly bbox: BoundingBox;
  readonly italic: boolean;
  readonly longOffsets: boolean;
  readonly ascent: number;
  /** Negative, as in the hhea table. */
  readonly descent: number;
  readonly lineGap: number;
  readonly numGlyphs: number;
  readonly italicAngle: number;
  readonly isFixedPitch: boolean;
  /** The post table's underline: the top of its stroke (negative: below the baseline) and its thickness. */
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  readonly familyClass: number;
  readonly xHeight: number;
  readonly capHeight: number;
  readonly postscriptName: string;
  private readonly numberOfHMetrics: number;
  private readonly characterMap: CharacterMap;
  private readonly glyphIds = new Map<number, number>();
  private covered?: Array<[number, number]>;

  constructor(readonly bytes: Buffer) {
    if (bytes.length < 12 || ![0x00010000, 0x74727565].includes(bytes.readUInt32BE(0))) throw new Error('not a TrueType font');
    const numTables = bytes.readUInt16BE(4);
    for (let i = 0; i < numTables; i++) {
      const record = 12 + i * 16;
      this.tables.set(bytes.toString('latin1', record, record + 4), { offset: bytes.readUInt32BE(record + 8), length: bytes.readUInt32BE(record + 12) });
    }
    const head = this.table('head');
    this.unitsPerEm = bytes.readUInt16BE(head + 18);
    this.bbox = { minX: bytes.readInt16BE(head + 36), minY: bytes.readInt16BE(head + 38), maxX: bytes.readInt16BE(head + 40), maxY: bytes.readInt16BE(head + 42) };
    this.italic = (bytes.readUInt16BE(head + 44) & 2) !== 0;
    this.longOffsets = bytes.readInt16BE(head + 50) === 1;
    const hhea = this.table('hhea');
    this.ascent = bytes.readInt16BE(hhea + 4);
    this.descent = bytes.readInt16BE(hhea + 6);
    this.lineGap = bytes.readInt16BE(hhea + 8);
    this.numberOfHMetrics = bytes.readUInt16BE(hhea + 34);
    this.numGlyphs = bytes.readUInt16BE(this.table('maxp') + 4);
    const post = this.table('post');
    this.italicAngle = bytes.readInt32BE(post + 4) / 65536;
    this.isFixedPitch = bytes.readUInt32BE(post + 12) !== 0;
    this.underlinePosition = bytes.readInt16BE(post + 8);
    this.underlineThickness = bytes.readInt16BE(post + 10);
    const os2 = this.tables.has('OS/2') ? this.table('OS/2') : undefined;
    const os2Version = os2 === undefined ? 0 : bytes.readUInt16BE(os2);
    this.familyClass = os2 === undefined ? 0 : bytes.readInt16BE(os2 + 30);
    this.xHeight = os2 !== undefined && os2Version >= 2 ? bytes.readInt16BE(os2 + 86) : 0;
    this.capHeight = os2 !== undefined && os2Version >= 2 ? bytes.readInt16BE(os2 + 88) : this.ascent;
    this.postscriptName = this.readPostscriptName();
    this.characterMap = this.readCharacterMap();
  }

  /** Offset of a table the font must have. */
  table(tag: string): number {
    const span = this.tables.get(tag);
    if (!span) throw new Error(`font has no ${tag} table`);
    return span.offset;
  }

  /** The glyph for a character, 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number {
    let id = this.glyphIds.get(codePoint);
    if (id === undefined) {
      id = this.characterMap.glyphId(codePoint);
      this.glyphIds.set(codePoint, id);
    }
    return id;
  }

  /** Ranges of code points that all have a glyph, read off the character map when first asked for. */
  get coveredRanges(): Array<[number, number]> {
    return (this.covered ??= this.characterMap.coveredRanges());
  }

  advanceWidth(glyphId: number): number {
    const hmtx = this.table('hmtx');
    return this.bytes.readUInt16BE(hmtx + 4 * Math.min(glyphId, this.numberOfHMetrics - 1));
  }

  leftSideBearing(glyphId: number): number {
    const hmtx = this.table('hmtx');
    if (glyphId < this.numberOfHMetrics) return this.bytes.readInt16BE(hmtx + 4 * glyphId + 2);
    return this.bytes.readInt16BE(hmtx + 4 * this.numberOfHMetrics + 2 * (glyphId - this.numberOfHMetrics));
  }

  /** The glyph's outline bytes in the glyf table (empty for a glyph without contours). */
  glyphData(glyphId: number): Buffer {
    const loca = this.table('loca');
    const at = (index: number) => (this.longOffsets ? this.bytes.readUInt32BE(loca + 4 * index) : 2 * this.bytes.readUInt16BE(loca + 2 * index));
    const glyf = this.table('glyf');
    return this.bytes.subarray(glyf + at(glyphId), glyf + at(glyphId + 1));
  }

  private readPostscriptName(): string {
    const name = this.table('name');
    const count = this.bytes.readUInt16BE(name + 2);
    const strings = name + this.bytes.readUInt16BE(name + 4);
    let found = '';
    for (let i = 0; i < count; i++) {
      const record = name + 6 + 12 * i;
      const [platform, , , nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((field) => this.bytes.readUInt16BE(record + field)) as number[];
      if (nameId !== 6) continue;
      const start = strings + offset!;
      if (platform === 3 || platform === 0) return Buffer.from(this.bytes.subarray(start, start + length!)).swap16().toString('utf16le');
      found ||= this.bytes.toString('latin1', start, start + length!);
    }
    return found;
  }

  /** The Unicode subtable of cmap (format 12 preferred, else format 4). */
  private readCharacterMap(): CharacterMap {
    const cmap = this.table('cmap');
    const count = this.bytes.readUInt16BE(cmap + 2);
    const subtables: { format: number; offset: number }[] = [];
    for (let i = 0; i < count; i++) {
      const record = cmap + 4 + 8 * i;
      const platform = this.bytes.readUInt16BE(record);
      const encoding = this.bytes.readUInt16BE(record + 2);
      const offset = cmap + this.bytes.readUInt32BE(record + 4);
      if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push({ format: this.bytes.readUInt16BE(offset), offset });
    }
    const format12 = subtables.find((subtable) => subtable.format === 12);
    if (format12) return this.format12(format12.offset);
    const format4 = subtables.find((subtable) => subtable.format === 4);
    if (format4) return this.format4(format4.offset);
    throw new Error('font has no Unicode character map');
  }

  private format4(offset: number): CharacterMap {
    const bytes = this.bytes;
    const segments = bytes.readUInt16BE(offset + 6) / 2;
    const ends = offset + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    const glyphOf = (i: number, codePoint: number): number => {
      const delta = bytes.readUInt16BE(deltas + 2 * i);
      const rangeOffset = bytes.readUInt16BE(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = bytes.readUInt16BE(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - bytes.readUInt16BE(starts + 2 * i)));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    };
    const coveredRanges = () => {
      const ranges: Array<[number, number]> = [];
      for (let i = 0; i < segments; i++) {
        const [start, end] = [bytes.readUInt16BE(starts + 2 * i), Math.min(bytes.readUInt16BE(ends + 2 * i), 0xfffe)];
        const delta = bytes.readUInt16BE(deltas + 2 * i);
        if (bytes.readUInt16BE(rangeOffsets + 2 * i) === 0) {
          // Glyph = code point + delta (mod 65536): the whole range has glyphs unless that wraps to 0 within it.
          const toNotdef = (0x10000 - delta) % 0x10000;
          if (start <= end && !(toNotdef >= start && toNotdef <= end)) ranges.push([start, end]);
          continue;
        }
        for (let codePoint = start; codePoint <= end; codePoint++) {
          if (glyphOf(i, codePoint) === 0) continue;
          const last = ranges[ranges.length - 1];
          if (last && last[1] === codePoint - 1) last[1] = codePoint;
          else ranges.push([codePoint, codePoint]);
        }
      }
      return ranges;
    };
    const glyphId = (codePoint: number) => {
      if (codePoint > 0xffff) return 0;
      for (let i = 0; i < segments; i++) {
        if (codePoint > bytes.readUInt16BE(ends + 2 * i)) continue;
        if (codePoint < bytes.readUInt16BE(starts + 2 * i)) return 0;
        return glyphOf(i, codePoint);
      }
      return 0;
    };
    return { glyphId, coveredRanges };
  }

  private format12(offset: number): CharacterMap {
    const bytes = this.bytes;
    const groups = bytes.readUInt32BE(offset + 12);
    const group = (i: number) => offset + 16 + 12 * i;
    const coveredRanges = () =>
      Array.from({ length: groups }, (_, i): [number, number] => [bytes.readUInt32BE(group(i)), bytes.readUInt32BE(group(i) + 4)]).filter(
        (_, i) => bytes.readUInt32BE(group(i) + 8) !== 0,
      );
    const glyphId = (codePoint: number) => {
      for (let i = 0; i < groups; i++) {
        const start = bytes.readUInt32BE(group(i));
        if (codePoint < start) return 0;
        if (codePoint <= bytes.readUInt32BE(group(i) + 4)) return bytes.readUInt32BE(group(i) + 8) + codePoint - start;
      }
      return 0;
    };
    return { glyphId, coveredRanges };
  }
}
