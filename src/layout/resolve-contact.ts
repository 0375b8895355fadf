// Layout of the contact block (Decree 30, ô 13): the first page's footer, under a rule as wide as the text.
import type { DocumentModel } from '../model/document-model';
import { paragraph, ruleParagraph, run, type LayoutContext } from './paragraph-parts';
import type { ResolvedParagraph, ResolvedSection } from './resolved-document';
import { mm } from './resolved-document';

/**
 * The contact block's paragraphs, set as the footer of the main text's first page: a full-width rule, then each line
 * in the theme's size (decree: 11 to 12). The last line keeps the bottom margin's height below it, so that the block
 * stands inside the text area (the decree's "vùng trình bày văn bản"), at its foot; the body of page 1 ends above it.
 */
export function resolveContact(lines: readonly string[], ctx: LayoutContext, widthPt: number): ResolvedParagraph[] {
  const { theme } = ctx;
  const size = theme.contactSizePt;
  const out = [ruleParagraph(theme, widthPt, widthPt), ...lines.map((line) => paragraph([run(line, size)], size, {}))];
  out[out.length - 1]!.spaceAfterPt = mm(theme.marginsMm.bottom - theme.headerDistanceMm);
  return out;
}

/**
 * Puts the contact block of the main text's header, if any, on the first page of the main section; every section
 * after it then says its footers are empty (Word would otherwise carry the first-page footer over to them).
 */
export function placeContact(model: DocumentModel, sections: ResolvedSection[], ctx: LayoutContext): void {
  const header = model.sections[0]?.blocks.find((block) => block.type === 'header');
  const contact = header?.type === 'header' ? header.marks?.contact : undefined;
  if (!contact?.length || !sections[0]) return;
  const { page } = sections[0];
  sections[0].firstPageFooter = resolveContact(contact, ctx, page.widthPt - page.margins.left - page.margins.right);
  for (const section of sections.slice(1)) section.emptyFooters = true;
}
