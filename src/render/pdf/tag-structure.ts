// The PDF's structure tree (Tagged PDF, ISO 32000-1 §14.7–14.8), as plain data: built from the resolved document in
// reading order, then filled with the marked content the pages write (marked-content.ts), then pruned of what no page
// filled. assemble-pdf.ts writes it as objects.
import type { ResolvedBlock, ResolvedDocument, ResolvedParagraph, ResolvedTable } from '../../layout/resolved-document';

/** A marked-content sequence: the page's index and its MCID there. */
export interface StructMark {
  page: number;
  mcid: number;
}

export interface StructNode {
  /** A standard structure type: Document, Sect, H1…H6, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Div. */
  role: string;
  /** Its own text, before its kids' (an item's text comes before its sub-list). */
  marks: StructMark[];
  kids: StructNode[];
  /** Table attributes (ISO 32000-1 §14.8.5.7): a cell's spans, a header cell's scope. */
  table?: { RowSpan?: number; ColSpan?: number; Scope?: 'Column' };
}

/** Where a paragraph's text goes in the tree; a list item's label goes in `label`, its first `labelLength` characters. */
export interface StructLeaf {
  node: StructNode;
  label?: { node: StructNode; length: number };
}

/**
 * The tree of a document: a Document of Sects (the main text, each appendix or attachment). Section headings are H1–H3
 * at their bookmark's depth (in an appendix, its label is H1 and its headings one deeper, as the bookmarks nest them;
 * an attachment's type name likewise), a chapter's title at its chapter's; lists
 * are L of LI (Lbl, LBody), a sub-list inside its item's LBody; a table of the content is a Table of TR, header rows'
 * cells TH; the header and signature tables, which only lay text out, are a Div of P (PDF/UA: a layout table is not
 * tagged Table).
 */
export function structureOf(document: ResolvedDocument): { root: StructNode; leaves: Map<ResolvedParagraph, StructLeaf> } {
  const leaves = new Map<ResolvedParagraph, StructLeaf>();
  const node = (role: string, parent: StructNode): StructNode => {
    const made: StructNode = { role, marks: [], kids: [] };
    parent.kids.push(made);
    return made;
  };
  const root: StructNode = { role: 'Document', marks: [], kids: [] };
  for (const section of document.sections) {
    const sect = node('Sect', root);
    /** Heading levels under an appendix's label (or an attachment's title). */
    let under = 0;
    /** The last heading's role: a heading's second part (a chapter's title) takes it too. */
    let heading = 'H1';
    /** The list being written, and its last item's body (where a sub-list goes). */
    let list: { node: StructNode; body: StructNode | null; sub: StructNode | null } | null = null;
    const place = (block: ResolvedBlock) => {
      if (block.kind === 'table') {
        list = null;
        if (block.grid) tableNode(block, node('Table', sect), node, leaves);
        else {
          const div = node('Div', sect);
          for (const row of block.rows) for (const cell of row.cells) for (const p of cell.paragraphs) leaves.set(p, { node: node('P', div) });
        }
        return;
      }
      const { outline } = block;
      if (!block.list) list = null;
      if (outline && 'appendix' in outline) {
        under = 1;
        leaves.set(block, { node: node((heading = 'H1'), sect) });
      } else if (outline) leaves.set(block, { node: node((heading = `H${outline.level + under}`), sect) });
      else if (block.headingPart) leaves.set(block, { node: node(heading, sect) });
      else if (block.list) {
        let parent: StructNode;
        if (block.list.depth === 2 && list?.body) parent = list.sub ??= node('L', list.body);
        else {
          list ??= { node: node('L', sect), body: null, sub: null };
          parent = list.node;
        }
        const item = node('LI', parent);
        const label = block.list.labelLength > 0 ? { node: node('Lbl', item), length: block.list.labelLength } : undefined;
        const body = node('LBody', item);
        if (parent === list!.node) [list!.body, list!.sub] = [body, null];
        leaves.set(block, { node: body, ...(label ? { label } : {}) });
      } else leaves.set(block, { node: node('P', sect) });
    };
    section.blocks.forEach(place);
  }
  return { root, leaves };
}

/** A table of the content: TR per row, TH in header rows, TD elsewhere; a cell merged down from above is not one. */
function tableNode(table: ResolvedTable, parent: StructNode, node: (role: string, parent: StructNode) => StructNode, leaves: Map<ResolvedParagraph, StructLeaf>): void {
  for (const row of table.rows) {
    const tr = node('TR', parent);
    for (const cell of row.cells) {
      if (cell.merged) continue;
      const made = node(row.header ? 'TH' : 'TD', tr);
      const attributes = { ...(cell.rowSpan ? { RowSpan: cell.rowSpan } : {}), ...(cell.gridSpan ? { ColSpan: cell.gridSpan } : {}), ...(row.header ? { Scope: 'Column' as const } : {}) };
      if (Object.keys(attributes).length) made.table = attributes;
      // A cell's paragraphs are its content: their text goes in the cell itself.
      for (const p of cell.paragraphs) leaves.set(p, { node: made });
    }
  }
}

/**
 * Drops the elements no page put text in (empty paragraphs, rule carriers): a tree of text only. A table's cells stay,
 * empty or not, so that its rows keep their columns.
 */
export function pruneStructure(node: StructNode): boolean {
  node.kids = node.kids.filter(pruneStructure);
  return node.marks.length > 0 || node.kids.length > 0 || node.role === 'TD' || node.role === 'TH';
}

/**
 * The tree as it goes to the render thread: its elements in reading (pre-)order, in typed arrays. A tree of objects
 * took tens of milliseconds to copy there for a plan of tables, whose every cell is an element.
 */
export interface FlatStructure {
  /** The roles used, each once. */
  roles: string[];
  /** Each element's role (its index in `roles`) and its parent's index (-1 for the root, the first). */
  role: Uint8Array;
  parent: Int32Array;
  /** The marked-content sequences, element by element in their order: the element's index, the page, the MCID. */
  marks: Int32Array;
  /** The table attributes, by element index. */
  tables: Array<[number, NonNullable<StructNode['table']>]>;
}

export function flattenStructure(root: StructNode): FlatStructure {
  const roles: string[] = [];
  const roleIndex = new Map<string, number>();
  const role: number[] = [];
  const parent: number[] = [];
  const marks: number[] = [];
  const tables: FlatStructure['tables'] = [];
  const visit = (node: StructNode, up: number) => {
    const index = role.length;
    if (!roleIndex.has(node.role)) roleIndex.set(node.role, roles.push(node.role) - 1);
    role.push(roleIndex.get(node.role)!);
    parent.push(up);
    for (const { page, mcid } of node.marks) marks.push(index, page, mcid);
    if (node.table) tables.push([index, node.table]);
    for (const kid of node.kids) visit(kid, index);
  };
  visit(root, -1);
  return { roles, role: Uint8Array.from(role), parent: Int32Array.from(parent), marks: Int32Array.from(marks), tables };
}
