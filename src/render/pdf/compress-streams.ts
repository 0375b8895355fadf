// Flate compression of a PDF's streams, the way pdfkit does it (zlib's defaults), here or on the render thread: the
// pages' content and the font files, whose subsets are written there too.
import { deflateSync } from 'node:zlib';
import type { FontKey } from '../../fonts/font-files';
import { loadFont } from '../../fonts/font-metrics';
import { TrueTypeSubset } from '../../fonts/truetype-subset';

/** What a PDF sends to be compressed: each page's content, and each embedded font's glyphs in its subset's order. */
export interface PdfStreams {
  pages: Uint8Array[];
  fonts: Array<{ key: FontKey; glyphIds: number[] }>;
}

/** The same, compressed: each page's content, and each font's subset file. */
export interface CompressedStreams {
  pages: Uint8Array[];
  fontFiles: Uint8Array[];
}

/** Compresses a PDF's streams, in the order given. */
export type Compress = (streams: PdfStreams) => Promise<CompressedStreams>;

/** In this thread. */
export const compressHere: Compress = async (streams) => compressNow(streams);

export function compressNow({ pages, fonts }: PdfStreams): CompressedStreams {
  return {
    pages: pages.map((page) => deflateSync(page)),
    fontFiles: fonts.map(({ key, glyphIds }) => deflateSync(TrueTypeSubset.of(loadFont(key), glyphIds).encode())),
  };
}
