// Stage 6a: translates the resolved document into a DOCX: the package by the docx library, the body by body-xml.ts.
import { AlignmentType, Document, Header, type IParagraphStylePropertiesOptions, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import { documentFontFamily } from '../../fonts/font-files';
import type { ResolvedDocument, ResolvedParagraph } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';
import './gather-attributes';
import { bodyXml } from './body-xml';
import { packDocx } from './pack-docx';
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

export async function renderDocx(document: ResolvedDocument, info: BuildInfo): Promise<Buffer> {
  const { page } = document;
  const doc = new Document({
    creator: document.meta.author,
    lastModifiedBy: info.producer,
    title: document.meta.title,
    subject: document.meta.subject,
    revision: 1,
    styles: {
      default: {
        document: {
          run: { font: documentFontFamily, size: halfPoints(document.pageNumber.emptySizePt), language: { value: document.meta.language } },
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
          default: new Header({ children: [pageNumberParagraph(document.pageNumber)] }),
        },
        // The body is written by body-xml.ts and put in by packDocx.
        children: [],
      },
    ],
  });
  return packDocx(doc, info.date, bodyXml(document.blocks));
}
