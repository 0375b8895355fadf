// Stage 6b: draws the flowed pages with pdfkit, embedding Tinos; every position comes from the layout.
import PDFDocument from 'pdfkit';
import { fontKey, fontKeys } from '../../fonts/font-files';
import { unshapedFont } from '../../fonts/unshaped-font';
import { flowPages, placePageNumber, type PlacedItem } from '../../layout/flow-pages';
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
  } as PDFKit.PDFDocumentOptions);
  // The font file is read once per process; glyphs are set without kerning or ligatures, as Word and LibreOffice set body text.
  for (const key of fontKeys) pdf.registerFont(key, unshapedFont(key) as unknown as string);

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

function drawItem(pdf: PDFKit.PDFDocument, item: PlacedItem): void {
  if (item.kind === 'rule') {
    pdf.save().lineWidth(item.thicknessPt).moveTo(item.x1, item.y).lineTo(item.x2, item.y).stroke('#000000').restore();
    return;
  }
  pdf
    .font(fontKey(item.run))
    .fontSize(item.run.sizePt)
    .fillColor('#000000')
    .text(item.text, item.x, item.y, { lineBreak: false, baseline: 'alphabetic', wordSpacing: item.wordSpacing });
}
