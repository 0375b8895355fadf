// Stage 6a: translates the resolved document into a DOCX: the package by the docx library (once per page set-up,
// docx-package.ts), the body by body-xml.ts.
import { Document, Header, type ISectionOptions, type IParagraphStylePropertiesOptions, LineRuleType, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { documentFontFamily } from '../../fonts/font-files';
import type { ResolvedDocument, ResolvedParagraph, ResolvedSection } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';
import { docxAlignment } from './alignment';
import { bodyXml } from './body-xml';
import { emptyFooter, footerOf } from './footer-paragraphs';
import { packageParts, type PackageMeta } from './docx-package';
import { zipParts } from './pack-docx';
import { halfPoints, lineMultiple, twips } from './units';

/** The page number, centred in the header from page 2 on: a PAGE field, which docx writes. */
function pageNumberParagraph(p: ResolvedParagraph): Paragraph {
  return new Paragraph({
    children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(p.emptySizePt) })],
    alignment: p.align === 'left' ? undefined : docxAlignment[p.align],
    run: { size: halfPoints(p.emptySizePt), sizeComplexScript: false },
  });
}

/**
 * Every paragraph's defaults (w:pPrDefault). docx writes them with its paragraph-properties writer, which knows
 * widowControl, though its type for defaults does not list it.
 */
const paragraphDefaults = {
  spacing: { before: 0, after: 0, line: lineMultiple(1), lineRule: LineRuleType.AUTO },
  widowControl: true,
} as IParagraphStylePropertiesOptions;

/**
 * The section headings' styles, Heading 1 to 3 (body-xml.ts names them on the paragraphs): their outline levels let
 * Word's Navigation Pane, a table of contents and pandoc find the sections. They replace docx's own (blue, larger)
 * and look like the body: the document's font, black, not bold, no spacing; each heading's own properties and runs
 * say the rest, as before. Not bold and no spacing are said, not left to the defaults, since LibreOffice's Heading
 * styles have their own (bold, space above and below) that a style the file leaves unsaid would keep.
 */
function headingStyle(outlineLevel: number) {
  return {
    run: { font: documentFontFamily, color: '000000', bold: false, italics: false },
    paragraph: { outlineLevel, spacing: { before: 0, after: 0 } },
  };
}

/** Everything of the document the package is made from, besides the properties and the body. */
export interface PackageLayout {
  sections: Array<Omit<ResolvedSection, 'blocks'>>;
  pageNumber: ResolvedParagraph;
  language: string;
}

export async function renderDocx(document: ResolvedDocument, info: BuildInfo): Promise<Buffer> {
  const sections = document.sections.map(({ blocks: _, ...setUp }) => setUp);
  const layout: PackageLayout = { sections, pageNumber: document.pageNumber, language: document.meta.language };
  const meta: PackageMeta = { title: document.meta.title, subject: document.meta.subject, author: document.meta.author, producer: info.producer };
  const bodies = document.sections.map((section) => bodyXml(section.blocks));
  return zipParts(packageParts(layout, packageDocument, meta, bodies), info.date);
}

/** A section's page set-up and its page-number headers (the first page's empty when it shows no number). */
function sectionOptions({ page, restartPageNumbers, hideFirstPageNumber, firstPageFooter, emptyFooters }: PackageLayout['sections'][number], pageNumber: ResolvedParagraph): ISectionOptions {
  // docx takes a landscape page's size as the portrait one and swaps it itself (w:orient="landscape").
  const landscape = page.widthPt > page.heightPt;
  const [width, height] = landscape ? [page.heightPt, page.widthPt] : [page.widthPt, page.heightPt];
  return {
    properties: {
      titlePage: hideFirstPageNumber,
      page: {
        size: { width: twips(width), height: twips(height), ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
        margin: {
          top: twips(page.margins.top),
          bottom: twips(page.margins.bottom),
          left: twips(page.margins.left),
          right: twips(page.margins.right),
          header: twips(page.headerDistancePt),
          footer: twips(page.headerDistancePt),
        },
        ...(restartPageNumbers ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: {
      ...(hideFirstPageNumber ? { first: new Header({ children: [new Paragraph({ children: [] })] }) } : {}),
      default: new Header({ children: [pageNumberParagraph(pageNumber)] }),
    },
    // The contact block (ô 13) is the main text's first-page footer (titlePg is on: page 1 shows no number).
    ...(firstPageFooter ? { footers: { first: footerOf(firstPageFooter) } } : {}),
    ...(emptyFooters ? { footers: { first: emptyFooter(), default: emptyFooter() } } : {}),
    children: [],
  };
}

/** The docx document around the body: styles, page set-up, headers and properties (the body is put in as XML). */
export function packageDocument({ sections, pageNumber, language }: PackageLayout, meta: PackageMeta): Document {
  return new Document({
    creator: meta.author,
    lastModifiedBy: meta.producer,
    title: meta.title,
    subject: meta.subject,
    revision: 1,
    styles: {
      default: {
        document: {
          run: { font: documentFontFamily, size: halfPoints(pageNumber.emptySizePt), language: { value: language } },
          paragraph: paragraphDefaults,
        },
        heading1: headingStyle(0),
        heading2: headingStyle(1),
        heading3: headingStyle(2),
      },
    },
    sections: sections.map((section) => sectionOptions(section, pageNumber)),
  });
}
