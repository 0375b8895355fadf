// The body as the docx library alone writes it (its object tree and serializer): the oracle body-xml.ts is held to.
import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { ResolvedBlock, ResolvedParagraph, ResolvedTable } from '../../src/layout/resolved-document';
import { eighths, halfPoints, lineMultiple, twips } from '../../src/render/docx/units';

const alignment = { left: undefined, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

function nonZero<T extends Record<string, number>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== 0)) as Partial<T>;
}

function toParagraph(p: ResolvedParagraph): Paragraph {
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
  return new Paragraph({
    style: p.outline && 'level' in p.outline ? `Heading${p.outline.level}` : undefined,
    children: p.runs.map((r) => new TextRun({ text: r.text, bold: r.bold || undefined, italics: r.italic || undefined, underline: r.underline ? {} : undefined, size: halfPoints(r.sizePt), sizeComplexScript: false })),
    alignment: alignment[p.align],
    indent: Object.keys(indent).length ? indent : undefined,
    spacing: Object.keys(spacing).length ? spacing : undefined,
    keepNext: p.keepNext || undefined,
    keepLines: p.keepLines || undefined,
    run: { size: halfPoints(p.emptySizePt), sizeComplexScript: false },
    border: p.bottomRule ? { bottom: { style: BorderStyle.SINGLE, size: eighths(p.bottomRule.thicknessPt), space: 0, color: '000000' } } : undefined,
  });
}

function toTable(table: ResolvedTable): Table {
  const columns = table.grid ? table.grid.columnsPt.map(twips) : table.rows[0]!.cells.map((cell) => twips(cell.widthPt));
  const padding = twips(table.cellPaddingPt);
  const line = table.grid && { style: BorderStyle.SINGLE, size: eighths(table.grid.borderPt), color: '000000' };
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: line ? { top: line, left: line, bottom: line, right: line, insideHorizontal: line, insideVertical: line } : TableBorders.NONE,
    indent: { size: twips(table.indentPt), type: WidthType.DXA },
    margins: { left: padding, right: padding, top: 0, bottom: 0 },
    rows: table.rows.map(
      (row) =>
        new TableRow({
          cantSplit: row.cantSplit,
          tableHeader: row.header,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                width: { size: twips(cell.widthPt), type: WidthType.DXA },
                columnSpan: cell.gridSpan,
                verticalMerge: cell.rowSpan ? VerticalMergeType.RESTART : cell.merged ? VerticalMergeType.CONTINUE : undefined,
                verticalAlign: cell.vAlignCenter ? VerticalAlign.CENTER : undefined,
                children: cell.paragraphs.map(toParagraph),
              }),
          ),
        }),
    ),
  });
}

/** docx's object for each kind of resolved block: a kind added to the layout does not compile until the oracle has it. */
const toBlock: { [K in ResolvedBlock['kind']]: (block: Extract<ResolvedBlock, { kind: K }>) => Paragraph | Table } = { paragraph: toParagraph, table: toTable };

/** What docx writes inside w:body for these blocks, before its section properties. */
export function docxOwnBody(blocks: readonly ResolvedBlock[]): string {
  const file = new Document({ sections: [{ children: blocks.map((block) => (toBlock[block.kind] as (block: ResolvedBlock) => Paragraph | Table)(block)) }] });
  const compiler = (Packer as unknown as { compiler: { compile(f: Document): Map<string, string> } }).compiler;
  const xml = compiler.compile(file).get('word/document.xml')!;
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.lastIndexOf('<w:sectPr>'));
}
