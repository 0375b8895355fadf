import { describe, expect, it } from '@jest/globals';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync } from 'fflate';
import { makeReproducible } from '../../../../src/render/docx/reproducible-zip';

const tinyDocument = () =>
  new Document({ creator: 'Sở', sections: [{ children: [new Paragraph({ children: [new TextRun('Kế hoạch')] })] }] });

const coreXml = (docx: Buffer) => Buffer.from(unzipSync(new Uint8Array(docx))['docProps/core.xml']!).toString('utf8');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('makeReproducible', () => {
  const date = new Date(Date.UTC(2020, 8, 18));

  it('gives identical bytes for two packs of the same document made at different times', async () => {
    const first = await Packer.toBuffer(tinyDocument());
    await pause(1100);
    const second = await Packer.toBuffer(tinyDocument());
    // The packs themselves differ: the docx library stamps the current time into core.xml.
    expect(first.equals(second)).toBe(false);
    expect(coreXml(first)).not.toBe(coreXml(second));

    const a = makeReproducible(first, date);
    const b = makeReproducible(second, date);
    expect(a.equals(b)).toBe(true);
  });

  it('stamps the given date into created and modified', async () => {
    const fixed = makeReproducible(await Packer.toBuffer(tinyDocument()), date);
    const xml = coreXml(fixed);
    expect(xml).toMatch(/<dcterms:created[^>]*>2020-09-18T00:00:00Z<\/dcterms:created>/);
    expect(xml).toMatch(/<dcterms:modified[^>]*>2020-09-18T00:00:00Z<\/dcterms:modified>/);
  });

  it('keeps every part and puts [Content_Types].xml first, the rest sorted', async () => {
    const packed = await Packer.toBuffer(tinyDocument());
    const fixed = makeReproducible(packed, date);
    const before = unzipSync(new Uint8Array(packed));
    const after = unzipSync(new Uint8Array(fixed));
    const names = Object.keys(after);
    expect([...names].sort()).toEqual(Object.keys(before).sort());
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    expect(Buffer.from(after['word/document.xml']!).equals(Buffer.from(before['word/document.xml']!))).toBe(true);
  });

  it('gives different bytes for different dates', async () => {
    const packed = await Packer.toBuffer(tinyDocument());
    expect(makeReproducible(packed, date).equals(makeReproducible(packed, new Date(Date.UTC(2021, 0, 1))))).toBe(false);
  });
});
