// Layout of ô 5a: the type name and the trích yếu under it, an attached document's "(Kèm theo …)", the short rule.
import type { TitleBlock } from '../model/document-model';
import { type LayoutContext, longestLine, paragraph, referenceLines, ruleParagraph, run } from './paragraph-parts';
import type { ResolvedParagraph } from './resolved-document';

export function resolveTitle(block: TitleBlock, ctx: LayoutContext): ResolvedParagraph[] {
  const { theme, textWidthPt } = ctx;
  const s = theme.sizesPt;
  // The rule is a share of the trích yếu's longest line; without one (Giấy giới thiệu), of the type name.
  const ruled = block.summary.length ? block.summary.map((line) => ({ line, size: s.summary })) : [{ line: block.name, size: s.typeName }];
  const rule = theme.shortRuleShare * Math.max(...ruled.map(({ line, size }) => longestLine(line, { bold: true, italic: false }, size, textWidthPt)));
  // An attached document's title stands in the outline as an appendix's label does (its headings nest under it).
  const outline = ctx.section.kind === 'attachment' ? { outline: { appendix: [block.name, ...block.summary].join(' ') } } : {};
  return [
    paragraph([run(block.name, s.typeName, true)], s.typeName, { align: 'center', spaceBeforePt: theme.titleSpaceBeforePt, keepNext: true, ...outline }),
    ...block.summary.map((line) => paragraph([run(line, s.summary, true)], s.summary, { align: 'center', keepNext: true, keepLines: true })),
    // "(Kèm theo Quyết định số … của …)": italic, the title's size, as an appendix's reference line.
    ...referenceLines(block.reference ?? [], s.summary, textWidthPt).map((line) => paragraph([run(line, s.summary, false, true)], s.summary, { align: 'center', keepNext: true, keepLines: true })),
    // A Party or Đoàn document sets hyphens there, as typed text, in place of the rule.
    block.mark
      ? paragraph([run(block.mark, s.summary)], s.summary, { align: 'center' })
      : ruleParagraph(theme, rule, textWidthPt, { spaceAfterPt: 0 }),
  ];
}
