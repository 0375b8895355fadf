// Stage 6b, second half: the PDF file around the pages' content, by pdfkit, with its streams compressed the way pdfkit
// compresses them; on the render thread while the main thread goes on, or in the main thread.
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { fontKeys } from '../../fonts/font-files';
import { loadFont } from '../../fonts/font-metrics';
import { pdfFont } from '../../fonts/pdf-font';
import { TrueTypeSubset } from '../../fonts/truetype-subset';
import { pageStart } from './page-content';
import type { PdfParts } from './pdf-parts';
import { embedCompressedFile, fontWithGlyphs, setPageContent, type EmbeddedFont } from './pdfkit-internals';
import { startTaggedPage, writeStructure, type TaggedPage } from './write-structure';

export async function assemblePdf({ meta, info, pages, fonts, outline, structure }: PdfParts): Promise<Buffer> {
  // pdfkit's document size is only the default of its pages; each page is added with its own (a landscape appendix).
  const size = pages[0] ? [pages[0].widthPt, pages[0].heightPt] : undefined;
  const margins = { top: 0, bottom: 0, left: 0, right: 0 };
  // 1. The font files (each font's subset) compressed by zlib with pdfkit's settings, as the pages are (render-pdf.ts),
  //    so the bytes are the ones pdfkit would write.
  const fontFiles = fonts.map(({ key, glyphIds }) => deflateSync(TrueTypeSubset.of(loadFont(key), glyphIds).encode()));

  // 2. pdfkit writes the objects around them.
  const pdf = new PDFDocument({
    size,
    margins,
    autoFirstPage: false,
    pdfVersion: '1.7',
    // No default font: pdfkit would otherwise read and parse Helvetica's metrics for nothing.
    font: null,
    lang: meta.language,
    displayTitle: true,
    // /MarkInfo and the StructTreeRoot, which write-structure.ts fills.
    ...(structure ? { tagged: true } : {}),
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: info.producer,
      Producer: info.producer,
      CreationDate: info.date,
      ModDate: info.date,
    },
  } as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  // The font files are parsed once per process; pdfkit makes each font's object in the order the pages first used
  // them, which names them F1, F2… as the pages call them, and embeds only these.
  for (const key of fontKeys) pdf.registerFont(key, pdfFont(key) as unknown as string);
  const embedded = new Map<string, EmbeddedFont>(fonts.map((record) => [record.id, fontWithGlyphs(pdf, record)]));
  const tagged: TaggedPage[] = [];
  pages.forEach(({ widthPt, heightPt, content, fonts: used }) => {
    pdf.addPage({ size: [widthPt, heightPt], margins });
    if (structure) tagged.push(startTaggedPage(pdf));
    setPageContent(pdf, pageStart(heightPt), content, used.map((id) => embedded.get(id)!));
  });
  fonts.forEach(({ id }, i) => embedCompressedFile(pdf, embedded.get(id)!, fontFiles[i]!));
  addOutline(pdf, pages, outline);
  if (structure) writeStructure(pdf, structure, tagged);

  pdf.end();
  await done;
  return Buffer.concat(chunks);
}

type OutlineItem = ReturnType<PDFKit.PDFDocument['outline']['addItem']>;

/**
 * The bookmarks, each under the nearest one above it that is less deep (a level skipped nests under what there is).
 * pdfkit writes /PageMode /UseOutlines when there is one, so a reader opens its sidebar on them. Its destination is
 * [page /XYZ left top 0] with left = page width - `left` and top = page height - `top`: `left` is the page's width so
 * the view keeps the page's left edge, and the zoom stays the reader's.
 */
function addOutline(pdf: PDFKit.PDFDocument, pages: PdfParts['pages'], outline: PdfParts['outline']): void {
  const open: Array<{ depth: number; item: OutlineItem | PDFKit.PDFDocument['outline'] }> = [{ depth: 0, item: pdf.outline }];
  for (const { depth, title, page, topPt } of outline) {
    while (open[open.length - 1]!.depth >= depth) open.pop();
    const options = { pageNumber: page, top: topPt, left: pages[page]!.widthPt, expanded: depth === 1 };
    const item = open[open.length - 1]!.item.addItem(title, options as unknown as { expanded?: boolean });
    open.push({ depth, item });
  }
}
