// A page's content written directly, and streams compressed elsewhere, give the bytes pdfkit itself writes.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import PDFDocument from 'pdfkit';
import { pdfFont } from '../../../../src/fonts/pdf-font';
import type { PlacedItem, PlacedText } from '../../../../src/layout/flow-pages';
import { pageContent, pageStart } from '../../../../src/render/pdf/page-content';
import { embedCompressedFile, setPageContent, type EmbeddedFont } from '../../../../src/render/pdf/pdfkit-internals';

const size: [number, number] = [595.275591, 841.889764];

/** A pdfkit document with Tinos registered and the output collected; `finish()` ends it and gives the file. */
function newDocument() {
  const pdf = new PDFDocument({ size, margins: { top: 0, bottom: 0, left: 0, right: 0 }, autoFirstPage: false, font: null, info: { CreationDate: new Date(0) } } as unknown as PDFKit.PDFDocumentOptions);
  pdf.registerFont('regular', pdfFont('regular') as unknown as string);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const fontFor = () => (pdf.font('regular') as unknown as { _font: EmbeddedFont })._font;
  const pageBytes = () => Buffer.concat((pdf as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content.buffer).toString('latin1');
  return { pdf, fontFor, pageBytes, finish: () => (pdf.end(), ended) };
}

const text = (value: string, x: number): PlacedText => ({
  kind: 'text',
  x,
  y: 120.5,
  text: value,
  wordSpacing: 0,
  run: { text: value, bold: false, italic: false, sizePt: 13 } as PlacedText['run'],
});

describe('pageContent', () => {
  it('opens the page as pdfkit does and draws a rule with the operators pdfkit writes for it', () => {
    const { pdf, pageBytes, fontFor } = newDocument();
    pdf.addPage({ size });
    expect(pageBytes()).toBe(pageStart(size[1]));
    pdf.save().lineWidth(0.5).moveTo(123.077046, 105.789105).lineTo(191.982124, 105.789105).stroke('#000000').restore();
    const rule: PlacedItem = { kind: 'rule', x1: 123.077046, x2: 191.982124, y: 105.789105, thicknessPt: 0.5 };
    expect(pageContent([rule], size[1], fontFor).operators.toString('latin1')).toBe(pageBytes());
  });

  it('writes the rules before the text and lists each font the page uses once', () => {
    const { fontFor } = newDocument();
    const rule: PlacedItem = { kind: 'rule', x1: 10, x2: 20, y: 30, thicknessPt: 0.5 };
    const content = pageContent([text('Kế', 70), rule, text('hoạch', 90)], size[1], fontFor);
    const operators = content.operators.toString('latin1');
    expect(operators.indexOf(' w\n')).toBeLessThan(operators.indexOf('BT\n'));
    expect(operators.match(/BT\n/g)).toHaveLength(2);
    expect([...content.fonts]).toEqual([fontFor()]);
  });
});

describe('streams compressed elsewhere', () => {
  /** The same one-page document, written by pdfkit alone or with its streams handed over compressed. */
  async function onePage(handOver: boolean): Promise<Buffer> {
    const { pdf, fontFor, finish } = newDocument();
    const content = pageContent([text('Ủy ban nhân dân', 70), text('(Đã ký)', 300)], size[1], fontFor);
    pdf.addPage({ size });
    const font = fontFor();
    if (handOver) {
      setPageContent(pdf, pageStart(size[1]), deflateSync(content.operators), content.fonts);
      embedCompressedFile(pdf, font, deflateSync(font.subset.encode!()));
    } else {
      (pdf as unknown as { page: { fonts: Record<string, unknown> } }).page.fonts[font.id] = font.ref();
      pdf.addContent(content.operators.subarray(pageStart(size[1]).length) as unknown as string);
    }
    return finish();
  }

  it('gives the file pdfkit writes when it compresses the page and the font file itself', async () => {
    const [own, handedOver] = [await onePage(false), await onePage(true)];
    expect(handedOver.length).toBeGreaterThan(1000);
    expect(handedOver.equals(own)).toBe(true);
  });

  it('refuses a page that pdfkit opened differently from what the content assumes', () => {
    const { pdf } = newDocument();
    pdf.addPage({ size: [500, 700] });
    expect(() => setPageContent(pdf, pageStart(size[1]), deflateSync(Buffer.from('q\nQ\n')), [])).toThrow(/pdfkit opened the page/);
  });
});
