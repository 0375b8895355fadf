// Stage 6b: draws the flowed pages with pdfkit, embedding Tinos; every position comes from the layout.
import PDFDocument from 'pdfkit';
import { fontKey, fontKeys } from '../../fonts/font-files';
import { pdfFont } from '../../fonts/pdf-font';
import { flowPages, placePageNumber, type PlacedItem, type PlacedText } from '../../layout/flow-pages';
import type { ResolvedDocument } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';


export async function renderPdf(document: ResolvedDocument, info: BuildInfo): Promise<Buffer> {
  const { page } = document;
  const pdf = new PDFDocument({
    size: [page.widthPt, page.heightPt],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    // No default font: pdfkit would otherwise read and parse Helvetica's metrics for nothing.
    font: null,
    lang: document.meta.language,
    displayTitle: true,
    info: {
      Title: document.meta.title,
      Author: document.meta.author,
      Subject: document.meta.subject,
      Creator: info.producer,
      Producer: info.producer,
      CreationDate: info.date,
      ModDate: info.date,
    },
  } as unknown as PDFKit.PDFDocumentOptions);
  // The font files are parsed once per process; each document embeds its own subset of them.
  for (const key of fontKeys) pdf.registerFont(key, pdfFont(key) as unknown as string);

  const pages = flowPages(document);
  pages.forEach((flowed, index) => {
    pdf.addPage({ size: [page.widthPt, page.heightPt], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    const numbers = index > 0 ? placePageNumber(document, index + 1) : [];
    for (const item of [...flowed.items, ...numbers]) drawItem(pdf, item);
  });

  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}

/** What the text operators need of pdfkit beyond its public API (pdfkit is pinned to an exact version). */
interface PdfkitInternals {
  _font: { id: string; ref(): unknown; encode(text: string): [string[], unknown] };
  page: { fonts: Record<string, unknown> };
}

function drawItem(pdf: PDFKit.PDFDocument, item: PlacedItem): void {
  if (item.kind === 'rule') {
    pdf.save().lineWidth(item.thicknessPt).moveTo(item.x1, item.y).lineTo(item.x2, item.y).stroke('#000000').restore();
    return;
  }
  drawText(pdf, item);
}

/**
 * One run of text at its baseline, as a TJ operator: the layout already placed it, so pdfkit's own text layout is
 * not run again. The font records the glyphs for its subset; justification widens each space by the run's word spacing.
 */
function drawText(pdf: PDFKit.PDFDocument, item: PlacedText): void {
  pdf.font(fontKey(item.run));
  const { _font: font, page } = pdf as unknown as PdfkitInternals;
  page.fonts[font.id] ??= font.ref();
  const [glyphs] = font.encode(item.text);
  const spaceShift = number((-item.wordSpacing * 1000) / item.run.sizePt);
  let operands = '<';
  let index = 0;
  for (const char of item.text) {
    operands += glyphs[index++];
    if (char === ' ' && item.wordSpacing) operands += `> ${spaceShift} <`;
  }
  pdf.addContent(`BT\n1 0 0 -1 ${number(item.x)} ${number(item.y)} Tm\n/${font.id} ${number(item.run.sizePt)} Tf\n[${operands}>] TJ\nET`);
}

/** A number as PDF content writes it: at most six decimals, no exponent. */
function number(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
