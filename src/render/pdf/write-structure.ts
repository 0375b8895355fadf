// Writes the structure tree (tag-structure.ts) as the objects of a tagged PDF into pdfkit 0.20.2's file (pinned): in
// the StructTreeRoot its `tagged` option starts, with a ParentTree of our own. pdfkit's struct() would write the marked
// content into the page itself (ours is written beforehand), and its generic object writer made a table-heavy plan's
// tree (tens of thousands of cells) cost more than the rest of the assembly: the elements are written here as text,
// in one chunk, each registered in pdfkit's cross-reference table.
import type { FlatStructure } from './tag-structure';

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
export function writeStructure(pdf: PDFKit.PDFDocument, structure: FlatStructure, pages: readonly TaggedPage[]): void {
  const tagged = pdf as unknown as TaggedDocument;
  const treeRoot = tagged.getStructTreeRoot();
  const { roles, role, parent, marks } = structure;
  const count = role.length;
  // The Document element (the first) and the ParentTree are pdfkit references (the StructTreeRoot names them); the
  // other elements' numbers are taken in the same table, in order.
  const documentRef = tagged.ref();
  const parentTreeRef = tagged.ref();
  const ids = new Int32Array(count);
  ids[0] = documentRef.id;
  for (let i = 1; i < count; i++) ids[i] = tagged._offsets.push(null);

  // Each element's kids: its marked content, then its elements; its page is its first sequence's.
  const kids: string[][] = Array.from({ length: count }, () => []);
  const firstPage = new Int32Array(count).fill(-1);
  const parentTree: string[][] = pages.map(() => []);
  for (let m = 0; m < marks.length; m += 3) {
    const [node, page, mcid] = [marks[m]!, marks[m + 1]!, marks[m + 2]!];
    parentTree[page]![mcid] = `${ids[node]} 0 R`;
    if (firstPage[node] === -1) firstPage[node] = page;
    kids[node]!.push(page === firstPage[node] ? String(mcid) : `<</Type /MCR /Pg ${pages[page]!.dictionary.id} 0 R /MCID ${mcid}>>`);
  }
  for (let i = 1; i < count; i++) kids[parent[i]!]!.push(`${ids[i]} 0 R`);
  const tables = new Map(structure.tables);

  // One chunk, each element on one line (a table's thousands of cells are as many objects), each object's offset
  // recorded as pdfkit records its own: the start of its "n 0 obj" line.
  let chunk = '';
  const put = (id: number, text: string) => {
    tagged._offsets[id - 1] = tagged._offset + chunk.length;
    chunk += `${id} 0 obj\n${text}\nendobj\n`;
  };
  for (let i = 0; i < count; i++) {
    const up = i === 0 ? treeRoot.id : ids[parent[i]!];
    const pg = firstPage[i] === -1 ? '' : ` /Pg ${pages[firstPage[i]!]!.dictionary.id} 0 R`;
    const table = tables.get(i);
    const attributes = table ? ` /A <</O /Table${Object.entries(table).map(([key, value]) => ` /${key} ${typeof value === 'number' ? value : `/${value}`}`).join('')}>>` : '';
    put(ids[i]!, `<</S /${roles[role[i]!]} /P ${up} 0 R${pg}${attributes} /K [${kids[i]!.join(' ')}]>>`);
  }
  const trees = parentTree.map((elements, page) => `${pages[page]!.structParentTreeKey} [${elements.join(' ')}]`);
  put(parentTreeRef.id, `<<\n/Nums [\n${trees.join('\n')}\n]\n>>`);
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
