// Writes the structure tree (tag-structure.ts) as the objects of a tagged PDF through pdfkit 0.20.2 (pinned): the
// elements made with its ref(), in the StructTreeRoot and the ParentTree its `tagged` option starts. pdfkit's own
// struct() would write the marked content into the page itself; our pages' content is written beforehand.
import type { StructMark, StructNode } from './tag-structure';

/** pdfkit's PDFReference: an object of the file, written by end(). */
interface Reference {
  data: Record<string, unknown>;
  end(): void;
}

interface TaggedDocument {
  ref(data: Record<string, unknown>): Reference;
  getStructTreeRoot(): Reference;
  getStructParentTree(): { get(key: number): unknown[] };
}

/** pdfkit's page: its dictionary, and the key of its array in the ParentTree (made on first asking). */
export interface TaggedPage {
  dictionary: Reference;
  structParentTreeKey: number;
}

/**
 * Gives the page its key in the ParentTree (its /StructParents), before pdfkit writes the page's dictionary (when the
 * next page is added).
 */
export function startTaggedPage(pdf: PDFKit.PDFDocument): TaggedPage {
  const page = (pdf as unknown as { page: TaggedPage }).page;
  void page.structParentTreeKey;
  return page;
}

/**
 * Writes each element, its kids in order: an element's marked content on its own page (/Pg) as MCIDs, on another as
 * marked-content references; and fills each page's ParentTree array, MCID by MCID, with the element it belongs to.
 */
export function writeStructure(pdf: PDFKit.PDFDocument, root: StructNode, pages: readonly TaggedPage[]): void {
  const tagged = pdf as unknown as TaggedDocument;
  const treeRoot = tagged.getStructTreeRoot();
  const parentTree = tagged.getStructParentTree();
  const write = (node: StructNode, parent: Reference): Reference => {
    const page = node.marks[0] ? pages[node.marks[0].page]!.dictionary : undefined;
    const element = tagged.ref({ S: node.role, P: parent, ...(page ? { Pg: page } : {}), ...(node.table ? { A: { O: 'Table', ...node.table } } : {}) });
    element.data.K = [...node.marks.map((mark) => markKid(mark, page, pages, parentTree, element)), ...node.kids.map((kid) => write(kid, element))];
    element.end();
    return element;
  };
  treeRoot.data.K = inOneWrite(pdf, () => write(root, treeRoot));
}

/** pdfkit's writer: each string it writes becomes a line of the file, pushed on its own; `_offset` counts the bytes. */
interface DocumentWriter {
  _write(data: string | Uint8Array): void;
  _offset: number;
  push(chunk: Uint8Array): void;
}

/**
 * Runs `make` with pdfkit's lines (objects holding no stream) gathered and pushed as one chunk at the end: the tree's
 * hundreds of small objects would otherwise be three stream pushes each, which took longer than making them.
 */
function inOneWrite<T>(pdf: PDFKit.PDFDocument, make: () => T): T[] {
  const writer = pdf as unknown as DocumentWriter;
  const lines: string[] = [];
  writer._write = (data) => {
    if (typeof data !== 'string') throw new Error('write-structure.ts: pdfkit wrote a stream in a structure element');
    lines.push(data);
    writer._offset += data.length + 1; // pdfkit writes each string's characters as bytes, and a line end
  };
  try {
    return [make()];
  } finally {
    delete (writer as Partial<DocumentWriter>)._write; // pdfkit's own, from its prototype, again
    if (lines.length) writer.push(Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
  }
}

function markKid(mark: StructMark, page: Reference | undefined, pages: readonly TaggedPage[], parentTree: ReturnType<TaggedDocument['getStructParentTree']>, element: Reference): unknown {
  const own = pages[mark.page]!;
  parentTree.get(own.structParentTreeKey)[mark.mcid] = element;
  return own.dictionary === page ? mark.mcid : { Type: 'MCR', Pg: own.dictionary, MCID: mark.mcid };
}
