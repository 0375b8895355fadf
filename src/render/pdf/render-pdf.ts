// Stage 6b: draws the flowed pages with pdfkit, embedding Tinos; every position comes from the layout.
import PDFDocument from 'pdfkit';
import { fontKey, fontKeys, type FontKey } from '../../fonts/font-files';
import { pdfFont } from '../../fonts/pdf-font';
import { eachPage, placePageNumber } from '../../layout/flow-pages';
import type { ResolvedDocument } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';
import { textOperators, type EmbeddedFont } from './text-operators';

export async function renderPdf(document: ResolvedDocument, info: BuildInfo): Promise<Buffer> {
  const { page } = document;
  const pdf = new PDFDocument({
    size: [page.widthPt, page.heightPt],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
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
  // Pages are written out as they are finished; collected here.
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  // The font files are parsed once per process; each document embeds its own subset of them.
  for (const key of fontKeys) pdf.registerFont(key, pdfFont(key) as unknown as string);

  // pdfkit makes a document's font object when the font is first selected: only fonts in use are embedded.
  const embedded = new Map<FontKey, EmbeddedFont>();
  const fontFor = (key: FontKey): EmbeddedFont => {
    let font = embedded.get(key);
    if (!font) {
      font = (pdf.font(key) as unknown as { _font: EmbeddedFont })._font;
      embedded.set(key, font);
    }
    return font;
  };

  let index = 0;
  for (const flowed of eachPage(document)) {
    pdf.addPage({ size: [page.widthPt, page.heightPt], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    const resources = (pdf as unknown as { page: { fonts: Record<string, unknown> } }).page.fonts;
    let text = '';
    for (const item of [...flowed.items, ...(index > 0 ? placePageNumber(document, index + 1) : [])]) {
      if (item.kind === 'rule') {
        pdf.save().lineWidth(item.thicknessPt).moveTo(item.x1, item.y).lineTo(item.x2, item.y).stroke('#000000').restore();
        continue;
      }
      const font = fontFor(fontKey(item.run));
      resources[font.id] ??= font.ref();
      text += textOperators(item, font);
    }
    // One write of the page's text, as bytes (pdfkit converts strings character by character).
    pdf.addContent(Buffer.from(text, 'latin1') as unknown as string);
    index++;
  }

  pdf.end();
  await done;
  return Buffer.concat(chunks);
}
