// Flows the resolved document onto pages as Word and LibreOffice would: line breaks, widow/orphan control,
// keep-with-next, rows that never split. The PDF renderer draws the result; the DOCX carries the same rules.
import { packedMap } from '../packed-map';
import { breakLines, type Line } from './break-lines';
import { lineBox } from './line-box';
import type { ResolvedBlock, ResolvedDocument, ResolvedParagraph, ResolvedRow, ResolvedRun } from './resolved-document';

/** A run of text in one style, drawn in one go; each of its spaces is `wordSpacing` wider than the font's. */
export interface PlacedText {
  kind: 'text';
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  text: string;
  run: ResolvedRun;
  wordSpacing: number;
}

export interface PlacedRule {
  kind: 'rule';
  x1: number;
  x2: number;
  y: number;
  thicknessPt: number;
}

export type PlacedItem = PlacedText | PlacedRule;

export interface FlowedPage {
  items: PlacedItem[];
}

/** A paragraph broken into lines for a column, with each line's height and baseline. */
interface SetParagraph {
  paragraph: ResolvedParagraph;
  lines: Array<{ line: Line; heightPt: number; baselinePt: number }>;
  /** Left edge and width of the column the paragraph sits in. */
  x: number;
  width: number;
}

const orphans = 2;
const widows = 2;

export function setParagraph(paragraph: ResolvedParagraph, x: number, width: number): SetParagraph {
  const inner = width - paragraph.indentLeftPt - paragraph.indentRightPt;
  const lines = paragraph.runs.length
    ? breakLines(paragraph.runs, inner - paragraph.firstLinePt, inner)
    : [{ fragments: [], widthPt: 0, stretchableSpaces: 0, last: true }];
  return {
    paragraph,
    x,
    width,
    lines: packedMap(lines, (line, index) => {
      const size = Math.max(paragraph.emptySizePt, ...line.fragments.map((f) => f.run.sizePt));
      const box = lineBox(size, paragraph.lineSpacing);
      // A bottom border adds its own width under the last line, as office suites do.
      const rule = paragraph.bottomRule && index === lines.length - 1 ? paragraph.bottomRule.thicknessPt : 0;
      return { line, heightPt: box.heightPt + rule, baselinePt: box.baselinePt };
    }),
  };
}

/** Draws one line: aligned, justified lines stretched at their inner spaces. */
function placeLine(set: SetParagraph, index: number, top: number, out: PlacedItem[]): void {
  const { paragraph } = set;
  const { line, baselinePt } = set.lines[index]!;
  const first = index === 0;
  const left = set.x + paragraph.indentLeftPt + (first ? paragraph.firstLinePt : 0);
  const available = set.width - paragraph.indentLeftPt - paragraph.indentRightPt - (first ? paragraph.firstLinePt : 0);
  const slack = Math.max(0, available - line.widthPt);
  let x = left;
  let extraPerSpace = 0;
  if (paragraph.align === 'center') x += slack / 2;
  if (paragraph.align === 'justify' && !line.last && line.stretchableSpaces > 0) extraPerSpace = slack / line.stretchableSpaces;
  const y = top + baselinePt;
  const lastWord = lastWordIndex(line);
  // Words of one style separated by single spaces share a text run; justification widens each space alike.
  let segment: PlacedText | undefined;
  const flush = () => {
    if (segment) out.push(segment);
    segment = undefined;
  };
  line.fragments.forEach((fragment, i) => {
    if (i > lastWord) return; // trailing spaces are not drawn
    if (fragment.isSpace) {
      const isInner = i < lastWord;
      if (!(segment && fragment.text === ' ' && sameStyle(segment.run, fragment.run))) flush();
      else segment.text += ' ';
      x += fragment.widthPt + (isInner ? extraPerSpace * fragment.text.length : 0);
      return;
    }
    if (segment && sameStyle(segment.run, fragment.run)) segment.text += fragment.text;
    else {
      flush();
      segment = { kind: 'text', x, y, text: fragment.text, run: fragment.run, wordSpacing: extraPerSpace };
    }
    x += fragment.widthPt;
  });
  flush();
  if (paragraph.bottomRule && line.last) {
    const ruleY = top + set.lines[index]!.heightPt - paragraph.bottomRule.thicknessPt / 2;
    out.push({ kind: 'rule', x1: set.x + paragraph.indentLeftPt, x2: set.x + set.width - paragraph.indentRightPt, y: ruleY, thicknessPt: paragraph.bottomRule.thicknessPt });
  }
}

function sameStyle(a: ResolvedRun, b: ResolvedRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.sizePt === b.sizePt;
}

function lastWordIndex(line: Line): number {
  for (let i = line.fragments.length - 1; i >= 0; i--) if (!line.fragments[i]!.isSpace) return i;
  return -1;
}

function paragraphHeight(set: SetParagraph): number {
  return set.paragraph.spaceBeforePt + set.lines.reduce((sum, l) => sum + l.heightPt, 0) + set.paragraph.spaceAfterPt;
}

interface SetRow {
  row: ResolvedRow;
  cells: SetParagraph[][];
  heightPt: number;
}

function setRow(row: ResolvedRow, x: number, padding: number): SetRow {
  let cellX = x;
  const cells = packedMap(row.cells, (cell) => {
    const set = packedMap(cell.paragraphs, (p) => setParagraph(p, cellX + padding, cell.widthPt - 2 * padding));
    cellX += cell.widthPt;
    return set;
  });
  const heightPt = Math.max(...cells.map((cell) => cell.reduce((sum, p) => sum + paragraphHeight(p), 0)));
  return { row, cells, heightPt };
}

type SetBlock = { kind: 'paragraph'; set: SetParagraph } | { kind: 'table'; rows: SetRow[] };

/** Lays the blocks out on pages. */
export function flowPages(document: ResolvedDocument): FlowedPage[] {
  return [...eachPage(document)];
}

/**
 * Lays the blocks out on pages, giving each page as soon as it is full: a block is broken into lines only when the
 * flow reaches it (or looks ahead to it), so a long document's lines and items need not all be held at once.
 */
export function* eachPage(document: ResolvedDocument): Generator<FlowedPage> {
  const { page } = document;
  const left = page.margins.left;
  const width = page.widthPt - page.margins.left - page.margins.right;
  const top = page.margins.top;
  const limit = page.heightPt - page.margins.bottom;
  const setBlocks = new Map<number, SetBlock>();
  const blockAt = (i: number): SetBlock | undefined => {
    const block = document.blocks[i];
    if (!block) return undefined;
    let set = setBlocks.get(i);
    if (!set) setBlocks.set(i, (set = setBlock(block, left, width)));
    return set;
  };

  let current: FlowedPage = { items: [] };
  let firstPage = true;
  const full: FlowedPage[] = [];
  let y = top;
  const newPage = () => {
    full.push(current);
    current = { items: [] };
    firstPage = false;
    y = top;
  };

  /** Height at the start of block i that must share a page with it (orphans, kept lines, keep-with-next chains). */
  const head = (i: number): number => {
    const block = blockAt(i);
    if (!block) return 0;
    if (block.kind === 'table') return block.rows[0]!.heightPt;
    const { set } = block;
    const lines = set.lines.length;
    const whole = set.paragraph.keepLines || lines <= orphans + widows - 1;
    const count = whole ? lines : orphans;
    const height = set.paragraph.spaceBeforePt + set.lines.slice(0, count).reduce((sum, l) => sum + l.heightPt, 0);
    return whole && set.paragraph.keepNext ? height + set.paragraph.spaceAfterPt + head(i + 1) : height;
  };

  for (let i = 0; i < document.blocks.length; i++) {
    const block = blockAt(i)!;
    if (block.kind === 'table') {
      for (const row of block.rows) {
        if (y + row.heightPt > limit && y > top) newPage();
        placeRow(row, y, current.items);
        y += row.heightPt;
      }
    } else {
      const { set } = block;
      const p = set.paragraph;
      if (y > top && y + head(i) > limit) newPage();
      y += y === top && !firstPage ? 0 : p.spaceBeforePt;

      // Which lines go on which page: break where the next line does not fit, keeping widows and orphans.
      const breaks: number[] = [];
      let room = limit - y;
      let onPage = 0;
      set.lines.forEach((line, index) => {
        if (line.heightPt > room && onPage > 0) {
          let at = index;
          const remaining = set.lines.length - index;
          if (remaining < widows) at = Math.max(index - (widows - remaining), breaks.length ? breaks[breaks.length - 1]! + orphans : orphans);
          breaks.push(at);
          room = limit - top - set.lines.slice(at, index + 1).reduce((sum, l) => sum + l.heightPt, 0);
          onPage = index + 1 - at;
          return;
        }
        room -= line.heightPt;
        onPage++;
      });
      // Keep with next: the paragraph shares a page with the start of the next block. A paragraph that
      // starts on this page moves whole to the next one (as LibreOffice does); one that already spans pages
      // sends its last lines along, keeping widows and orphans.
      if (p.keepNext && i + 1 < document.blocks.length && set.lines.length > 0) {
        const lastStart = breaks.length ? breaks[breaks.length - 1]! : 0;
        const usedOnLast = breaks.length
          ? set.lines.slice(lastStart).reduce((sum, l) => sum + l.heightPt, 0)
          : y - top + set.lines.reduce((sum, l) => sum + l.heightPt, 0);
        if (top + usedOnLast + p.spaceAfterPt + head(i + 1) > limit) {
          if (breaks.length === 0 && y - p.spaceBeforePt > top) newPage();
          else if (!p.keepLines && set.lines.length - lastStart >= orphans + widows) breaks.push(set.lines.length - widows);
        }
      }
      set.lines.forEach((line, index) => {
        if (breaks.includes(index)) newPage();
        placeLine(set, index, y, current.items);
        y += line.heightPt;
      });
      y += p.spaceAfterPt;
    }
    setBlocks.delete(i); // placed: the flow never looks back
    yield* full.splice(0);
  }
  yield current;

  function placeRow(row: SetRow, rowTop: number, out: PlacedItem[]): void {
    for (const cell of row.cells) {
      let cellY = rowTop;
      for (const set of cell) {
        cellY += set.paragraph.spaceBeforePt;
        set.lines.forEach((line, index) => {
          placeLine(set, index, cellY, out);
          cellY += line.heightPt;
        });
        cellY += set.paragraph.spaceAfterPt;
      }
    }
  }

  function setBlock(block: ResolvedBlock, x: number, w: number): SetBlock {
    if (block.kind === 'paragraph') return { kind: 'paragraph', set: setParagraph(block, x, w) };
    return { kind: 'table', rows: packedMap(block.rows, (row) => setRow(row, x + block.indentPt, block.cellPaddingPt)) };
  }
}

/** The page number of a page (from 2 on), centred in the top margin as the DOCX's header sets it. */
export function placePageNumber(document: ResolvedDocument, number: number): PlacedItem[] {
  const { page, pageNumber } = document;
  const numbered = { ...pageNumber, runs: packedMap(pageNumber.runs, (run) => ({ ...run, text: String(number) })) };
  const items: PlacedItem[] = [];
  placeLine(setParagraph(numbered, page.margins.left, page.widthPt - page.margins.left - page.margins.right), 0, page.headerDistancePt, items);
  return items;
}
