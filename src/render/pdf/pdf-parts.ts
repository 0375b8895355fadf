// What a PDF is assembled from (assemble-pdf.ts): everything the pages decided, as plain data that can go to another
// thread; and assembling it in this thread.
import type { ResolvedDocument } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';
import type { FontRecord } from './document-fonts';
import type { FlatStructure } from './tag-structure';

export interface PdfParts {
  meta: ResolvedDocument['meta'];
  info: BuildInfo;
  /** Each page's size, its content stream, uncompressed, and the names (F1, F2…) of the fonts it uses. */
  pages: Array<{ widthPt: number; heightPt: number; operators: Uint8Array; fonts: string[] }>;
  /** The fonts, in the order first used. */
  fonts: FontRecord[];
  /** The bookmarks, in document order: depth from 1 (top level), the page's index and the top of the heading's line. */
  outline: Array<{ depth: number; title: string; page: number; topPt: number }>;
  /** The structure tree the pages' marked content belongs to (tag-structure.ts); without it, an untagged PDF. */
  structure?: FlatStructure;
}

/** Assembles the file from its parts: in this thread, or on the render thread (render-documents.ts). */
export type AssemblePdf = (parts: PdfParts) => Promise<Buffer>;

/** In this thread: pdfkit is loaded only then. */
export const assembleHere: AssemblePdf = async (parts) => (await import('./assemble-pdf')).assemblePdf(parts);
