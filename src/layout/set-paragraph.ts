// A paragraph set in a column: broken into lines with their heights and baselines, and each line drawn.
import { packedMap } from '../packed-map';
import { breakLines, type Line } from './break-lines';
import type { PlacedItem, PlacedText } from './flow-pages';
import { underline } from '../fonts/font-metrics';
import { lineBox } from './line-box';
import { frameWidth, type ParagraphFrame, type ResolvedParagraph, type ResolvedRun } from './resolved-document';

/** A paragraph broken into lines for a column, with each line's height and baseline. */
export interface SetParagraph {
  paragraph: ResolvedParagraph;
  /** `fitPt`, `textPt`: the line's height and what of it must fit when it ends a page, as LibreOffice counts them (line-box.ts). */
  lines: Array<{ line: Line; heightPt: number; baselinePt: number; fitPt: number; textPt: number }>;
  /** Left edge and width of the column the paragraph sits in. */
  x: number;
  width: number;
}

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
      // A frame's line and padding come above the first line and below the last, as office suites add them.
      const frame = paragraph.frame ? frameWidth(paragraph.frame) + paragraph.frame.paddingPt : 0;
      const above = index === 0 ? frame : 0;
      const below = index === lines.length - 1 ? frame : 0;
      return { line, heightPt: box.heightPt + rule + above + below, baselinePt: box.baselinePt + above, fitPt: box.fitPt + rule + above + below, textPt: box.textPt + rule + above + below };
    }),
  };
}

/** Draws one line: aligned, justified lines stretched at their inner spaces. */
export function placeLine(set: SetParagraph, index: number, top: number, out: PlacedItem[]): void {
  const { paragraph } = set;
  const { line, baselinePt } = set.lines[index]!;
  const first = index === 0;
  const left = set.x + paragraph.indentLeftPt + (first ? paragraph.firstLinePt : 0);
  const available = set.width - paragraph.indentLeftPt - paragraph.indentRightPt - (first ? paragraph.firstLinePt : 0);
  const slack = Math.max(0, available - line.widthPt);
  let x = left;
  let extraPerSpace = 0;
  if (paragraph.align === 'center') x += slack / 2;
  else if (paragraph.align === 'right') x += slack;
  if (paragraph.align === 'justify' && !line.last && line.stretchableSpaces > 0) extraPerSpace = slack / line.stretchableSpaces;
  const y = top + baselinePt;
  const lastWord = lastWordIndex(line);
  // Words of one style separated by single spaces share a text run; justification widens each space alike.
  let segment: PlacedText | undefined;
  /** Where the segment's last word ends: an underline runs to there, not over a trailing space. */
  let segmentEnd = x;
  const flush = () => {
    if (segment) out.push(segment);
    if (segment?.run.underline) {
      const { offsetPt, thicknessPt } = underline(segment.run.sizePt);
      out.push({ kind: 'rule', x1: segment.x, x2: segmentEnd, y: segment.y + offsetPt, thicknessPt });
    }
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
      segment = { kind: 'text', x, y, text: fragment.text, run: fragment.run, wordSpacing: extraPerSpace, paragraph };
    }
    x += fragment.widthPt;
    segmentEnd = x;
  });
  // A line that wraps at a space ends its text with that space (it draws nothing): text taken from the page or from
  // the tagged PDF's structure tree reads the two words apart, not joined across the break (PDF 32000-1, 14.8.2.5).
  if (segment && !line.last && line.fragments[lastWord + 1]?.isSpace) segment.text += ' ';
  flush();
  if (paragraph.bottomRule && line.last) {
    const ruleY = top + set.lines[index]!.heightPt - paragraph.bottomRule.thicknessPt / 2;
    out.push({ kind: 'rule', x1: set.x + paragraph.indentLeftPt, x2: set.x + set.width - paragraph.indentRightPt, y: ruleY, thicknessPt: paragraph.bottomRule.thicknessPt });
  }
  if (paragraph.frame && line.last) {
    // Framed paragraphs keep their lines together (keepLines): the frame's top is the first line's.
    let frameTop = top;
    for (let i = 0; i < index; i++) frameTop -= set.lines[i]!.heightPt;
    const bottom = top + set.lines[index]!.heightPt;
    const { sidePaddingPt } = paragraph.frame;
    const border = frameWidth(paragraph.frame);
    const left = set.x + paragraph.indentLeftPt - sidePaddingPt - border;
    const right = set.x + set.width - paragraph.indentRightPt + sidePaddingPt + border;
    drawFrame(paragraph.frame, left, right, frameTop, bottom, out);
  }
}

/** A frame's lines, each drawn on its centre line, from the outer edges inwards. */
function drawFrame(frame: ParagraphFrame, left: number, right: number, top: number, bottom: number, out: PlacedItem[]): void {
  const t = frame.thicknessPt;
  for (const inset of frame.double ? [t / 2, 2.5 * t] : [t / 2]) {
    const [x1, x2, y1, y2] = [left + inset, right - inset, top + inset, bottom - inset];
    out.push({ kind: 'rule', x1, x2, y: y1, thicknessPt: t });
    out.push({ kind: 'rule', x1, x2, y: y2, thicknessPt: t });
    out.push({ kind: 'rule', x1, x2: x1, y: y1, y2, thicknessPt: t });
    out.push({ kind: 'rule', x1: x2, x2, y: y1, y2, thicknessPt: t });
  }
}

function sameStyle(a: ResolvedRun, b: ResolvedRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.sizePt === b.sizePt && a.underline === b.underline;
}

function lastWordIndex(line: Line): number {
  for (let i = line.fragments.length - 1; i >= 0; i--) if (!line.fragments[i]!.isSpace) return i;
  return -1;
}

export function paragraphHeight(set: SetParagraph): number {
  return set.paragraph.spaceBeforePt + set.lines.reduce((sum, l) => sum + l.heightPt, 0) + set.paragraph.spaceAfterPt;
}

/** Marks placed texts as artifacts (drawn for the page, not part of the text's structure). */
export function markArtifacts(items: PlacedItem[]): PlacedItem[] {
  for (const item of items) if (item.kind === 'text') item.artifact = true;
  return items;
}
