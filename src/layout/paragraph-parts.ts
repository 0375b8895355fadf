// The layout's building blocks: a paragraph, a run, a rule and the column context, in points from the theme.
import { packedMap } from '../packed-map';
import type { Block, Run, Section } from '../model/document-model';
import { breakLines } from './break-lines';
import { mm, type ResolvedParagraph, type ResolvedRun } from './resolved-document';
import type { Theme } from './theme';

const single = { rule: 'multiple', value: 1 } as const;

export interface ParagraphOptions {
  align?: ResolvedParagraph['align'];
  indentLeftPt?: number;
  indentRightPt?: number;
  firstLinePt?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  lineSpacing?: ResolvedParagraph['lineSpacing'];
  keepNext?: boolean;
  keepLines?: boolean;
  outline?: ResolvedParagraph['outline'];
}

export function paragraph(runs: ResolvedRun[], sizePt: number, options: ParagraphOptions): ResolvedParagraph {
  return {
    kind: 'paragraph',
    runs,
    align: options.align ?? 'left',
    indentLeftPt: options.indentLeftPt ?? 0,
    indentRightPt: options.indentRightPt ?? 0,
    firstLinePt: options.firstLinePt ?? 0,
    spaceBeforePt: options.spaceBeforePt ?? 0,
    spaceAfterPt: options.spaceAfterPt ?? 0,
    lineSpacing: options.lineSpacing ?? single,
    keepNext: options.keepNext ?? false,
    keepLines: options.keepLines ?? false,
    bottomRule: null,
    emptySizePt: sizePt,
    ...(options.outline ? { outline: options.outline } : {}),
  };
}

export function run(text: string, sizePt: number, bold = false, italic = false): ResolvedRun {
  return { text, sizePt, bold, italic };
}

/** The block's runs in its style (packed-map.ts says why not Array.prototype.map). */
export function styled(runs: readonly Run[], sizePt: number, bold: boolean, italic: boolean): ResolvedRun[] {
  return packedMap(runs, (r) => run(r.text, sizePt, bold || r.bold, italic || r.italic));
}

/** An empty paragraph one twip high: it holds a section's break, keeps two tables apart, or fills an empty cell. */
export function twipParagraph(): ResolvedParagraph {
  return { ...paragraph([], 1, {}), lineSpacing: { rule: 'exact', pt: 0.05 } };
}

/** Width of the longest line the text takes in a column. */
export function longestLine(text: string, style: { bold: boolean; italic: boolean }, sizePt: number, columnPt: number): number {
  const lines = breakLines([run(text, sizePt, style.bold, style.italic)], columnPt, columnPt);
  return Math.max(...lines.map((line) => line.widthPt));
}

/**
 * A "(Kèm theo …)" line in its parts, italic: joined on one line when they fit, otherwise each part on its own (the
 * decree's samples break before "của …").
 */
export function referenceLines(parts: string[], sizePt: number, widthPt: number): string[] {
  if (parts.length === 0) return [];
  const joined = parts.join(' ');
  return breakLines([run(joined, sizePt, false, true)], widthPt, widthPt).length === 1 ? [joined] : parts;
}

/** An empty paragraph whose bottom border is a centred rule of the given length. */
export function ruleParagraph(theme: Theme, lengthPt: number, columnPt: number, options: ParagraphOptions = {}): ResolvedParagraph {
  const side = Math.max(0, (columnPt - lengthPt) / 2);
  return {
    ...paragraph([], theme.ruleParagraphPt, { ...options, indentLeftPt: side, indentRightPt: side }),
    lineSpacing: { rule: 'exact', pt: theme.ruleParagraphPt },
    bottomRule: { thicknessPt: theme.ruleThicknessPt },
  };
}

export class LayoutContext {
  readonly textWidthPt: number;
  readonly paddingPt: number;
  /** The section being laid out: its kind, and whether it has chapters (its articles are then one level under them). */
  section: { kind: Section['kind']; chapters: boolean; previous?: Block } = { kind: 'main', chapters: false };
  constructor(readonly theme: Theme) {
    const margins = theme.marginsMm;
    this.textWidthPt = mm(theme.pageMm.width - margins.left - margins.right);
    this.paddingPt = mm(theme.cellPaddingMm);
  }
}

