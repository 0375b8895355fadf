// Stage 6b: draws the flowed pages as PDF content, every position from the layout; the file is assembled around them
// (assemble-pdf.ts) in this thread or on the render thread.
import { eachPage, placePageNumber } from '../../layout/flow-pages';
import type { ResolvedDocument } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';
import { DocumentFonts } from './document-fonts';
import { StructureMarks } from './marked-content';
import { pageContent } from './page-content';
import { assembleHere, compressHere, type AssemblePdf, type CompressContent, type PdfParts } from './pdf-parts';
import { flattenStructure, pruneStructure, structureOf } from './tag-structure';

/**
 * The PDF; `assemble` may hand the parts to another thread (render-documents.ts), so this one can go on meanwhile, and
 * `compress` each page's content as it is drawn, so that the other thread does it while this one draws the next pages.
 */
export async function renderPdf(document: ResolvedDocument, info: BuildInfo, assemble: AssemblePdf = assembleHere, compress: CompressContent = compressHere): Promise<Buffer> {
  // Every page's operators, which records the glyphs each font needs.
  const fonts = new DocumentFonts();
  // The structure tree, in reading order; the pages fill it with their marked content.
  const { root, leaves } = structureOf(document);
  const marks = new StructureMarks(leaves);
  const pages: Array<Omit<PdfParts['pages'][number], 'content'>> = [];
  const contents: Array<Promise<Uint8Array>> = [];
  const outline: PdfParts['outline'] = [];
  // An appendix's headings nest under its label, which stands beside the main text's top-level headings.
  let section = -1;
  let under = 0;
  for (const flowed of eachPage(document)) {
    if (flowed.section !== section) [section, under] = [flowed.section, 0];
    for (const { outline: mark, text, y } of flowed.outline) {
      const page = pages.length;
      if ('appendix' in mark) {
        under = 1;
        outline.push({ depth: 1, title: mark.appendix, page, topPt: y });
      } else outline.push({ depth: mark.level + under, title: text, page, topPt: y });
    }
    const { page } = document.sections[flowed.section]!;
    const number = flowed.pageNumber === null ? [] : placePageNumber(document.pageNumber, page, flowed.pageNumber);
    const content = pageContent([...flowed.items, ...number], page.heightPt, fonts, marks, pages.length);
    contents.push(compress(content.operators));
    pages.push({ widthPt: page.widthPt, heightPt: page.heightPt, fonts: [...content.fonts].map((font) => font.id) });
  }
  pruneStructure(root);
  const compressed = await Promise.all(contents);
  const parts = pages.map((page, i) => ({ ...page, content: compressed[i]! }));
  return assemble({ meta: document.meta, info, pages: parts, fonts: fonts.records(), outline, structure: flattenStructure(root) });
}
