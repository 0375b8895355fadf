// Reads a DOCX the way an office suite does: unzips it and parses word/document.xml and its other parts.
import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxFile {
  parts: Record<string, string>;
  document: Document;
}

export function readDocx(file: string): DocxFile {
  const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const parts: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(entries)) if (/\.(xml|rels)$/.test(name)) parts[name] = Buffer.from(bytes).toString('utf8');
  const document = new DOMParser().parseFromString(parts['word/document.xml']!, 'application/xml') as unknown as Document;
  return { parts, document };
}

export function elements(node: Node, localName: string): Element[] {
  return Array.from((node as Element).getElementsByTagNameNS(W, localName));
}

export function child(node: Node, localName: string): Element | undefined {
  return Array.from(node.childNodes).find((c): c is Element => (c as Element).localName === localName && (c as Element).namespaceURI === W);
}

export function attr(element: Element | undefined, name: string): string | null {
  return element ? element.getAttributeNS(W, name) : null;
}

/** The text of a paragraph, from its w:t runs. */
export function paragraphText(paragraph: Element): string {
  return elements(paragraph, 't').map((t) => t.textContent ?? '').join('');
}

export interface DocxRunStyle {
  text: string;
  sizePt: number | null;
  bold: boolean;
  italic: boolean;
}

export function runStyles(paragraph: Element): DocxRunStyle[] {
  return elements(paragraph, 'r')
    .filter((run) => elements(run, 't').length > 0)
    .map((run) => {
      const properties = child(run, 'rPr');
      const size = properties ? attr(child(properties, 'sz'), 'val') : null;
      const on = (name: string) => {
        const flag = properties ? child(properties, name) : undefined;
        return flag !== undefined && attr(flag, 'val') !== 'false' && attr(flag, 'val') !== '0';
      };
      return { text: elements(run, 't').map((t) => t.textContent ?? '').join(''), sizePt: size ? Number(size) / 2 : null, bold: on('b'), italic: on('i') };
    });
}

/** All paragraphs of the body in document order (table cells included). */
export function bodyParagraphs(docx: DocxFile): Element[] {
  return elements(docx.document, 'p');
}
