// Stage 6a: translates the resolved document into a DOCX with the docx library, then fixes its bytes.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IParagraphStylePropertiesOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { documentFontFamily } from '../../fonts/font-files';
import type { ResolvedBlock, ResolvedDocument, ResolvedParagraph, ResolvedTable } from '../../layout/resolved-document';
import type { BuildInfo } from '../build-info';
import './docx-attributes-fix';
import { packDocx } from './pack-docx';
import { eighths, halfPoints, lineMultiple, twips } from './units';

const alignment = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
} as const;

/**
 * A paragraph with only the properties that differ from the document defaults (spacing 0/0, single lines, no
 * indent, left aligned, widow control on): the XML stays small and docx formats fewer elements.
 */
function toParagraph(p: ResolvedParagraph, pageField = false): Paragraph {
  const line =
    p.lineSpacing.rule === 'exact'
      ? { line: twips(p.lineSpacing.pt), lineRule: LineRuleType.EXACT }
      : p.lineSpacing.value === 1
        ? {}
        : { line: lineMultiple(p.lineSpacing.value), lineRule: LineRuleType.AUTO };
  const spacing = { ...nonZero({ before: twips(p.spaceBeforePt), after: twips(p.spaceAfterPt) }), ...line };
  const indent =
    p.firstLinePt < 0
      ? nonZero({ left: twips(p.indentLeftPt), right: twips(p.indentRightPt), hanging: twips(-p.firstLinePt) })
      : nonZero({ left: twips(p.indentLeftPt), right: twips(p.indentRightPt), firstLine: twips(p.firstLinePt) });
  const runs = pageField
    ? [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(p.emptySizePt) })]
    : p.runs.map((r) => new TextRun({ text: r.text, bold: r.bold || undefined, italics: r.italic || undefined, size: halfPoints(r.sizePt), sizeComplexScript: false }));
  return new Paragraph({
    children: runs,
    alignment: p.align === 'left' ? undefined : alignment[p.align],
    indent: Object.keys(indent).length ? indent : undefined,
    spacing: Object.keys(spacing).length ? spacing : undefined,
    keepNext: p.keepNext || undefined,
    keepLines: p.keepLines || undefined,
    run: { size: halfPoints(p.emptySizePt), sizeComplexScript: false },
    border: p.bottomRule
      ? { bottom: { style: BorderStyle.SINGLE, size: eighths(p.bottomRule.thicknessPt), space: 0, color: '000000' } }
      : undefined,
  });
}

/** The entries whose value is not 0. */
function nonZero<T extends Record<string, number>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== 0)) as Partial<T>;
}

function toTable(table: ResolvedTable): Table {
  const columns = table.rows[0]!.cells.map((cell) => twips(cell.widthPt));
  const padding = twips(table.cellPaddingPt);
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    indent: { size: twips(table.indentPt), type: WidthType.DXA },
    margins: { left: padding, right: padding, top: 0, bottom: 0 },
    rows: table.rows.map(
      (row) =>
        new TableRow({
          cantSplit: row.cantSplit,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                width: { size: twips(cell.widthPt), type: WidthType.DXA },
                children: cell.paragraphs.map((p) => toParagraph(p)),
              }),
          ),
        }),
    ),
  });
}

function toBlock(block: ResolvedBlock): Paragraph | Table {
  return block.kind === 'paragraph' ? toParagraph(block) : toTable(block);
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
          default: new Header({ children: [toParagraph(document.pageNumber, true)] }),
        },
        children: document.blocks.map(toBlock),
      },
    ],
  });
  return packDocx(doc, info.date);
}
