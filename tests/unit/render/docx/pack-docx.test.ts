import { describe, expect, it } from '@jest/globals';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync } from 'fflate';
import { crc32, inflateRawSync } from 'node:zlib';
import { compileParts, DeflatedPart, zipParts } from '../../../../src/render/docx/pack-docx';

const tinyDocument = () =>
  new Document({ creator: 'Sở', sections: [{ children: [new Paragraph({ children: [new TextRun('Kế hoạch')] })] }] });

const parts = (docx: Buffer) => unzipSync(new Uint8Array(docx));
const coreXml = (docx: Buffer) => Buffer.from(parts(docx)['docProps/core.xml']!).toString('utf8');
/** docx's parts of a document, zipped here. */
const packDocx = (document: Document, date: Date) => zipParts(compileParts(document), date);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('compileParts and zipParts', () => {
  const date = new Date(Date.UTC(2020, 8, 18));

  it('gives identical bytes for two packs of the same document made at different times', async () => {
    const first = packDocx(tinyDocument(), date);
    await pause(1100);
    const second = packDocx(tinyDocument(), date);
    expect(first.equals(second)).toBe(true);
    // docx's own Packer does not: it stamps the clock into core.xml and the zip entries.
    const packedFirst = await Packer.toBuffer(tinyDocument());
    await pause(1100);
    expect(coreXml(packedFirst)).not.toBe(coreXml(await Packer.toBuffer(tinyDocument())));
  });

  it('stamps the given date into created and modified', () => {
    const xml = coreXml(packDocx(tinyDocument(), date));
    expect(xml).toMatch(/<dcterms:created[^>]*>2020-09-18T00:00:00Z<\/dcterms:created>/);
    expect(xml).toMatch(/<dcterms:modified[^>]*>2020-09-18T00:00:00Z<\/dcterms:modified>/);
  });

  it('holds the same parts as docx own Packer, [Content_Types].xml first and the rest sorted', async () => {
    const ours = parts(packDocx(tinyDocument(), date));
    const theirs = parts(await Packer.toBuffer(tinyDocument()));
    const names = Object.keys(ours);
    expect([...names].sort()).toEqual(Object.keys(theirs).sort());
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    for (const name of names.filter((part) => part !== 'docProps/core.xml')) expect(Buffer.from(ours[name]!).equals(Buffer.from(theirs[name]!))).toBe(true);
  });

  it('gives different bytes for different dates', () => {
    expect(packDocx(tinyDocument(), date).equals(packDocx(tinyDocument(), new Date(Date.UTC(2021, 0, 1))))).toBe(false);
  });

  it('writes entries whose CRC-32 and sizes match their data (read back by fflate, which checks them)', () => {
    const data = Buffer.from('<w:document>Kế hoạch năm 2020</w:document>'.repeat(50), 'utf8');
    const zip = zipParts(new Map([['word/document.xml', data.toString('utf8')]]), date);
    expect(Buffer.from(unzipSync(new Uint8Array(zip))['word/document.xml']!).equals(data)).toBe(true);
    expect(zip.readUInt32LE(14)).toBe(crc32(data));
    expect(zip.readUInt32LE(22)).toBe(data.length);
    expect(zip.readUInt32LE(18)).toBeLessThan(data.length / 10); // deflated
    expect(zip.readUInt16LE(6) & 0x0800).toBe(0x0800); // UTF-8 names
  });

  it('writes every entry with the same fixed time, in any time zone', () => {
    const zip = zipParts(new Map<string, string | Uint8Array>([['b.xml', '<b/>'], ['[Content_Types].xml', '<Types/>'], ['a.bin', new Uint8Array([1, 2])]]), date);
    const entries: Array<{ name: string; time: number; day: number }> = [];
    for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), at + 4)) {
      entries.push({ name: zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28)), time: zip.readUInt16LE(at + 12), day: zip.readUInt16LE(at + 14) });
    }
    expect(entries).toEqual([
      { name: '[Content_Types].xml', time: 0, day: (0 << 9) | (1 << 5) | 1 },
      { name: 'a.bin', time: 0, day: (0 << 9) | (1 << 5) | 1 },
      { name: 'b.xml', time: 0, day: (0 << 9) | (1 << 5) | 1 },
    ]);
  });

  it('deflates a part ahead of time, with the CRC-32 and size of its UTF-8 bytes', () => {
    const text = '<w:styles>Kế hoạch</w:styles>'.repeat(20);
    const bytes = Buffer.from(text, 'utf8');
    const part = new DeflatedPart(text);
    expect(inflateRawSync(part.deflated).equals(bytes)).toBe(true);
    expect([part.crc, part.size]).toEqual([crc32(bytes), bytes.length]);
    expect(part.deflated.length).toBeLessThan(bytes.length / 5);
  });

  it('writes a part deflated ahead of time as it writes the same part given as text or bytes', () => {
    const text = '<w:styles>Kế hoạch</w:styles>'.repeat(20);
    const given = (data: string | Uint8Array | DeflatedPart) => new Map([['[Content_Types].xml', '<Types/>'], ['word/styles.xml', data]]);
    const zipped = zipParts(given(text), date);
    expect(zipParts(given(new DeflatedPart(text)), date).equals(zipped)).toBe(true);
    expect(zipParts(given(new DeflatedPart(Buffer.from(text, 'utf8'))), date).equals(zipped)).toBe(true);
    expect(zipParts(given(Buffer.from(text, 'utf8')), date).equals(zipped)).toBe(true);
  });

  it('refuses a core.xml it cannot stamp with the date', () => {
    const core = '<cp:coreProperties><dcterms:created>2000-01-01T00:00:00Z</dcterms:created></cp:coreProperties>';
    expect(() => zipParts(new Map([['docProps/core.xml', new DeflatedPart(core)]]), date)).toThrow(/core\.xml must be text/);
  });
});
