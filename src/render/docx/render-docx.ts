// Stage 6a: translates the resolved document into a DOCX: the package by the docx library (once per page set-up,
// docx-package.ts), the body by body-xml.ts.
import { AlignmentType, Document, Header, type IParagraphStylePropertiesOptions, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import { documentFontFamily } from '../../fonts/font-files';
import type { ResolvedDocument, ResolvedParagraph } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';
import './gather-attributes';
import { bodyXml } from './body-xml';
import { packageParts, type PackageMeta } from './docx-package';
import { zipParts } from './pack-docx';
import { halfPoints, lineMultiple, twips } from './units';

const alignment = { center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;

/** The page number, centred in the header from page 2 on: a PAGE field, which docx writes. */
function pageNumberParagraph(p: ResolvedParagraph): Paragraph {
  return new Paragraph({
    children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(p.emptySizePt) })],
    alignment: p.align === 'left' ? undefined : alignment[p.align],
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

/** Everything of the document the package is made from, besides the properties and the body. */
export interface PackageLayout {
  page: ResolvedDocument['page'];
  pageNumber: ResolvedParagraph;
  language: string;
}

export async function renderDocx(document: ResolvedDocument, info: BuildInfo): Promise<Buffer> {
  const layout: PackageLayout = { page: document.page, pageNumber: document.pageNumber, language: document.meta.language };
  const meta: PackageMeta = { title: document.meta.title, subject: document.meta.subject, author: document.meta.author, producer: info.producer };
  return zipParts(packageParts(layout, packageDocument, meta, bodyXml(document.blocks)), info.date);
}

/** The docx document around the body: styles, page set-up, headers and properties (the body is put in as XML). */
export function packageDocument({ page, pageNumber, language }: PackageLayout, meta: PackageMeta): Document {
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
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(page.widthPt), height: twips(page.heightPt) },
            margin: {
              top: twips(page.margins.top),
              bottom: twips(page.margins.bottom),
              left: twips(page.margins.left),
              right: twips(page.margins.right),
              header: twips(page.headerDistancePt),
              footer: twips(page.headerDistancePt),
            },
            pageNumbers: { start: 1 },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [pageNumberParagraph(pageNumber)] }),
        },
        children: [],
      },
    ],
  });
}
