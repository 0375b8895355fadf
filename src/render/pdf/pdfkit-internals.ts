// The parts of pdfkit 0.20.2 (pinned) the PDF assembly reaches into: fonts' glyph records (filled in from the pages'
// records), a page's content stream and a font file's stream, so that streams compressed beforehand are written as
// they are.
import type { FontRecord } from './document-fonts';

/** The fields of pdfkit's EmbeddedFont that record the glyphs a document uses, and its embed() step. */
export interface EmbeddedFont {
  id: string;
  /** Its subset of the font: only written (encode), since the pages numbered the glyphs (document-fonts.ts). */
  subset: { encode?(): Uint8Array };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
  embed?(): void;
}

/** pdfkit's PDFReference: an object of the file, with the stream it will write. */
interface Reference {
  data: Record<string, unknown>;
  buffer: Uint8Array[];
  compress: boolean;
}

interface DocumentInternals {
  page: { content: Reference; fonts: Record<string, unknown> };
  ref(data?: Record<string, unknown>): Reference;
}

const internals = (pdf: PDFKit.PDFDocument) => pdf as unknown as DocumentInternals;

/**
 * Has pdfkit make its font object for `record`, the next font in the order the pages first used them (so pdfkit
 * names it as the pages do), and records in it the glyphs the pages use, as its own encode() would have.
 */
export function fontWithGlyphs(pdf: PDFKit.PDFDocument, record: FontRecord): EmbeddedFont {
  const font = (pdf.font(record.key) as unknown as { _font: EmbeddedFont })._font;
  if (font.id !== record.id) throw new Error(`pdfkit named the font ${font.id}, not ${record.id}: pdfkit-internals.ts needs updating`);
  for (let number = 1; number < record.glyphIds.length; number++) {
    font.widths[number] = record.widths[number]!;
    font.unicode[number] = record.unicode[number]!;
  }
  return font;
}

/** Marks a stream as one whose bytes come Flate-compressed, for pdfkit to write as they are. */
function markCompressed(reference: Reference): void {
  reference.compress = false;
  // Length before Filter, the order pdfkit writes the two in.
  reference.data.Length ??= 0;
  reference.data.Filter = 'FlateDecode';
}

/**
 * Gives the current page its whole content, already compressed. `start` is what pdfkit itself wrote on opening the
 * page (its flip of the y axis), which the content must begin with; anything else there is a bug to hear about.
 */
export function setPageContent(pdf: PDFKit.PDFDocument, start: string, compressed: Uint8Array, fonts: Iterable<EmbeddedFont>): void {
  const page = internals(pdf).page;
  const written = Buffer.concat(page.content.buffer).toString('latin1');
  if (written !== start) throw new Error(`pdfkit opened the page with ${JSON.stringify(written)}, not ${JSON.stringify(start)}`);
  markCompressed(page.content);
  page.content.buffer = [compressed];
  for (const font of fonts) page.fonts[font.id] ??= font.ref();
}

/**
 * Has pdfkit embed a font with its file already compressed. pdfkit's embed() makes the font file's stream first of
 * its objects and ends it with the subset's bytes; that stream is given the compressed bytes instead.
 */
export function embedCompressedFile(pdf: PDFKit.PDFDocument, font: EmbeddedFont, compressed: Uint8Array): void {
  const document = internals(pdf);
  const embed = font.embed!;
  const subset = font.subset;
  font.embed = () => {
    const makeReference = document.ref;
    document.ref = (data) => {
      document.ref = makeReference;
      if (data !== undefined) throw new Error('pdfkit no longer makes the font file first in embed()');
      const fontFile = makeReference.call(document);
      markCompressed(fontFile);
      return fontFile;
    };
    font.subset = { encode: () => compressed };
    try {
      embed.call(font);
    } finally {
      document.ref = makeReference;
      font.subset = subset;
    }
  };
}
