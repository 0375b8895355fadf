// A plan read through its form: which form its type has, the form's own fields, and where its content stands.
import { findDocumentType, formsAddressed, type DocumentForm } from '../decree/document-types';
import type { ContentInput } from './plan-parts';
import type { FormPlans, Plan } from './plan-schema';

export function formOf(plan: Pick<Plan, 'type'>): DocumentForm {
  return findDocumentType(plan.type).form;
}

/** The plan as its form's schema reads it, when its type has that form. */
export function asForm<F extends DocumentForm>(plan: Plan, form: F): FormPlans[F] | undefined {
  return formOf(plan) === form ? (plan as FormPlans[F]) : undefined;
}

export type AppendixInput = NonNullable<FormPlans['text']['appendices']>[number];

/** The plan's appendices (Phụ lục), for the forms that have them. */
export function appendicesOf(plan: Plan): readonly AppendixInput[] {
  return ('appendices' in plan ? plan.appendices : undefined) ?? [];
}

/** Where a piece of content stands: its path in the plan, and whether its pages are landscape. */
export interface ContentPart {
  content: readonly ContentInput[];
  path: PropertyKey[];
  landscape: boolean;
}

/** Every list of content the plan holds: the body, a decision's articles and the document issued with it, appendices. */
export function contentParts(plan: Plan): ContentPart[] {
  const parts: ContentPart[] = [];
  if ('body' in plan) parts.push({ content: plan.body, path: ['body'], landscape: false });
  const decision = asForm(plan, 'decision');
  decision?.articles.forEach((article, index) => {
    if (typeof article !== 'string') parts.push({ content: article.content, path: ['articles', index, 'content'], landscape: false });
  });
  if (decision?.attachment) parts.push({ content: decision.attachment.body, path: ['attachment', 'body'], landscape: false });
  appendicesOf(plan).forEach((appendix, index) => parts.push({ content: appendix.content, path: ['appendices', index, 'content'], landscape: appendix.landscape }));
  return parts;
}

/**
 * What opens Nơi nhận before the plan's own recipients: "Như trên" in the forms addressed to someone (Decree 30, Phụ lục
 * I, II.9.b; mẫu 1.5–1.8: công văn, công điện, giấy mời, giấy giới thiệu, and a text with Kính gửi), "Như Điều 3"
 * (the executing article) under a decision (mẫu 1.2, 1.3).
 */
export function recipientsLeadOf(plan: Plan): string[] {
  const decision = asForm(plan, 'decision');
  if (decision) return [`Như Điều ${decision.executingArticle ?? decision.articles.length}`];
  if (formsAddressed.has(formOf(plan))) return ['Như trên'];
  return (plan as { to?: unknown }).to === undefined ? [] : ['Như trên'];
}
