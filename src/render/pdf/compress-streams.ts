// Flate compression of a PDF's streams, the way pdfkit does it (zlib's defaults), here or on the render thread.
import { deflateSync } from 'node:zlib';

/** Compresses each stream, in the order given. */
export type Compress = (streams: Uint8Array[]) => Promise<Uint8Array[]>;

/** In this thread. */
export const compressHere: Compress = async (streams) => compressNow(streams);

export function compressNow(streams: readonly Uint8Array[]): Uint8Array[] {
  return streams.map((stream) => deflateSync(stream));
}
