// A page's content written directly, and a PDF assembled around it with streams compressed beforehand, give the bytes
// pdfkit itself writes.
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import PDFDocument from 'pdfkit';
import { fontKeys, fontKey } from '../../../../src/fonts/font-files';
import { pdfFont } from '../../../../src/fonts/pdf-font';
import type { PlacedItem, PlacedText } from '../../../../src/layout/flow-pages';
import { assemblePdf } from '../../../../src/render/pdf/assemble-pdf';
import { DocumentFonts } from '../../../../src/render/pdf/document-fonts';
import { pageContent, pageStart } from '../../../../src/render/pdf/page-content';
import type { PdfParts } from '../../../../src/render/pdf/pdf-parts';
import { fontWithGlyphs, setPageContent, type EmbeddedFont } from '../../../../src/render/pdf/pdfkit-internals';

const size: [number, number] = [595.275591, 841.889764];
const meta = { title: 'Kế hoạch', author: 'Sở Giáo dục', subject: 'Tuần lễ', language: 'vi-VN' };
const info = { date: new Date(Date.UTC(2020, 8, 18)), producer: 'plan test' };

/** A pdfkit document made with the options assemble-pdf.ts uses, Tinos registered, the output collected. */
function newDocument() {
  const pdf = new PDFDocument({
    size,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    pdfVersion: '1.7',
    font: null,
    lang: meta.language,
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: info.producer, Producer: info.producer, CreationDate: info.date, ModDate: info.date },
  } as unknown as PDFKit.PDFDocumentOptions);
  for (const key of fontKeys) pdf.registerFont(key, pdfFont(key) as unknown as string);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const pageBytes = () => Buffer.concat((pdf as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content.buffer).toString('latin1');
  return { pdf, pageBytes, finish: () => (pdf.end(), ended) };
}

const text = (value: string, x: number, bold = false): PlacedText => ({
  kind: 'text',
  x,
  y: 120.5,
  text: value,
  wordSpacing: 0,
  run: { text: value, bold, italic: false, sizePt: 13 } as PlacedText['run'],
  // Untagged content: the paragraph only places the text in a structure tree.
  paragraph: {} as PlacedText['paragraph'],
});

describe('pageContent', () => {
  it('opens the page as pdfkit does and draws a rule with the operators pdfkit writes for it', () => {
    const { pdf, pageBytes } = newDocument();
    pdf.addPage({ size });
    expect(pageBytes()).toBe(pageStart(size[1]));
    pdf.save().lineWidth(0.5).moveTo(123.077046, 105.789105).lineTo(191.982124, 105.789105).stroke('#000000').restore();
    const rule: PlacedItem = { kind: 'rule', x1: 123.077046, x2: 191.982124, y: 105.789105, thicknessPt: 0.5 };
    const fonts = new DocumentFonts();
    expect(pageContent([rule], size[1], fonts).operators.toString('latin1')).toBe(pageBytes());
  });

  it('writes the rules before the text and lists each font the page uses once, named in the order first used', () => {
    const fonts = new DocumentFonts();
    const rule: PlacedItem = { kind: 'rule', x1: 10, x2: 20, y: 30, thicknessPt: 0.5 };
    const content = pageContent([text('Kế', 70, true), rule, text('hoạch', 90), text('năm', 120, true)], size[1], fonts);
    const operators = content.operators.toString('latin1');
    expect(operators.indexOf(' w\n')).toBeLessThan(operators.indexOf('BT\n'));
    expect(operators.match(/BT\n/g)).toHaveLength(3);
    expect([...content.fonts].map((font) => [font.id, font.key])).toEqual([
      ['F1', 'bold'],
      ['F2', 'regular'],
    ]);
  });
});

describe('assemblePdf', () => {
  // Two pages, two fonts; the second page uses only the font first used on the first page after the other.
  const pageItems: PlacedItem[][] = [
    [text('Ủy ban nhân dân', 70, true), text('(Đã ký)', 300), { kind: 'rule', x1: 100, x2: 200, y: 140, thicknessPt: 0.5 }],
    [text('Nơi nhận: Như trên; Lưu: VT.', 70)],
  ];

  /** The parts as render-pdf.ts makes them. */
  function parts(): PdfParts {
    const fonts = new DocumentFonts();
    const pages = pageItems.map((items) => {
      const content = pageContent(items, size[1], fonts);
      return { widthPt: size[0], heightPt: size[1], content: deflateSync(content.operators), fonts: [...content.fonts].map((font) => font.id) };
    });
    return { meta, info, pages, fonts: fonts.records(), outline: [] };
  }

  /** The same file written by pdfkit alone: its own encode() records the glyphs, it compresses every stream itself. */
  async function byPdfkitAlone(): Promise<Buffer> {
    const { pdf, finish } = newDocument();
    const fontOf = (item: PlacedText) => (pdf.font(fontKey(item.run)) as unknown as { _font: EmbeddedFont & { encode(text: string): unknown } })._font;
    for (const items of pageItems) for (const item of items) if (item.kind === 'text') fontOf(item).encode(item.text);
    const { pages } = parts();
    pageItems.forEach((items, i) => {
      pdf.addPage({ size });
      const page = (pdf as unknown as { page: { fonts: Record<string, unknown> } }).page;
      for (const item of items) if (item.kind === 'text') page.fonts[fontOf(item).id] ??= fontOf(item).ref();
      pdf.addContent(inflateSync(pages[i]!.content).subarray(pageStart(size[1]).length) as unknown as string);
    });
    return finish();
  }

  it('gives the file pdfkit writes when it records the glyphs and compresses the pages and font files itself', async () => {
    const [own, assembled] = [await byPdfkitAlone(), await assemblePdf(parts())];
    expect(assembled.length).toBeGreaterThan(2000);
    expect(assembled.equals(own)).toBe(true);
  });

  it('refuses fonts given out of the order pdfkit names them in', () => {
    const { pdf } = newDocument();
    const [first, second] = parts().fonts;
    expect(() => fontWithGlyphs(pdf, second!)).toThrow(/pdfkit named the font F1, not F2/);
    expect(fontWithGlyphs(pdf, { ...first!, id: 'F2' }).id).toBe('F2');
  });

  it('refuses a page that pdfkit opened differently from what the content assumes', () => {
    const { pdf } = newDocument();
    pdf.addPage({ size: [500, 700] });
    expect(() => setPageContent(pdf, pageStart(size[1]), deflateSync(Buffer.from('q\nQ\n')), [])).toThrow(/pdfkit opened the page/);
  });
});
