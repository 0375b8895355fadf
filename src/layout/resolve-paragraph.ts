// Layout of a paragraph of the content: its role (basis, body, heading, item) decides its style and outline level.
import type { ParagraphBlock, ParagraphRole } from '../model/document-model';
import { type LayoutContext, paragraph, styled } from './paragraph-parts';
import { mm, type ResolvedParagraph } from './resolved-document';

const roleStyle: Record<ParagraphRole, { bold: boolean; italic: boolean; heading: boolean; level?: 1 | 2 | 3 }> = {
  basis: { bold: false, italic: true, heading: false },
  body: { bold: false, italic: false, heading: false },
  'heading-1': { bold: true, italic: false, heading: true, level: 1 },
  'heading-2': { bold: true, italic: false, heading: true, level: 2 },
  'heading-3': { bold: false, italic: false, heading: true, level: 3 },
  item: { bold: false, italic: false, heading: false },
  subitem: { bold: false, italic: false, heading: false },
};

export function resolveParagraph(block: ParagraphBlock, ctx: LayoutContext): ResolvedParagraph {
  const { theme } = ctx;
  const size = theme.sizesPt.body;
  const style = roleStyle[block.role];
  const resolved = paragraph(styled(block.runs, size, style.bold, style.italic), size, {
    align: 'justify',
    firstLinePt: mm(theme.firstLineIndentMm),
    spaceBeforePt: theme.paragraphSpacingPt,
    lineSpacing: { rule: 'multiple', value: theme.bodyLineSpacing },
    keepNext: style.heading,
    keepLines: style.heading,
    ...(style.level ? { outline: { level: style.level } } : {}),
  });
  if (block.role === 'item' || block.role === 'subitem') resolved.list = { depth: block.role === 'item' ? 1 : 2, labelLength: listLabelLength(block) };
  return resolved;
}

/** The item's label: the text before its first space ("-", "+"), which the view puts there. */
function listLabelLength(block: ParagraphBlock): number {
  const text = block.runs.map((r) => r.text).join('');
  const space = text.indexOf(' ');
  return space > 0 ? space : 0;
}

