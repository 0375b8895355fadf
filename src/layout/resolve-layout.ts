// Stage 5: makes every layout decision once, from the theme: the model becomes a resolved document in points.
import { ascent, textWidth } from '../fonts/font-metrics';
import type { AppendixHeadBlock, Block, DocumentModel, HeaderBlock, ParagraphBlock, ParagraphRole, Run, Section, SignatureBlock, TitleBlock } from '../model/document-model';
import { diagnostic, PlanError } from '../errors';
import { say } from '../i18n/language';
import { packedMap } from '../packed-map';
import { breakLines } from './break-lines';
import { breakTallChains } from './break-tall-chains';
import { rowHeight, rowHeightBound } from './flow-row';
import { releaseBeforeSplitRows, resolveTable } from './resolve-table';
import { partTallMergedRows } from './tall-merged-rows';
import { mm, type ResolvedBlock, type ResolvedDocument, type ResolvedPage, type ResolvedParagraph, type ResolvedRun, type ResolvedSection, type ResolvedTable } from './resolved-document';
import type { Theme } from './theme';

const single = { rule: 'multiple', value: 1 } as const;

interface ParagraphOptions {
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

function paragraph(runs: ResolvedRun[], sizePt: number, options: ParagraphOptions): ResolvedParagraph {
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

function run(text: string, sizePt: number, bold = false, italic = false): ResolvedRun {
  return { text, sizePt, bold, italic };
}

/** The block's runs in its style (packed-map.ts says why not Array.prototype.map). */
function styled(runs: readonly Run[], sizePt: number, bold: boolean, italic: boolean): ResolvedRun[] {
  return packedMap(runs, (r) => run(r.text, sizePt, bold || r.bold, italic || r.italic));
}

/** Width of the longest line the text takes in a column. */
function longestLine(text: string, style: { bold: boolean; italic: boolean }, sizePt: number, columnPt: number): number {
  const lines = breakLines([run(text, sizePt, style.bold, style.italic)], columnPt, columnPt);
  return Math.max(...lines.map((line) => line.widthPt));
}

/** An empty paragraph whose bottom border is a centred rule of the given length. */
function ruleParagraph(theme: Theme, lengthPt: number, columnPt: number, options: ParagraphOptions = {}): ResolvedParagraph {
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
  constructor(readonly theme: Theme) {
    const margins = theme.marginsMm;
    this.textWidthPt = mm(theme.pageMm.width - margins.left - margins.right);
    this.paddingPt = mm(theme.cellPaddingMm);
  }
}

/** The header's two columns and how far the table reaches into the left margin, for the given right-column lines. */
export function headerColumns(block: Pick<HeaderBlock, 'nation' | 'motto' | 'placeDate'>, ctx: LayoutContext): { leftPt: number; rightPt: number; overhangPt: number; nationWidth: number } {
  const { theme, paddingPt } = ctx;
  const s = theme.sizesPt;
  const nationWidth = textWidth(block.nation, { bold: true, italic: false }, s.nation);
  const rightNeeded = Math.max(
    nationWidth,
    textWidth(block.motto, { bold: true, italic: false }, s.motto),
    textWidth(block.placeDate, { bold: false, italic: true }, s.placeDate),
  ) + 2 * paddingPt + mm(theme.headerSlackMm);
  // The right column grows for a long place-date line (reaching into the left margin first), but never
  // squeezes the left column below its minimum: a place-date longer than that wraps instead.
  const maxOverhangPt = mm(theme.headerMaxOverhangMm);
  const maxRightPt = ctx.textWidthPt + maxOverhangPt - mm(theme.headerLeftColumnMinMm);
  const rightPt = Math.min(maxRightPt, Math.max(mm(theme.headerRightColumnMm), rightNeeded));
  const overhangPt = Math.min(maxOverhangPt, Math.max(0, rightPt - mm(theme.headerRightColumnMm)));
  return { leftPt: ctx.textWidthPt + overhangPt - rightPt, rightPt, overhangPt, nationWidth };
}

function resolveHeader(block: HeaderBlock, ctx: LayoutContext): ResolvedTable {
  const { theme, paddingPt } = ctx;
  const s = theme.sizesPt;
  const { leftPt, rightPt, overhangPt, nationWidth } = headerColumns(block, ctx);
  if (nationWidth + 2 * paddingPt > rightPt)
    throw new PlanError([
      diagnostic(
        { file: '(bố cục)', path: 'layout' },
        'error',
        say('quốc hiệu không vừa một dòng ở cột phải của phần đầu văn bản', 'the national title does not fit on one line in the header'),
        say('dùng cỡ chữ 12/13 (layout.sizes: "12/13") hoặc lề trái/phải nhỏ hơn', 'use the 12/13 sizes (layout.sizes: "12/13") or smaller side margins'),
      ),
    ]);

  const leftColumn = leftPt - 2 * paddingPt;
  const rightColumn = rightPt - 2 * paddingPt;
  const centered = { align: 'center' as const };
  const agencyRule = theme.shortRuleShare * Math.max(...block.agency.map((line) => longestLine(line, { bold: true, italic: false }, s.agency, leftColumn)));
  const left = [
    ...block.parentAgency.map((line) => paragraph([run(line, s.parentAgency)], s.parentAgency, centered)),
    ...block.agency.map((line) => paragraph([run(line, s.agency, true)], s.agency, centered)),
    ruleParagraph(theme, agencyRule, leftColumn),
  ];
  const mottoWidth = textWidth(block.motto, { bold: true, italic: false }, s.motto);
  const right = [
    paragraph([run(block.nation, s.nation, true)], s.nation, centered),
    paragraph([run(block.motto, s.motto, true)], s.motto, centered),
    ruleParagraph(theme, mottoWidth, rightColumn),
  ];
  // Số (13 pt) and the date (14 pt) share a baseline: the smaller text starts lower by the difference in ascent.
  const baselineShift = ascent(s.placeDate) - ascent(s.number);
  const numberCell = [paragraph([run(block.number, s.number)], s.number, { ...centered, spaceBeforePt: theme.headerRowGapPt + baselineShift })];
  const dateCell = [paragraph([run(block.placeDate, s.placeDate, false, true)], s.placeDate, { ...centered, spaceBeforePt: theme.headerRowGapPt })];
  return {
    kind: 'table',
    indentPt: -overhangPt,
    cellPaddingPt: paddingPt,
    rows: [
      { cantSplit: true, cells: [{ widthPt: leftPt, paragraphs: left }, { widthPt: rightPt, paragraphs: right }] },
      { cantSplit: true, cells: [{ widthPt: leftPt, paragraphs: numberCell }, { widthPt: rightPt, paragraphs: dateCell }] },
    ],
  };
}

function resolveTitle(block: TitleBlock, ctx: LayoutContext): ResolvedParagraph[] {
  const { theme, textWidthPt } = ctx;
  const s = theme.sizesPt;
  const rule = theme.shortRuleShare * Math.max(...block.summary.map((line) => longestLine(line, { bold: true, italic: false }, s.summary, textWidthPt)));
  return [
    paragraph([run(block.name, s.typeName, true)], s.typeName, { align: 'center', spaceBeforePt: theme.titleSpaceBeforePt, keepNext: true }),
    ...block.summary.map((line) => paragraph([run(line, s.summary, true)], s.summary, { align: 'center', keepNext: true, keepLines: true })),
    ruleParagraph(theme, rule, textWidthPt, { spaceAfterPt: 0 }),
  ];
}

const roleStyle: Record<ParagraphRole, { bold: boolean; italic: boolean; heading: boolean; level?: 1 | 2 | 3 }> = {
  basis: { bold: false, italic: true, heading: false },
  body: { bold: false, italic: false, heading: false },
  'heading-1': { bold: true, italic: false, heading: true, level: 1 },
  'heading-2': { bold: true, italic: false, heading: true, level: 2 },
  'heading-3': { bold: false, italic: false, heading: true, level: 3 },
  item: { bold: false, italic: false, heading: false },
  subitem: { bold: false, italic: false, heading: false },
};

function resolveParagraph(block: ParagraphBlock, ctx: LayoutContext): ResolvedParagraph {
  const { theme } = ctx;
  const size = theme.sizesPt.body;
  const style = roleStyle[block.role];
  return paragraph(styled(block.runs, size, style.bold, style.italic), size, {
    align: 'justify',
    firstLinePt: mm(theme.firstLineIndentMm),
    spaceBeforePt: theme.paragraphSpacingPt,
    lineSpacing: { rule: 'multiple', value: theme.bodyLineSpacing },
    keepNext: style.heading,
    keepLines: style.heading,
    ...(style.level ? { outline: { level: style.level } } : {}),
  });
}

function resolveSignature(block: SignatureBlock, ctx: LayoutContext): ResolvedTable {
  const { theme } = ctx;
  const s = theme.sizesPt;
  const leftPt = ctx.textWidthPt * theme.signatureLeftShare;
  const rightPt = ctx.textWidthPt - leftPt;
  const gap = theme.signatureSpaceBeforePt;
  // "Nơi nhận:" (12 pt) sits level with the first signer line (14 pt): same baseline.
  const labelShift = ascent(s.signer) - ascent(s.recipientsLabel);
  const left = [
    paragraph([run(block.recipientsLabel, s.recipientsLabel, true, true)], s.recipientsLabel, { spaceBeforePt: gap + labelShift, keepNext: true }),
    // A wrapped recipient continues under its text, not under its dash (a hanging indent as wide as "- ").
    ...block.recipients.map((line) => {
      const hang = /^- /.test(line) ? textWidth('- ', { bold: false, italic: false }, s.recipients) : 0;
      return paragraph([run(line, s.recipients)], s.recipients, { keepNext: true, indentLeftPt: hang, firstLinePt: -hang });
    }),
  ];
  const centered = { align: 'center' as const, keepNext: true };
  const right = [
    ...block.authority.map((line, index) => paragraph([run(line, s.signer, true)], s.signer, { ...centered, spaceBeforePt: index === 0 ? gap : 0 })),
    ...(block.note ? [paragraph([run(block.note, s.signer, false, true)], s.signer, { ...centered, spaceBeforePt: theme.signatureNoteGapPt })] : []),
    ...(block.name
      ? [paragraph([run(block.name, s.signer, true)], s.signer, { ...centered, spaceBeforePt: block.note ? theme.signatureGapPt - theme.signatureNoteGapPt : theme.signatureGapPt })]
      : []),
  ];
  return {
    kind: 'table',
    indentPt: 0,
    cellPaddingPt: ctx.paddingPt,
    rows: [{ cantSplit: true, cells: [{ widthPt: leftPt, paragraphs: left }, { widthPt: rightPt, paragraphs: right }] }],
  };
}

/**
 * An appendix's head, at the top of its first page: "Phụ lục I", the title, the reference line (its parts on one line
 * when they fit, otherwise each part on its own: the decree's samples break before "của …"), then a short rule.
 */
function resolveAppendixHead(block: AppendixHeadBlock, ctx: LayoutContext, widthPt: number): ResolvedParagraph[] {
  const { theme } = ctx;
  const s = theme.sizesPt;
  const centered = { align: 'center' as const, keepNext: true };
  const joined = block.reference.join(' ');
  const reference = breakLines([run(joined, s.appendixReference, false, true)], widthPt, widthPt).length === 1 ? [joined] : block.reference;
  const ruled = block.title.length ? block.title : [block.label];
  const longest = Math.max(...ruled.map((line) => longestLine(line, { bold: true, italic: false }, block.title.length ? s.appendixTitle : s.appendixLabel, widthPt)));
  const rule = Math.min(mm(theme.appendixRuleMm[1]), Math.max(mm(theme.appendixRuleMm[0]), theme.shortRuleShare * longest));
  return [
    paragraph([run(block.label, s.appendixLabel, true)], s.appendixLabel, { ...centered, outline: { appendix: block.title.length ? `${block.label}. ${block.title.join(' ')}` : block.label } }),
    ...block.title.map((line) => paragraph([run(line, s.appendixTitle, true)], s.appendixTitle, { ...centered, keepLines: true })),
    ...reference.map((line) => paragraph([run(line, s.appendixReference, false, true)], s.appendixReference, { ...centered, keepLines: true })),
    ruleParagraph(theme, rule, widthPt, { keepNext: true }),
  ];
}

/** Lays out one kind of block of the model, in a column `widthPt` wide. */
type Resolver<K extends Block['type']> = (block: Extract<Block, { type: K }>, ctx: LayoutContext, widthPt: number) => ResolvedBlock[];

/** One resolver per kind of block: a kind added to the model does not compile until it has one. */
const resolvers: { [K in Block['type']]: Resolver<K> } = {
  'appendix-head': resolveAppendixHead,
  header: (block, ctx) => [resolveHeader(block, ctx)],
  title: (block, ctx) => resolveTitle(block, ctx),
  paragraph: (block, ctx) => [resolveParagraph(block, ctx)],
  signature: (block, ctx) => [resolveSignature(block, ctx)],
  table: (block, ctx, widthPt) => [resolveTable(block, ctx.theme, widthPt, (runs, sizePt, align) => paragraph(runs, sizePt, { align }))],
};

function resolveBlock(block: Block, ctx: LayoutContext, widthPt: number): ResolvedBlock[] {
  // The table's type ties each kind to its resolver; TypeScript cannot follow that through the lookup.
  return (resolvers[block.type] as Resolver<Block['type']>)(block, ctx, widthPt);
}

export function resolveLayout(model: DocumentModel, theme: Theme): ResolvedDocument {
  const ctx = new LayoutContext(theme);
  const document: ResolvedDocument = {
    sections: model.sections.map((section, index) => resolveSection(section, ctx, index === model.sections.length - 1)),
    pageNumber: paragraph([run('', theme.sizesPt.pageNumber)], theme.sizesPt.pageNumber, { align: 'center' }),
    meta: model.meta,
  };
  breakTallChains(document);
  return document;
}

/** The page set-up of a section's pages, in points: A4 upright, or turned (297 × 210 mm) with the same margins. */
function resolvePage(theme: Theme, landscape: boolean): ResolvedPage {
  const margins = theme.marginsMm;
  const { width, height } = theme.pageMm;
  return {
    widthPt: mm(landscape ? height : width),
    heightPt: mm(landscape ? width : height),
    margins: { top: mm(margins.top), bottom: mm(margins.bottom), left: mm(margins.left), right: mm(margins.right) },
    headerDistancePt: mm(theme.headerDistanceMm),
  };
}

/** An empty paragraph one twip high: it holds a section's break, or keeps two tables apart. */
function twipParagraph(): ResolvedParagraph {
  return { ...paragraph([], 1, {}), lineSpacing: { rule: 'exact', pt: 0.05 } };
}

/**
 * Two tables with nothing between them are one table to Word and LibreOffice (LibreOffice drew a table of the content
 * followed by the signature table with no lines at all: the signature's borders won): a table of the content is kept
 * apart from a table next to it by an empty paragraph one twip high.
 */
function separateTables(blocks: ResolvedBlock[]): ResolvedBlock[] {
  const out: ResolvedBlock[] = [];
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    if (block.kind === 'table' && previous?.kind === 'table' && (block.grid || previous.grid)) out.push(twipParagraph());
    out.push(block);
  });
  return out;
}

/** A paragraph that ends with ":" introduces what follows it. */
function introduces(paragraph: ResolvedParagraph): boolean {
  return /:\s*$/.test(paragraph.runs.map((run) => run.text).join(''));
}

/**
 * A section of the model on its pages. The main text and each appendix number their pages from 1, the first page
 * showing none (Decree 30: page numbers from page 2; appendices numbered each on its own, Phụ lục I, III.1.đ).
 */
function resolveSection(section: Section, ctx: LayoutContext, last: boolean): ResolvedSection {
  const page = resolvePage(ctx.theme, section.landscape);
  const widthPt = page.widthPt - page.margins.left - page.margins.right;
  const blocks = separateTables(section.blocks.flatMap((block) => resolveBlock(block, ctx, widthPt)));
  // A section before another ends with a paragraph, which holds the DOCX's section properties (docx-package.ts):
  // after a table, an empty one, one twip high (so that it starts a page of its own only when the table ends within a
  // twip of the page's end, which a point high one did: measured, and LibreOffice agrees), placed like any other.
  // So does the document's last section when it ends with a table of the content: office suites would otherwise
  // add a paragraph of their own, a line high, after it.
  const end = blocks.at(-1);
  if (end?.kind === 'table' && (!last || end.grid)) blocks.push(twipParagraph());
  // The signature table is never left alone on a page: the paragraph before it keeps with it. A table of the content
  // keeps the paragraph that introduces it ("…theo bảng sau:") on the page of its first rows.
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.kind === 'paragraph' && next?.kind === 'table' && index > 0 && (!next.grid || introduces(block))) block.keepNext = true;
    // A rule (an appendix head's) right above a table would merge into the table's top line: a body paragraph's
    // spacing keeps them apart.
    if (block.kind === 'paragraph' && block.bottomRule && next?.kind === 'table' && next.grid) block.spaceAfterPt = Math.max(block.spaceAfterPt, ctx.theme.paragraphSpacingPt);
  });
  // A row is kept whole on one page only when it fits on one: Word clips a row it was told to keep whole that is
  // taller than a page, and LibreOffice splits it anyway. A taller row may split, in both formats and in the flow.
  const bodyPt = page.heightPt - page.margins.top - page.margins.bottom;
  // (Most rows are short: a bound from their text's length settles them without breaking their lines.)
  for (const block of blocks)
    if (block.kind === 'table') for (const row of block.rows) row.cantSplit = rowHeightBound(row, block.cellPaddingPt) <= bodyPt || rowHeight(row, block.cellPaddingPt) <= bodyPt;
  for (const block of blocks) if (block.kind === 'table') releaseBeforeSplitRows(block);
  for (const block of blocks) if (block.kind === 'table' && block.grid) partTallMergedRows(block, bodyPt);
  return { page, restartPageNumbers: true, hideFirstPageNumber: true, blocks };
}
