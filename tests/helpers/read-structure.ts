// Reads a PDF's structure tree with poppler (`pdfinfo -struct-text`), a parser that is not ours: each element's role,
// attributes, own text and kids, in the tree's order; and the texts pdf.js finds outside marked content.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { pdfjs } from './read-pdf';

export interface StructElement {
  role: string;
  /** Attribute lines poppler prints under the element ("/Scope /Column", "/RowSpan 2"). */
  attributes: string[];
  /** The element's own text, its lines joined (poppler joins a paragraph's lines without a space). */
  text: string;
  kids: StructElement[];
}

/**
 * A poppler tool's output; fails with what to install when poppler is missing, and on any error poppler reports (a
 * wrong cross-reference table, say, which it would otherwise repair unseen).
 */
function poppler(tool: 'pdfinfo' | 'pdftotext', args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error(`${tool} was not found: install poppler-utils (apt-get install poppler-utils) to run the tagged-PDF tests`);
  if (result.error) throw result.error;
  if (result.status !== 0 || /error/i.test(result.stderr)) throw new Error(`${tool} ${args.join(' ')}: ${result.status}\n${result.stderr}`);
  return result.stdout;
}

/** The pages' text as poppler's pdftotext reads it. */
export function pageText(file: string): string {
  return poppler('pdftotext', [file, '-']);
}

/** The tree's root (the Document element's parent). */
export function readStructure(file: string): StructElement {
  const output = poppler('pdfinfo', ['-struct-text', file]);
  const root: StructElement = { role: '', attributes: [], text: '', kids: [] };
  const open: Array<{ depth: number; element: StructElement }> = [{ depth: -1, element: root }];
  for (const line of output.split('\n')) {
    const depth = line.length - line.trimStart().length;
    const content = line.trim();
    if (!content) continue;
    while (open.length > 1 && open[open.length - 1]!.depth >= depth && !content.startsWith('"') && !content.startsWith('/')) open.pop();
    const current = open[open.length - 1]!.element;
    if (content.startsWith('"')) current.text += JSON.parse(content) as string;
    else if (content.startsWith('/')) current.attributes.push(content);
    else {
      const element: StructElement = { role: content.replace(/:$/, '').replace(/ \((block|inline)\)$/, ''), attributes: [], text: '', kids: [] };
      current.kids.push(element);
      open.push({ depth, element });
    }
  }
  return root;
}

/** Every element, depth first, in the tree's (reading) order. */
export function allElements(element: StructElement): StructElement[] {
  return element.kids.flatMap((kid) => [kid, ...allElements(kid)]);
}

/** An element's text with its kids', in order. */
export function fullText(element: StructElement): string {
  return element.text + element.kids.map(fullText).join('');
}

/**
 * The PDF's texts as pdf.js reads its pages' content: those in marked content with an MCID (tagged), those in an
 * artifact, and those in neither (which a tagged PDF should not have).
 */
export async function markedTexts(file: string): Promise<{ tagged: string[]; artifacts: string[]; untagged: string[] }> {
  const document = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise;
  const out = { tagged: [] as string[], artifacts: [] as string[], untagged: [] as string[] };
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent({ includeMarkedContent: true });
    const stack: string[] = [];
    for (const item of content.items as Array<{ type?: string; tag?: string; id?: string; str?: string }>) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push(item.tag === 'Artifact' ? 'artifact' : item.id ? 'tagged' : 'other');
      else if (item.type === 'endMarkedContent') stack.pop();
      else if (item.str?.trim()) {
        const kind = stack.includes('artifact') ? 'artifacts' : stack.includes('tagged') ? 'tagged' : 'untagged';
        out[kind].push(item.str);
      }
    }
  }
  return out;
}
