// One flowed page as the operators of its content stream: pdfkit's opening flip of the y axis, rules, then text.
import { fontKey } from '../../fonts/font-files';
import type { PlacedItem, PlacedRule } from '../../layout/flow-pages';
import { ContentBytes } from './content-bytes';
import type { DocumentFont, DocumentFonts } from './document-fonts';
import type { StructureMarks } from './marked-content';
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

/** The page being written: its bytes, the document's fonts, the fonts it uses, and its marked content (if tagged). */
interface PageWriter {
  bytes: ContentBytes;
  fonts: DocumentFonts;
  used: Set<DocumentFont>;
  marks: StructureMarks | undefined;
}

type ItemWriter<K extends PlacedItem['kind']> = (item: Extract<PlacedItem, { kind: K }>, page: PageWriter) => void;

/**
 * One writer per kind of placed item, with the layer it is drawn in: a kind added to the flow does not compile until
 * the PDF draws it. Rules go under the text (layer 0 first), as pdfkit wrote them.
 */
const itemWriters: { [K in PlacedItem['kind']]: { layer: 0 | 1; write: ItemWriter<K> } } = {
  rule: {
    layer: 0,
    write: (rule, page) => {
      page.marks?.rule(page.bytes);
      page.bytes.text(ruleOperators(rule));
    },
  },
  text: {
    layer: 1,
    write: (text, page) => {
      const font = page.fonts.fontFor(fontKey(text.run));
      page.used.add(font);
      writeTextOperators(text, font, page.bytes, page.marks?.text(text, page.bytes));
    },
  },
};

/**
 * A page's items as content; each text's glyphs are recorded in its font's subset as they are written. With `marks`,
 * the page's `index` in the document, each item is in marked content (a tagged PDF); without, none is.
 */
export function pageContent(items: readonly PlacedItem[], heightPt: number, fonts: DocumentFonts, marks?: StructureMarks, index = 0): PageContent {
  const page: PageWriter = { bytes: scratch, fonts, used: new Set<DocumentFont>(), marks };
  scratch.clear();
  scratch.text(pageStart(heightPt));
  marks?.startPage(index);
  for (let layer = 0; layer < 2; layer++) {
    for (const item of items) {
      const writer = itemWriters[item.kind];
      if (writer.layer === layer) (writer.write as ItemWriter<PlacedItem['kind']>)(item, page);
    }
    marks?.close(scratch);
  }
  return { operators: scratch.copy(), fonts: page.used };
}

/** A black rule (horizontal, or a grid's vertical line), as pdfkit's save().lineWidth().moveTo().lineTo().stroke('#000000').restore() writes it. */
function ruleOperators(rule: PlacedRule): string {
  return `q\n${pdfNumber(rule.thicknessPt)} w\n${pdfNumber(rule.x1)} ${pdfNumber(rule.y)} m\n${pdfNumber(rule.x2)} ${pdfNumber(rule.y2 ?? rule.y)} l\n/DeviceRGB CS\n0 0 0 SCN\nS\nQ\n`;
}
