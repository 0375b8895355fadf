// What a PDF is assembled from (assemble-pdf.ts): everything the pages decided, as plain data that can go to another
// thread; and assembling it, and compressing a page's content, in this thread.
import { deflateSync } from 'node:zlib';
import type { ResolvedDocument } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';
import type { FontRecord } from './document-fonts';
import type { FlatStructure } from './tag-structure';

export interface PdfParts {
  meta: ResolvedDocument['meta'];
  info: BuildInfo;
  /** Each page's size, its content stream, Flate-compressed as pdfkit compresses it, and the names (F1, F2…) of the fonts it uses. */
  pages: Array<{ widthPt: number; heightPt: number; content: Uint8Array; fonts: string[] }>;
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

/** Compresses a page's content with pdfkit's settings (zlib's defaults): in this thread, or on the render thread. */
export type CompressContent = (operators: Uint8Array) => Promise<Uint8Array>;

export const compressHere: CompressContent = async (operators) => deflateSync(operators);
