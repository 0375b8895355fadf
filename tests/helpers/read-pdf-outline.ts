// Reads a PDF's outline (its bookmarks) with pdf.js, as a reader's sidebar shows it: titles, nesting, target pages.
import fs from 'node:fs';
import { pdfjs } from './read-pdf';

export interface Bookmark {
  title: string;
  /** The target page's index, from 0. */
  page: number;
  /** The target's top, from the top of the page. */
  top: number;
  children: Bookmark[];
}

export interface PdfOutline {
  bookmarks: Bookmark[];
  pageMode: string | null;
}

type Item = { title: string; dest: string | unknown[] | null; items: Item[] };

export async function readPdfOutline(file: string): Promise<PdfOutline> {
  const data = new Uint8Array(fs.readFileSync(file));
  const document = await pdfjs.getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const heights: number[] = [];
  for (let number = 1; number <= document.numPages; number++) heights.push(((await document.getPage(number)).view as number[])[3]!);
  const read = async (items: Item[] | null): Promise<Bookmark[]> => {
    const bookmarks: Bookmark[] = [];
    for (const { title, dest, items: children } of items ?? []) {
      if (!Array.isArray(dest)) throw new Error(`bookmark ${title} has no explicit destination`);
      const page = await document.getPageIndex(dest[0] as Parameters<typeof document.getPageIndex>[0]);
      bookmarks.push({ title, page, top: heights[page]! - (dest[3] as number), children: await read(children) });
    }
    return bookmarks;
  };
  return { bookmarks: await read((await document.getOutline()) as Item[] | null), pageMode: await document.getPageMode() };
}

/** The outline as indented lines: "title @ page", two spaces per level. */
export function outlineLines(bookmarks: Bookmark[], indent = ''): string[] {
  return bookmarks.flatMap((b) => [`${indent}${b.title} @ ${b.page}`, ...outlineLines(b.children, `${indent}  `)]);
}
