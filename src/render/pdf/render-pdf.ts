// Stage 6b: draws the flowed pages as PDF content, every position from the layout; the file is assembled around them
// (assemble-pdf.ts) in this thread or on the render thread.
import { eachPage, placePageNumber } from '../../layout/flow-pages';
import type { ResolvedDocument } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';
import { DocumentFonts } from './document-fonts';
import { pageContent } from './page-content';
import { assembleHere, type AssemblePdf, type PdfParts } from './pdf-parts';

/** The PDF; `assemble` may hand the parts to another thread (render-documents.ts), so this one can go on meanwhile. */
export async function renderPdf(document: ResolvedDocument, info: BuildInfo, assemble: AssemblePdf = assembleHere): Promise<Buffer> {
  const { page } = document;
  // Every page's operators, which records the glyphs each font needs.
  const fonts = new DocumentFonts();
  const pages: PdfParts['pages'] = [];
  for (const flowed of eachPage(document)) {
    const number = pages.length + 1;
    const content = pageContent([...flowed.items, ...(number > 1 ? placePageNumber(document, number) : [])], page.heightPt, fonts);
    pages.push({ operators: content.operators, fonts: [...content.fonts].map((font) => font.id) });
  }
  return assemble({ page: { widthPt: page.widthPt, heightPt: page.heightPt }, meta: document.meta, info, pages, fonts: fonts.records() });
}
