// Marked content on the pages (ISO 32000-1 §14.6, §14.7.4): each text in a sequence of its structure element (BDC …
// EMC with an MCID, recorded in the element), rules and what is drawn for the page only (the page number, a table's
// header repeated) as artifacts.
import type { PlacedText } from '../../layout/flow-pages';
import type { ResolvedParagraph } from '../../layout/resolved-document';
import type { ContentBytes } from './content-bytes';
import type { StructLeaf, StructNode } from './tag-structure';

/** Operators a text's own BT … ET carries: before its glyphs, between glyph `at - 1` and `at`, and after them. */
export interface TextMarks {
  first: string;
  at: number;
  between: string;
  last: string;
}

type Open = StructNode | 'layout' | 'pagination' | null;

const artifacts = { layout: '/Artifact BMC\n', pagination: '/Artifact <</Type /Pagination>> BDC\n' };

/**
 * The marks of the document's pages, written page by page. Texts of one element that follow each other on a page
 * share one sequence; a list item's label is a sequence of its own (Lbl), split from the text after it inside the
 * text object, since both are usually one run of glyphs.
 */
export class StructureMarks {
  private open: Open = null;
  private page = 0;
  private mcid = 0;
  private readonly labelled = new Set<ResolvedParagraph>();

  constructor(private readonly leaves: ReadonlyMap<ResolvedParagraph, StructLeaf>) {}

  startPage(page: number): void {
    [this.page, this.mcid, this.open] = [page, 0, null];
  }

  /** Before a rule: table lines and short rules are layout artifacts. */
  rule(out: ContentBytes): void {
    this.enter('layout', out);
  }

  /** Before a text: opens its sequence, or gives the marks its text object carries (a list item's label). */
  text(item: PlacedText, out: ContentBytes): TextMarks | undefined {
    if (item.artifact) return void this.enter('pagination', out);
    const leaf = this.leaves.get(item.paragraph);
    if (!leaf) throw new Error(`The PDF's structure tree has no place for the text "${item.text}" (tag-structure.ts)`);
    const { label } = leaf;
    if (label && !this.labelled.has(item.paragraph)) {
      this.labelled.add(item.paragraph);
      if (item.text.length <= label.length) return void this.enter(label.node, out);
      this.close(out);
      return { first: this.begin(label.node), at: label.length, between: `EMC\n${this.begin(leaf.node)}`, last: 'EMC\n' };
    }
    this.enter(leaf.node, out);
    return undefined;
  }

  /** Ends the sequence open, at the end of a page's layer. */
  close(out: ContentBytes): void {
    if (this.open !== null) out.text('EMC\n');
    this.open = null;
  }

  private enter(target: Exclude<Open, null>, out: ContentBytes): void {
    if (this.open === target) return;
    this.close(out);
    out.text(typeof target === 'string' ? artifacts[target] : this.begin(target));
    this.open = target;
  }

  /** A new sequence of the element on this page, recorded in it. */
  private begin(node: StructNode): string {
    const mcid = this.mcid++;
    node.marks.push({ page: this.page, mcid });
    return `/${node.role} <</MCID ${mcid}>> BDC\n`;
  }
}
