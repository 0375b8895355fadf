// Stage 5: makes every layout decision once, from the theme: the model becomes a resolved document in points.
import type { Block, DocumentModel, Section } from '../model/document-model';
import { breakTallChains } from './break-tall-chains';
import { rowHeight, rowHeightBound } from './flow-row';
import { LayoutContext, paragraph, run, twipParagraph } from './paragraph-parts';
import { resolveAddressees } from './resolve-addressees';
import { resolveAppendixHead } from './resolve-appendix-head';
import { placeContact } from './resolve-contact';
import { resolveHeader } from './resolve-header';
import { resolveParagraph } from './resolve-paragraph';
import { resolveSignature } from './resolve-signature';
import { releaseBeforeSplitRows, resolveTable } from './resolve-table';
import { resolveTitle } from './resolve-title';
import { partTallMergedRows } from './tall-merged-rows';
import { mm, type ResolvedBlock, type ResolvedDocument, type ResolvedPage, type ResolvedParagraph, type ResolvedSection } from './resolved-document';
import type { Theme } from './theme';

/** Lays out one kind of block of the model, in a column `widthPt` wide. */
type Resolver<K extends Block['type']> = (block: Extract<Block, { type: K }>, ctx: LayoutContext, widthPt: number) => ResolvedBlock[];

/** One resolver per kind of block: a kind added to the model does not compile until it has one. */
const resolvers: { [K in Block['type']]: Resolver<K> } = {
  'appendix-head': resolveAppendixHead,
  addressees: (block, ctx) => resolveAddressees(block, ctx),
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
  placeContact(model, document.sections, ctx);
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
  const chapters = section.blocks.some((block) => block.type === 'paragraph' && block.role === 'chapter');
  const resolved = section.blocks.flatMap((block, index) => {
    ctx.section = { kind: section.kind, chapters, previous: section.blocks[index - 1] };
    return resolveBlock(block, ctx, widthPt);
  });
  const blocks = separateTables(resolved);
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
