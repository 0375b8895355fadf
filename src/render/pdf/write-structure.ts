// Writes the structure tree (tag-structure.ts) as the objects of a tagged PDF into pdfkit 0.20.2's file (pinned): in
// the StructTreeRoot its `tagged` option starts, with a ParentTree of our own. pdfkit's struct() would write the marked
// content into the page itself (ours is written beforehand), and its generic object writer made a table-heavy plan's
// tree (tens of thousands of cells) cost more than the rest of the assembly: the elements are written here as text,
// in one chunk, each registered in pdfkit's cross-reference table.
import type { StructNode } from './tag-structure';

/** pdfkit's PDFReference: an object of the file; its offset is recorded when it is written. */
interface Reference {
  id: number;
  offset: number;
  data: Record<string, unknown>;
}

/** The parts of pdfkit's document the writing reaches into. */
interface TaggedDocument {
  ref(data?: Record<string, unknown>): Reference;
  getStructTreeRoot(): Reference;
  /** Byte offsets of the objects, by number (from 1), for the cross-reference table; null until written. */
  _offsets: Array<number | null>;
  /** Bytes written so far. */
  _offset: number;
  push(chunk: Uint8Array): void;
  /** Records a reference's offset once it is written (and ends the file when it was the last awaited). */
  _refEnd(ref: Reference): void;
}

/** pdfkit's page: its dictionary, and the key of its array in the ParentTree (made on first asking). */
export interface TaggedPage {
  dictionary: Reference;
  structParentTreeKey: number;
}

/**
 * Gives the page its key in the ParentTree (its /StructParents), before pdfkit writes the page's dictionary (when the
 * next page is added); keys follow the pages' order, 0 first.
 */
export function startTaggedPage(pdf: PDFKit.PDFDocument): TaggedPage {
  const page = (pdf as unknown as { page: TaggedPage }).page;
  void page.structParentTreeKey;
  return page;
}

/**
 * Writes each element, its kids in order (its own marked content first: on its page (/Pg) as MCIDs, on another as
 * marked-content references), and the ParentTree: for each page, by MCID, the element each sequence belongs to.
 */
export function writeStructure(pdf: PDFKit.PDFDocument, root: StructNode, pages: readonly TaggedPage[]): void {
  const tagged = pdf as unknown as TaggedDocument;
  const treeRoot = tagged.getStructTreeRoot();
  // The Document element and the ParentTree are pdfkit references (the StructTreeRoot names them); the other
  // elements' numbers are taken in the same table, written below.
  const documentRef = tagged.ref();
  const parentTreeRef = tagged.ref();
  const numbers = new Map<StructNode, number>([[root, documentRef.id]]);
  const number = (node: StructNode) => {
    numbers.set(node, tagged._offsets.length + 1);
    tagged._offsets.push(null);
    node.kids.forEach(number);
  };
  root.kids.forEach(number);

  const parentTree: string[][] = pages.map(() => []);
  const objects: Array<{ id: number; text: string }> = [];
  const write = (node: StructNode, parent: number) => {
    const id = numbers.get(node)!;
    const page = node.marks[0]?.page;
    const kids: string[] = [];
    for (const { page: on, mcid } of node.marks) {
      parentTree[on]![mcid] = `${id} 0 R`;
      kids.push(on === page ? String(mcid) : `<</Type /MCR /Pg ${pages[on]!.dictionary.id} 0 R /MCID ${mcid}>>`);
    }
    for (const kid of node.kids) kids.push(`${numbers.get(kid)!} 0 R`);
    // On one line each: a table's thousands of cells are as many objects.
    const pg = page === undefined ? '' : ` /Pg ${pages[page]!.dictionary.id} 0 R`;
    const attributes = node.table ? ` /A <</O /Table${Object.entries(node.table).map(([key, value]) => ` /${key} ${typeof value === 'number' ? value : `/${value}`}`).join('')}>>` : '';
    objects.push({ id, text: `<</S /${node.role} /P ${parent} 0 R${pg}${attributes} /K [${kids.join(' ')}]>>` });
    for (const kid of node.kids) write(kid, id);
  };
  write(root, treeRoot.id);
  const trees = parentTree.map((elements, key) => `${pages[key]!.structParentTreeKey} [${elements.join(' ')}]`);
  objects.push({ id: parentTreeRef.id, text: `<<\n/Nums [\n${trees.join('\n')}\n]\n>>` });

  // One chunk: each object's offset recorded as pdfkit records its own (the start of its "n 0 obj" line).
  let chunk = '';
  for (const { id, text } of objects) {
    tagged._offsets[id - 1] = tagged._offset + chunk.length;
    chunk += `${id} 0 obj\n${text}\nendobj\n`;
  }
  const bytes = Buffer.from(chunk, 'latin1');
  tagged.push(bytes);
  tagged._offset += bytes.length;
  for (const ref of [documentRef, parentTreeRef]) {
    ref.offset = tagged._offsets[ref.id - 1]!;
    tagged._refEnd(ref);
  }
  treeRoot.data.K = [documentRef];
  treeRoot.data.ParentTree = parentTreeRef;
}
