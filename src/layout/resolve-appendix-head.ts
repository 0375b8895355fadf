// Layout of an appendix's head: "Phụ lục I", its title, the "(Kèm theo …)" line and a short rule.
import type { AppendixHeadBlock } from '../model/document-model';
import { type LayoutContext, longestLine, paragraph, referenceLines, ruleParagraph, run } from './paragraph-parts';
import { mm, type ResolvedParagraph } from './resolved-document';

/**
 * An appendix's head, at the top of its first page: "Phụ lục I", the title, the reference line (its parts on one line
 * when they fit, otherwise each part on its own: the decree's samples break before "của …"), then a short rule.
 */
export function resolveAppendixHead(block: AppendixHeadBlock, ctx: LayoutContext, widthPt: number): ResolvedParagraph[] {
  const { theme } = ctx;
  const s = theme.sizesPt;
  const centered = { align: 'center' as const, keepNext: true };
  const reference = referenceLines(block.reference, s.appendixReference, widthPt);
  const ruled = block.title.length ? block.title : [block.label];
  const longest = Math.max(...ruled.map((line) => longestLine(line, { bold: true, italic: false }, block.title.length ? s.appendixTitle : s.appendixLabel, widthPt)));
  const rule = Math.min(mm(theme.appendixRuleMm[1]), Math.max(mm(theme.appendixRuleMm[0]), theme.shortRuleShare * longest));
  return [
    paragraph([run(block.label, s.appendixLabel, true)], s.appendixLabel, { ...centered, outline: { appendix: block.title.length ? `${block.label}. ${block.title.join(' ')}` : block.label } }),
    ...block.title.map((line) => paragraph([run(line, s.appendixTitle, true)], s.appendixTitle, { ...centered, keepLines: true })),
    ...reference.map((line) => paragraph([run(line, s.appendixReference, false, true)], s.appendixReference, { ...centered, keepLines: true })),
    ruleParagraph(theme, rule, widthPt, { keepNext: true }),
  ];
}

