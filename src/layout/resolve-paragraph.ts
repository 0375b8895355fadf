// Layout of a paragraph of the content: its role (basis, body, heading, item, a form's lines) decides its style and outline level.
import type { ParagraphBlock, ParagraphRole } from '../model/document-model';
import { type LayoutContext, paragraph, styled } from './paragraph-parts';
import { mm, type ResolvedParagraph } from './resolved-document';

interface RoleStyle {
  bold: boolean;
  italic: boolean;
  heading: boolean;
  level?: 1 | 2 | 3;
  /** A line set apart, centred and single-spaced (a decision's authority line, QUYẾT ĐỊNH:, a chapter's lines). */
  centred?: true;
}

const roleStyle: Record<ParagraphRole, RoleStyle> = {
  basis: { bold: false, italic: true, heading: false },
  body: { bold: false, italic: false, heading: false },
  'heading-1': { bold: true, italic: false, heading: true, level: 1 },
  'heading-2': { bold: true, italic: false, heading: true, level: 2 },
  'heading-3': { bold: false, italic: false, heading: true, level: 3 },
  item: { bold: false, italic: false, heading: false },
  subitem: { bold: false, italic: false, heading: false },
  'authority-line': { bold: true, italic: false, heading: true, centred: true },
  enacting: { bold: true, italic: false, heading: true, centred: true },
  chapter: { bold: true, italic: false, heading: true, level: 1, centred: true },
  'chapter-title': { bold: true, italic: false, heading: true, centred: true },
  // Its level: 2 under chapters, 1 without (an agreement's Điều 1., Điều 2. as its sections).
  article: { bold: true, italic: false, heading: true, level: 2 },
};

/** The roles whose lines, written one tag per line, go on without space between them. */
const runOnRoles: Partial<Record<ParagraphRole, readonly ParagraphRole[]>> = {
  'authority-line': ['authority-line'],
  'chapter-title': ['chapter', 'chapter-title'],
};

export function resolveParagraph(block: ParagraphBlock, ctx: LayoutContext): ResolvedParagraph {
  const { theme } = ctx;
  const size = theme.sizesPt.body;
  const style = roleStyle[block.role];
  const previous = ctx.section.previous;
  const runsOn = previous?.type === 'paragraph' && runOnRoles[block.role]?.includes(previous.role) === true;
  const level = block.role === 'article' && !ctx.section.chapters ? 1 : style.level;
  const spaceBeforePt = runsOn ? 0 : block.role === 'authority-line' ? theme.authorityLineSpaceBeforePt : theme.paragraphSpacingPt;
  const resolved = paragraph(styled(block.runs, size, style.bold, style.italic), size, {
    align: style.centred ? 'center' : 'justify',
    firstLinePt: style.centred ? 0 : mm(theme.firstLineIndentMm),
    spaceBeforePt,
    lineSpacing: { rule: 'multiple', value: style.centred ? 1 : theme.bodyLineSpacing },
    keepNext: style.heading,
    keepLines: style.heading,
    ...(level ? { outline: { level } } : {}),
  });
  // A chapter's title goes in the structure tree as the chapter's heading does (H1), without a bookmark of its own.
  if (block.role === 'chapter-title') resolved.headingPart = true;
  if (block.role === 'item' || block.role === 'subitem') resolved.list = { depth: block.role === 'item' ? 1 : 2, labelLength: listLabelLength(block) };
  return resolved;
}

/** The item's label: the text before its first space ("-", "+"), which the view puts there. */
function listLabelLength(block: ParagraphBlock): number {
  const text = block.runs.map((r) => r.text).join('');
  const space = text.indexOf(' ');
  return space > 0 ? space : 0;
}
