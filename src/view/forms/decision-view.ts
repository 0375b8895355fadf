// Mẫu 1.1–1.3 (Quyết định, Nghị quyết): the authority in capitals, the bases and the proposal, the enacting word, the
// articles "Điều 1." numbered for the clerk, Nơi nhận opening "- Như Điều 3;", and the document issued with it.
import { chapteredTypeKeys, enactingWord, findDocumentType, isSessionLine } from '../../decree/document-types';
import type { FormPlans } from '../../plan/plan-schema';
import { bodyLines, oneLine, toLines, type BodyLine } from '../body-lines';
import { nameInText } from '../name-in-text';
import { emptyFormView, type AttachmentView, type FormContext, type FormView } from './form-view';

type DecisionPlan = FormPlans['decision'];

export function decisionView(plan: DecisionPlan, context: FormContext): FormView {
  const { type } = context;
  const proposal = plan.proposal ? oneLine(plan.proposal) : null;
  return {
    ...emptyFormView(type),
    summaryLines: toLines(plan.summary),
    authorityLines: toLines(plan.authority).map((line) => line.toLocaleUpperCase('vi')),
    bases: toLines(plan.bases),
    proposal,
    enacting: enactingWord(type),
    body: articleLines(plan.articles),
    attachment: plan.attachment ? attachmentView(plan, plan.attachment, context) : null,
  };
}

/** "**Điều 1.** text", then the article's content. */
function articleLines(articles: DecisionPlan['articles']): BodyLine[] {
  return articles.flatMap((article, index) => {
    const label = `**Điều ${index + 1}.**`;
    if (typeof article === 'string') return [{ tag: 'body' as const, text: `${label} ${oneLine(article)}` }];
    return [{ tag: 'body' as const, text: `${label} ${oneLine(article.text)}` }, ...bodyLines(article.content, 'decimal')];
  });
}

/**
 * The document issued with the decision (Mẫu 1.3, Phụ lục I III.1): its type name and trích yếu, under them "(Kèm
 * theo Quyết định số … ngày … của …)" naming the decision by its number and date and the authority that decided (a
 * council's session line, "KHÓA I, KỲ HỌP THỨ SÁU", is not part of its name).
 */
function attachmentView(plan: DecisionPlan, attachment: NonNullable<DecisionPlan['attachment']>, { type, symbol, date }: FormContext): AttachmentView {
  const authority = plan.authorityInText ? oneLine(plan.authorityInText) : nameInText(toLines(plan.authority).filter((line) => !isSessionLine(line)).join(' '));
  return {
    typeName: findDocumentType(attachment.type).title,
    summaryLines: toLines(attachment.summary),
    reference: [`(Kèm theo ${type.name} số ${symbol} ${date}`, `của ${authority})`],
    body: [
      ...toLines(attachment.opening).map((text) => ({ tag: 'body' as const, text })),
      ...bodyLines(attachment.body, attachment.numbering ?? (chapteredTypeKeys.has(attachment.type) ? 'chapters' : 'decimal')),
      ...toLines(attachment.closing).map((text) => ({ tag: 'body' as const, text })),
    ],
  };
}
