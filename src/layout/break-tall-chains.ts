// Keep-with-next chains taller than a page: the flow breaks them where pages are full, and the DOCX must say so too
// (its paragraphs' keepNext turned off there), or LibreOffice and Word would break them elsewhere.
import { eachPage } from './flow-pages';
import type { ResolvedDocument, ResolvedSection } from './resolved-document';
import { paragraphHeight, setParagraph } from './set-paragraph';

/**
 * Lines a chain needs besides its paragraphs kept with the next (the start of the paragraph or row it keeps with):
 * a run of such paragraphs shorter than the page by more than this cannot make a chain taller than a page.
 */
const followerAllowancePt = 200;

/** Turns keep-with-next off where the flow has to break a chain taller than a page; returns how many it turned off. */
export function breakTallChains(document: ResolvedDocument): number {
  if (!document.sections.some(mayHaveTallChain)) return 0; // the common case: no second flow
  const broken: Array<[number, number]> = [];
  for (const _page of eachPage(document, (section, index) => broken.push([section, index])));
  for (const [section, index] of broken) {
    const block = document.sections[section]!.blocks[index];
    if (block?.kind === 'paragraph') block.keepNext = false;
  }
  return broken.length;
}

/** Whether some run of paragraphs kept with the next comes near a page's height (measured as the flow sets them). */
function mayHaveTallChain(section: ResolvedSection): boolean {
  const { page } = section;
  const width = page.widthPt - page.margins.left - page.margins.right;
  const body = page.heightPt - page.margins.top - page.margins.bottom;
  let run = 0;
  for (const block of section.blocks) {
    if (block.kind !== 'paragraph' || !block.keepNext) {
      run = 0;
      continue;
    }
    run += paragraphHeight(setParagraph(block, page.margins.left, width));
    if (run > body - followerAllowancePt) return true;
  }
  return false;
}
