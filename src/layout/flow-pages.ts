// Flows the resolved document onto pages as Word and LibreOffice would: line breaks, widow/orphan control,
// keep-with-next, rows kept whole or split across pages. The PDF renderer draws the result; the DOCX carries the
// same rules.
import { packedMap } from '../packed-map';
import { placeRow, rowHead, rowKeepsWithNext, rowStart, setRow, type SetRow } from './flow-row';
import { placeTable, setTable, tableHead, type PageCursor, type SetTable } from './flow-table';
import type { ResolvedBlock, ResolvedDocument, ResolvedPage, ResolvedParagraph, ResolvedRun, ResolvedSection } from './resolved-document';
import { markArtifacts, paragraphHeight, placeLine, setParagraph, type SetParagraph } from './set-paragraph';

/** A run of text in one style, drawn in one go; each of its spaces is `wordSpacing` wider than the font's. */
export interface PlacedText {
  kind: 'text';
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  text: string;
  run: ResolvedRun;
  wordSpacing: number;
  /** The paragraph the text belongs to: its place in the PDF's structure tree (tag-structure.ts). */
  paragraph: ResolvedParagraph;
  /** Drawn again or for the page only (a header row repeated, the page number): an artifact, outside the structure. */
  artifact?: true;
}

export interface PlacedRule {
  kind: 'rule';
  x1: number;
  x2: number;
  y: number;
  /** Where the rule ends, when not on `y`: a table's vertical grid line goes from (x1, y) to (x2, y2). */
  y2?: number;
  thicknessPt: number;
}

export type PlacedItem = PlacedText | PlacedRule;

export interface FlowedPage {
  /** Index of the section the page belongs to (its size and margins). */
  section: number;
  /** The number printed in the page's top margin, or null on a page that shows none. */
  pageNumber: number | null;
  items: PlacedItem[];
  /** The paragraphs in the document's outline that start on the page, with the top of their first line. */
  outline: OutlineMark[];
}

export interface OutlineMark {
  outline: NonNullable<ResolvedParagraph['outline']>;
  text: string;
  /** Top of the paragraph's first line, from the top of the page. */
  y: number;
}

const orphans = 2;
const widows = 2;

type SetBlock = { kind: 'paragraph'; set: SetParagraph } | { kind: 'table'; rows: SetRow[] } | { kind: 'grid'; set: SetTable };

/** Lays the blocks out on pages. */
export function flowPages(document: ResolvedDocument): FlowedPage[] {
  return [...eachPage(document)];
}

/** Room left under a chain's break, so that the chain's parts fit again when the flow is run with their keeps off. */
const breakSlackPt = 0.01;

/**
 * Lays the sections out on pages, each from a new page, giving each page as soon as it is full, with the number its
 * top margin shows. `onKeepBroken` is told where a chain kept with the next had to break (see `flowSection`).
 */
export function* eachPage(document: ResolvedDocument, onKeepBroken?: (section: number, index: number) => void): Generator<FlowedPage> {
  let number = 0;
  for (const [index, section] of document.sections.entries()) {
    let first = true;
    for (const { items, outline } of flowSection(section, (block) => onKeepBroken?.(index, block))) {
      number = first && section.restartPageNumbers ? 1 : number + 1;
      // The first page's footer (ô 13) is drawn with the page's own items.
      if (first && section.firstPageFooter) items.push(...placeFirstPageFooter(section));
      yield { section: index, pageNumber: first && section.hideFirstPageNumber ? null : number, items, outline };
      first = false;
    }
  }
}

/**
 * Lays a section's blocks out on pages, giving each page as soon as it is full: a block is broken into lines only when
 * the flow reaches it (or looks ahead to it), so a long document's lines and items need not all be held at once.
 */
function* flowSection(section: ResolvedSection, onKeepBroken: (index: number) => void): Generator<Pick<FlowedPage, 'items' | 'outline'>> {
  const { page } = section;
  const left = page.margins.left;
  const width = page.widthPt - page.margins.left - page.margins.right;
  const top = page.margins.top;
  /** Where a page's body ends; on the section's first page above its footer when that reaches into the body (ô 13). */
  const fullLimit = page.heightPt - page.margins.bottom;
  let limit = firstPageLimit(section);
  const setBlocks = new Map<number, SetBlock>();
  const blockAt = (i: number): SetBlock | undefined => {
    const block = section.blocks[i];
    if (!block) return undefined;
    let set = setBlocks.get(i);
    if (!set) setBlocks.set(i, (set = setBlock(block, left, width)));
    return set;
  };

  let current: PlacedItem[] = [];
  let outline: OutlineMark[] = [];
  let firstPage = true;
  const full: Array<Pick<FlowedPage, 'items' | 'outline'>> = [];
  let y = top;
  /**
   * Where the page is filled to as LibreOffice counts it, its lines in whole twips (line-box.ts): every question of
   * what still fits asks `fitY` with `fitPt` heights, while the lines are drawn at `y`. A table sets both to its bottom.
   */
  let fitY = top;
  const newPage = () => {
    full.push({ items: current, outline });
    current = [];
    outline = [];
    firstPage = false;
    y = fitY = top;
    limit = fullLimit;
  };

  /**
   * Height at the start of block i that must share a page with it (orphans, kept lines, keep-with-next chains);
   * `own` leaves out what follows, `splitRowsByStart` counts a row that may split by its first line (see `tall`).
   */
  const head = (i: number, own = false, splitRowsByStart = false): number => {
    const block = blockAt(i);
    if (!block) return 0;
    if (block.kind === 'grid') return tableHead(block.set);
    if (block.kind === 'table') return splitRowsByStart && !block.rows[0]!.row.cantSplit ? rowStart(block.rows[0]!) : rowHead(block.rows[0]!);
    const { set } = block;
    const lines = set.lines.length;
    const whole = set.paragraph.keepLines || lines <= orphans + widows - 1;
    const count = whole ? lines : orphans;
    const height = set.paragraph.spaceBeforePt + set.lines.slice(0, count).reduce((sum, l) => sum + l.fitPt, 0);
    // The last line counted may end the page: only its text need fit (see line-box.ts).
    const hanging = count > 0 ? set.lines[count - 1]!.fitPt - set.lines[count - 1]!.textPt : 0;
    if (own || !set.paragraph.keepNext) return height - hanging;
    if (whole) return height + set.paragraph.spaceAfterPt + head(i + 1, false, splitRowsByStart);
    // A paragraph kept with the next that could split moves whole to the next page when it and the start of what
    // follows do not fit below (see the placing loop); what keeps with it then moves too, as LibreOffice moves a
    // heading with the paragraph under it. So it counts whole when it and its follower fit on a page at all.
    const all = set.paragraph.spaceBeforePt + set.lines.reduce((sum, l) => sum + l.fitPt, 0) + set.paragraph.spaceAfterPt + head(i + 1, false, splitRowsByStart);
    return all <= fullLimit - top ? all : height - hanging;
  };
  // A chain of paragraphs kept with the next that is taller than a page cannot be kept on one: it stays where it
  // starts and breaks where a page is full, keep-with-next given up there (the caller is told which paragraph's, so
  // the DOCX can say the same: see break-tall-chains.ts). A chain that is tall only because it ends in a row taller
  // than a page (a signature with very many recipients) moves as before: the row splits.
  const tall = (i: number): boolean => head(i, false, true) > fullLimit - top;

  // True while everything on the page so far, from its top, keeps with the block being placed: moving that block
  // to the next page would take the whole chain along and gain nothing, so it stays (LibreOffice does the same).
  let chainFromTop = false;
  /** True while the chain being placed is taller than a page (it breaks where pages are full). */
  let tallChain = false;
  const cursor: PageCursor = {
    get y() {
      return y;
    },
    set y(value: number) {
      y = fitY = value;
    },
    top,
    get limit() {
      return limit;
    },
    get items() {
      return current;
    },
    newPage,
  };
  for (let i = 0; i < section.blocks.length; i++) {
    const block = blockAt(i)!;
    if (block.kind === 'grid') {
      placeTable(block.set, cursor);
      chainFromTop = tallChain = false;
    } else if (block.kind === 'table') {
      block.rows.forEach((row, r) => {
        if (y + row.heightPt > limit && y > top) {
          // A row kept whole moves to the next page when it fits there; a row that keeps with what follows moves
          // unless its keep chain starts at the top of this page; any other row moves only if its start does not fit.
          const whole = row.row.cantSplit && row.heightPt <= fullLimit - top;
          const moves = rowKeepsWithNext(row) ? !(r === 0 && chainFromTop) : y + rowStart(row) > limit;
          if (whole || moves) {
            newPage();
            if (r === 0 && tallChain) onKeepBroken(i - 1);
          }
        }
        const placed = placeRow(row, y, { top, limit }, y + row.heightPt > limit);
        placed.pages.forEach((items, index) => {
          if (index > 0) newPage();
          current.push(...items);
        });
        y = fitY = placed.bottom;
      });
      chainFromTop = tallChain = false;
    } else {
      const { set } = block;
      const p = set.paragraph;
      const keptWithPrevious = i > 0 && chainFromTop;
      if (!chainFromTop && p.keepNext && tall(i)) chainFromTop = tallChain = true;
      else if (y > top && !chainFromTop && fitY + head(i) > limit) newPage();
      if (y > top && chainFromTop && fitY + head(i, true) > limit - breakSlackPt) {
        // Not even this paragraph's start fits under the chain placed so far: the chain breaks here.
        newPage();
        if (keptWithPrevious) onKeepBroken(i - 1);
      }
      let startsChain: boolean = chainFromTop || y === top;
      const before = y === top && !firstPage ? 0 : p.spaceBeforePt;
      y += before;
      fitY += before;

      // Which lines go on which page: break where the next line does not fit, keeping widows and orphans.
      const breaks: number[] = [];
      let room = limit - fitY;
      let onPage = 0;
      set.lines.forEach((line, index) => {
        if (line.textPt > room && onPage > 0) {
          let at = index;
          const remaining = set.lines.length - index;
          if (remaining < widows) at = Math.max(index - (widows - remaining), breaks.length ? breaks[breaks.length - 1]! + orphans : orphans);
          breaks.push(at);
          room = fullLimit - top - set.lines.slice(at, index + 1).reduce((sum, l) => sum + l.fitPt, 0);
          onPage = index + 1 - at;
          return;
        }
        room -= line.fitPt;
        onPage++;
      });
      // Keep with next: the paragraph shares a page with the start of the next block. A paragraph that
      // starts on this page moves whole to the next one (as LibreOffice does); one that already spans pages
      // sends its last lines along, keeping widows and orphans.
      // A chain that already starts at the top of the page stays, as above.
      if (p.keepNext && i + 1 < section.blocks.length && set.lines.length > 0 && !(startsChain && breaks.length === 0)) {
        const lastStart = breaks.length ? breaks[breaks.length - 1]! : 0;
        const usedOnLast = breaks.length
          ? set.lines.slice(lastStart).reduce((sum, l) => sum + l.fitPt, 0)
          : fitY - top + set.lines.reduce((sum, l) => sum + l.fitPt, 0);
        if (top + usedOnLast + p.spaceAfterPt + head(i + 1) > limit) {
          if (breaks.length === 0 && y - p.spaceBeforePt > top) {
            newPage();
            startsChain = true;
          } else if (!p.keepLines && set.lines.length - lastStart >= orphans + widows) breaks.push(set.lines.length - widows);
        }
      }
      set.lines.forEach((line, index) => {
        if (breaks.includes(index)) newPage();
        if (index === 0 && p.outline) outline.push({ outline: p.outline, text: p.runs.map((r) => r.text).join('').replace(/\s+/g, ' ').trim(), y });
        placeLine(set, index, y, current);
        y += line.heightPt;
        fitY += line.fitPt;
      });
      y += p.spaceAfterPt;
      fitY += p.spaceAfterPt;
      // The paragraph's last part starts at the top of a page (after a break) or continues a chain from there.
      chainFromTop = p.keepNext && (breaks.length > 0 || startsChain);
      tallChain &&= chainFromTop;
    }
    setBlocks.delete(i); // placed: the flow never looks back
    yield* full.splice(0);
  }
  yield { items: current, outline };
}

/** One setter per kind of resolved block (its lines broken, its rows measured): a kind added to the layout does not
 * compile until the flow sets it. */
const setters: { [K in ResolvedBlock['kind']]: (block: Extract<ResolvedBlock, { kind: K }>, x: number, w: number) => SetBlock } = {
  paragraph: (block, x, w) => ({ kind: 'paragraph', set: setParagraph(block, x, w) }),
  table: (block, x) => (block.grid ? { kind: 'grid', set: setTable(block, x) } : { kind: 'table', rows: packedMap(block.rows, (row) => setRow(row, x + block.indentPt, block.cellPaddingPt)) }),
};

function setBlock(block: ResolvedBlock, x: number, w: number): SetBlock {
  return (setters[block.kind] as (block: ResolvedBlock, x: number, w: number) => SetBlock)(block, x, w);
}

/**
 * The section's first-page footer (the contact block, ô 13) set on its page: it stands on the footer distance from the
 * bottom edge, as Word and LibreOffice set a footer, and grows upwards.
 */
export function setFirstPageFooter(section: ResolvedSection): { top: number; sets: SetParagraph[] } | null {
  const { page, firstPageFooter } = section;
  if (!firstPageFooter) return null;
  const width = page.widthPt - page.margins.left - page.margins.right;
  const sets = packedMap(firstPageFooter, (p) => setParagraph(p, page.margins.left, width));
  const height = sets.reduce((sum, set) => sum + paragraphHeight(set), 0);
  return { top: page.heightPt - page.headerDistancePt - height, sets };
}

/** The first page's body ends above its footer when the footer reaches above the bottom margin. */
function firstPageLimit(section: ResolvedSection): number {
  const footer = setFirstPageFooter(section);
  const limit = section.page.heightPt - section.page.margins.bottom;
  return footer ? Math.min(limit, footer.top) : limit;
}

/** The footer's lines placed on the first page. */
export function placeFirstPageFooter(section: ResolvedSection): PlacedItem[] {
  const footer = setFirstPageFooter(section);
  const items: PlacedItem[] = [];
  if (!footer) return items;
  let y = footer.top;
  for (const set of footer.sets) {
    y += set.paragraph.spaceBeforePt;
    set.lines.forEach((line, index) => {
      placeLine(set, index, y, items);
      y += line.heightPt;
    });
    y += set.paragraph.spaceAfterPt;
  }
  // A footer, as Word exports one to a tagged PDF: an artifact of the page, outside the text's structure.
  return markArtifacts(items);
}

/** A page's number, centred in the top margin of its page as the DOCX's header sets it. */
export function placePageNumber(pageNumber: ResolvedParagraph, page: ResolvedPage, number: number): PlacedItem[] {
  const numbered = { ...pageNumber, runs: packedMap(pageNumber.runs, (run) => ({ ...run, text: String(number) })) };
  const items: PlacedItem[] = [];
  placeLine(setParagraph(numbered, page.margins.left, page.widthPt - page.margins.left - page.margins.right), 0, page.headerDistancePt, items);
  return markArtifacts(items);
}
