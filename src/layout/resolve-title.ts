// Layout of ô 5a: the type name and the trích yếu under it, with its short rule.
import type { TitleBlock } from '../model/document-model';
import { type LayoutContext, longestLine, paragraph, ruleParagraph, run } from './paragraph-parts';
import type { ResolvedParagraph } from './resolved-document';

export function resolveTitle(block: TitleBlock, ctx: LayoutContext): ResolvedParagraph[] {
  const { theme, textWidthPt } = ctx;
  const s = theme.sizesPt;
  const rule = theme.shortRuleShare * Math.max(...block.summary.map((line) => longestLine(line, { bold: true, italic: false }, s.summary, textWidthPt)));
  return [
    paragraph([run(block.name, s.typeName, true)], s.typeName, { align: 'center', spaceBeforePt: theme.titleSpaceBeforePt, keepNext: true }),
    ...block.summary.map((line) => paragraph([run(line, s.summary, true)], s.summary, { align: 'center', keepNext: true, keepLines: true })),
    // A Party or Đoàn document sets hyphens there, as typed text, in place of the rule.
    block.mark
      ? paragraph([run(block.mark, s.summary)], s.summary, { align: 'center' })
      : ruleParagraph(theme, rule, textWidthPt, { spaceAfterPt: 0 }),
  ];
}

