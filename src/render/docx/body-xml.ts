// The document's body (paragraphs, runs, tables) as WordprocessingML: the XML docx writes for them, written directly.
import type { ResolvedBlock, ResolvedParagraph, ResolvedRun, ResolvedTable } from '../../layout/resolved-document';
import { eighths, halfPoints, lineMultiple, twips } from './units';

/**
 * docx builds an object per element and property and then serializes the tree: for a plan that was a third of the
 * DOCX time, and for a 300-page plan a second on its own. The body only ever holds these three elements, so they
 * are written here as strings, element for element as docx 9.15.2 writes them (tests/unit/render/docx/body-xml.test.ts
 * holds this to docx's own output as canonical XML, and the seed's byte for byte: a new element need not copy docx's
 * attribute order). docx still makes the package: styles, section, headers, fields, properties.
 *
 * Properties that equal the document defaults (spacing 0/0, single lines, no indent, left aligned) are left out.
 */
export function bodyXml(blocks: readonly ResolvedBlock[]): string {
  let xml = '';
  for (const block of blocks) xml += (blockXml[block.kind] as (block: ResolvedBlock) => string)(block);
  return xml;
}

const justification = { left: undefined, center: 'center', right: 'right', justify: 'both' } as const;

function paragraphXml(p: ResolvedParagraph): string {
  // A section heading's style (render-docx.ts) gives it its outline level; it comes first in w:pPr.
  let properties = p.outline && 'level' in p.outline ? `<w:pStyle w:val="Heading${p.outline.level}"/>` : '';
  if (p.keepNext) properties += '<w:keepNext/>';
  if (p.keepLines) properties += '<w:keepLines/>';
  if (p.frame) properties += frameXml(p.frame);
  else if (p.bottomRule) properties += `<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="${whole(eighths(p.bottomRule.thicknessPt))}" w:space="0"/></w:pBdr>`;
  const line =
    p.lineSpacing.rule === 'exact'
      ? attributes(['w:line', twips(p.lineSpacing.pt)], ['w:lineRule', 'exact'])
      : p.lineSpacing.value === 1
        ? ''
        : attributes(['w:line', lineMultiple(p.lineSpacing.value)], ['w:lineRule', 'auto']);
  const spacing = nonZero(['w:after', twips(p.spaceAfterPt)], ['w:before', twips(p.spaceBeforePt)]) + line;
  if (spacing) properties += `<w:spacing${spacing}/>`;
  const indent =
    p.firstLinePt < 0
      ? nonZero(['w:left', twips(p.indentLeftPt)], ['w:right', twips(p.indentRightPt)], ['w:hanging', twips(-p.firstLinePt)])
      : nonZero(['w:left', twips(p.indentLeftPt)], ['w:right', twips(p.indentRightPt)], ['w:firstLine', twips(p.firstLinePt)]);
  if (indent) properties += `<w:ind${indent}/>`;
  const align = justification[p.align];
  if (align) properties += `<w:jc w:val="${align}"/>`;
  properties += `<w:rPr><w:sz w:val="${whole(halfPoints(p.emptySizePt))}"/></w:rPr>`;
  let runs = '';
  for (const run of p.runs) runs += runXml(run);
  return `<w:p><w:pPr>${properties}</w:pPr>${runs}</w:p>`;
}

/** A frame on four sides: its line's width in eighths of a point, its padding in whole points (w:space). */
function frameXml(frame: NonNullable<ResolvedParagraph['frame']>): string {
  const line = `w:val="${frame.double ? 'double' : 'single'}" w:color="000000" w:sz="${whole(eighths(frame.thicknessPt))}"`;
  const side = (name: string, space: number) => `<w:${name} ${line} w:space="${whole(space)}"/>`;
  return `<w:pBdr>${side('top', frame.paddingPt)}${side('left', frame.sidePaddingPt)}${side('bottom', frame.paddingPt)}${side('right', frame.sidePaddingPt)}</w:pBdr>`;
}

function runXml(run: ResolvedRun): string {
  const bold = run.bold ? '<w:b/><w:bCs/>' : '';
  const italic = run.italic ? '<w:i/><w:iCs/>' : '';
  // w:u comes after w:sz in CT_RPr's sequence, as docx writes it.
  const underline = run.underline ? '<w:u w:val="single"/>' : '';
  return `<w:r><w:rPr>${bold}${italic}<w:sz w:val="${whole(halfPoints(run.sizePt))}"/>${underline}</w:rPr><w:t xml:space="preserve">${escapeText(run.text)}</w:t></w:r>`;
}

function tableXml(table: ResolvedTable): string {
  // A table of the content has its grid's columns; a layout table takes its columns from its first row.
  const columns = table.grid ? table.grid.columnsPt.map((width) => whole(twips(width))) : table.rows[0]!.cells.map((cell) => whole(twips(cell.widthPt)));
  const padding = whole(twips(table.cellPaddingPt));
  const line = table.grid ? `w:val="single" w:color="000000" w:sz="${whole(eighths(table.grid.borderPt))}"` : 'w:val="none" w:color="auto" w:sz="0"';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${line}/>`).join('');
  const margins = `<w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${padding}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${padding}"/>`;
  let xml =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${columns.reduce((a, b) => a + b, 0)}"/><w:tblInd w:type="dxa" w:w="${whole(twips(table.indentPt))}"/>` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>${margins}</w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${columns.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  for (const row of table.rows) {
    xml += `<w:tr><w:trPr>${row.cantSplit ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>'}${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`;
    for (const cell of row.cells) {
      // A cell must end with a paragraph (docx adds an empty one).
      const paragraphs = cell.paragraphs.length ? cell.paragraphs.map(paragraphXml).join('') : '<w:p/>';
      let properties = `<w:tcW w:type="dxa" w:w="${whole(twips(cell.widthPt))}"/>`;
      if (cell.gridSpan) properties += `<w:gridSpan w:val="${whole(cell.gridSpan)}"/>`;
      if (cell.rowSpan) properties += '<w:vMerge w:val="restart"/>';
      else if (cell.merged) properties += '<w:vMerge w:val="continue"/>';
      if (cell.vAlignCenter) properties += '<w:vAlign w:val="center"/>';
      xml += `<w:tc><w:tcPr>${properties}</w:tcPr>${paragraphs}</w:tc>`;
    }
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}

/** One writer per kind of resolved block: a kind added to the layout does not compile until the DOCX writes it. */
const blockXml: { [K in ResolvedBlock['kind']]: (block: Extract<ResolvedBlock, { kind: K }>) => string } = {
  paragraph: paragraphXml,
  table: tableXml,
};

function attributes(...pairs: Array<[string, number | string]>): string {
  let xml = '';
  for (const [name, value] of pairs) xml += ` ${name}="${typeof value === 'number' ? whole(value) : value}"`;
  return xml;
}

/** The attributes whose value is not 0, in the order given (docx's order). */
function nonZero(...pairs: Array<[string, number]>): string {
  return attributes(...pairs.filter(([, value]) => value !== 0));
}

/** A number as an attribute value: docx refused anything but a whole number (a layout bug), and so does this. */
function whole(value: number): number {
  if (!Number.isInteger(value)) throw new Error(`body-xml: ${value} where the DOCX needs a whole number`);
  return value;
}

const escapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text as docx escapes it: the five XML specials as entities, control characters XML 1.0 cannot hold dropped. */
export function escapeText(text: string): string {
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => escapes[char] ?? '');
}
