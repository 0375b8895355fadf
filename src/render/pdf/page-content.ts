// One flowed page as the operators of its content stream: pdfkit's opening flip of the y axis, rules, then text.
import { fontKey } from '../../fonts/font-files';
import type { PlacedItem, PlacedRule } from '../../layout/flow-pages';
import { ContentBytes } from './content-bytes';
import type { DocumentFont, DocumentFonts } from './document-fonts';
import { pdfNumber, writeTextOperators } from './text-operators';

export interface PageContent {
  /** The content stream, uncompressed. */
  operators: Buffer;
  /** The fonts the page uses, for its resources. */
  fonts: Set<DocumentFont>;
}

/** What pdfkit writes on opening a page: y grows downwards from the top, as the layout measures it. */
export function pageStart(heightPt: number): string {
  return `1 0 0 -1 0 ${pdfNumber(heightPt)} cm\n`;
}

const scratch = new ContentBytes();

/** A page's items as content; each text's glyphs are recorded in its font's subset as they are written. */
export function pageContent(items: readonly PlacedItem[], heightPt: number, fonts: DocumentFonts): PageContent {
  const used = new Set<DocumentFont>();
  scratch.clear();
  scratch.text(pageStart(heightPt));
  for (const item of items) if (item.kind === 'rule') scratch.text(ruleOperators(item));
  for (const item of items) {
    if (item.kind === 'rule') continue;
    const font = fonts.fontFor(fontKey(item.run));
    used.add(font);
    writeTextOperators(item, font, scratch);
  }
  return { operators: scratch.copy(), fonts: used };
}

/** A black rule (horizontal, or a grid's vertical line), as pdfkit's save().lineWidth().moveTo().lineTo().stroke('#000000').restore() writes it. */
function ruleOperators(rule: PlacedRule): string {
  return `q\n${pdfNumber(rule.thicknessPt)} w\n${pdfNumber(rule.x1)} ${pdfNumber(rule.y)} m\n${pdfNumber(rule.x2)} ${pdfNumber(rule.y2 ?? rule.y)} l\n/DeviceRGB CS\n0 0 0 SCN\nS\nQ\n`;
}
