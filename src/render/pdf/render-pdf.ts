// Stage 6b: draws the flowed pages with pdfkit, embedding Tinos; every position comes from the layout.
import PDFDocument from 'pdfkit';
import { fontKeys, type FontKey } from '../../fonts/font-files';
import { pdfFont } from '../../fonts/pdf-font';
import { eachPage, placePageNumber } from '../../layout/flow-pages';
import type { ResolvedDocument } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';
import { compressHere, type Compress } from './compress-streams';
import { pageContent, pageStart, type PageContent } from './page-content';
import { embedCompressedFile, setPageContent, type EmbeddedFont } from './pdfkit-internals';

/** The PDF; `compress` may hand the streams to another thread (render-documents.ts), so this one can go on meanwhile. */
export async function renderPdf(document: ResolvedDocument, info: BuildInfo, compress: Compress = compressHere): Promise<Buffer> {
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
  // What pdfkit writes, collected here.
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

  // 1. Every page's operators, which records the glyphs each font needs.
  const pages: PageContent[] = [];
  let index = 0;
  for (const flowed of eachPage(document)) {
    pages.push(pageContent([...flowed.items, ...(index > 0 ? placePageNumber(document, index + 1) : [])], page.heightPt, fontFor));
    index++;
  }
  // 2. Pages and font files (each font's subset of the glyphs recorded) compressed, by zlib with pdfkit's settings, so
  //    the bytes are the ones pdfkit would write.
  const { pages: contents, fontFiles } = await compress({
    pages: pages.map((content) => content.operators),
    fonts: [...embedded].map(([key, font]) => ({ key, glyphIds: font.subset.glyphIds() })),
  });
  const fonts = [...embedded.values()];
  // 3. pdfkit writes the objects around them.
  const start = pageStart(page.heightPt);
  pages.forEach((content, i) => {
    pdf.addPage({ size: [page.widthPt, page.heightPt], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    setPageContent(pdf, start, contents[i]!, content.fonts);
  });
  fonts.forEach((font, i) => embedCompressedFile(pdf, font, fontFiles[i]!));

  pdf.end();
  await done;
  return Buffer.concat(chunks);
}
