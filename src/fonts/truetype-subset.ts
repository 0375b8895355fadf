// Cuts a TrueType font down to the glyphs a document uses, for embedding in a PDF as a CIDFontType2 (Identity).
import type { TrueTypeFont } from './truetype-font';

/** Composite glyph flags (OpenType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Hinting tables kept as they are; the PDF standard asks for these besides the glyph tables. */
const copiedTables = ['cvt ', 'fpgm', 'prep'];

/**
 * The glyphs of one document, numbered in the order they were first used (0 is .notdef). A composite glyph's parts
 * join the subset when it is written. The interface is the one pdfkit asks of a font's subset.
 */
export class TrueTypeSubset {
  private readonly originalIds: number[] = [];
  private readonly newIds = new Map<number, number>();

  constructor(private readonly font: TrueTypeFont) {
    this.includeGlyph(0);
  }

  /** The glyph's number in the subset. */
  includeGlyph(glyphId: number): number {
    let newId = this.newIds.get(glyphId);
    if (newId === undefined) {
      newId = this.originalIds.length;
      this.originalIds.push(glyphId);
      this.newIds.set(glyphId, newId);
    }
    return newId;
  }

  /** A subset of `font` with these glyphs, in this order: the same file as the subset they were read from. */
  static of(font: TrueTypeFont, glyphIds: readonly number[]): TrueTypeSubset {
    const subset = new TrueTypeSubset(font);
    for (const glyphId of glyphIds) subset.includeGlyph(glyphId);
    return subset;
  }

  /** The subset as a TrueType file. */
  encode(): Buffer {
    const glyphs: Buffer[] = [];
    const offsets: number[] = [0];
    const metrics: number[] = [];
    let length = 0;
    for (let i = 0; i < this.originalIds.length; i++) {
      const original = this.originalIds[i]!;
      const data = this.renumberComponents(this.font.glyphData(original));
      glyphs.push(data);
      length += (data.length + 3) & ~3; // each glyph 4-byte aligned
      offsets.push(length);
      metrics.push(this.font.advanceWidth(original), this.font.leftSideBearing(original));
    }
    const glyf = Buffer.alloc(length);
    glyphs.forEach((data, i) => data.copy(glyf, offsets[i]));
    const count = this.originalIds.length;
    const tables = new Map<string, Buffer>();
    const head = this.copyTable('head');
    head.writeUInt32BE(0, 8);
    head.writeInt16BE(1, 50);
    tables.set('head', head);
    const hhea = this.copyTable('hhea');
    hhea.writeUInt16BE(count, 34);
    tables.set('hhea', hhea);
    const maxp = this.copyTable('maxp');
    maxp.writeUInt16BE(count, 4);
    tables.set('maxp', maxp);
    const hmtx = Buffer.alloc(4 * count);
    metrics.forEach((value, i) => (i % 2 ? hmtx.writeInt16BE(value, 2 * i) : hmtx.writeUInt16BE(value, 2 * i)));
    tables.set('hmtx', hmtx);
    const loca = Buffer.alloc(4 * offsets.length);
    offsets.forEach((offset, i) => loca.writeUInt32BE(offset, 4 * i));
    tables.set('loca', loca);
    tables.set('glyf', glyf);
    for (const tag of copiedTables) if (this.font.tables.has(tag)) tables.set(tag, this.copyTable(tag));
    return writeFontFile(tables);
  }

  /** A composite glyph names its parts by glyph number: those become subset numbers (and join the subset). */
  private renumberComponents(data: Buffer): Buffer {
    if (data.length < 10 || data.readInt16BE(0) >= 0) return data;
    const copy = Buffer.from(data);
    let at = 10;
    let flags: number;
    do {
      flags = copy.readUInt16BE(at);
      copy.writeUInt16BE(this.includeGlyph(copy.readUInt16BE(at + 2)), at + 2);
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) at += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    } while (flags & MORE_COMPONENTS);
    return copy;
  }

  private copyTable(tag: string): Buffer {
    const span = this.font.tables.get(tag)!;
    return Buffer.from(this.font.bytes.subarray(span.offset, span.offset + span.length));
  }
}

/** An sfnt file: the table directory in tag order, each table 4-byte aligned, with checksums and head's adjustment. */
function writeFontFile(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const header = Buffer.alloc(12 + 16 * tags.length);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(tags.length * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  let fileSum = 0;
  tags.forEach((tag, i) => {
    const table = tables.get(tag)!;
    const padded = Buffer.alloc((table.length + 3) & ~3);
    table.copy(padded);
    const sum = checksum(padded);
    const record = 12 + 16 * i;
    header.write(tag, record, 'latin1');
    header.writeUInt32BE(sum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.length, record + 12);
    bodies.push(padded);
    offset += padded.length;
    fileSum = (fileSum + sum) >>> 0;
  });
  // The whole file's checksum is the sum of its 4-byte words: the header's plus every (padded) table's.
  const file = Buffer.concat([header, ...bodies]);
  const headOffset = header.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
  file.writeUInt32BE((0xb1b0afba - ((fileSum + checksum(header)) >>> 0)) >>> 0, headOffset + 8);
  return file;
}

/** The sum of the big-endian 4-byte words of data whose length is a multiple of 4 (modulo 2^32). */
function checksum(data: Buffer): number {
  let sum = 0;
  for (let at = 0; at < data.length; at += 4) sum = (sum + data.readUInt32BE(at)) >>> 0;
  return sum;
}
