// Fills the expressions in a plan's text ("{{longDate dates.opening}}", "{{year}}") from its dates, so no date
// or year is typed twice and next year's plan changes only its dates. The forms accepted: src/plan/fill-expressions.ts.
import { say } from '../i18n/language';
import { schoolYearText } from '../view/date-words';
import { packedMap } from '../packed-map';
import type { PlanProblem } from './check-plan';
import { ExpressionError, fillExpressions, type TextContext } from './fill-expressions';
import { parseIssueDate } from './issue-date';
import type { Plan } from './plan-schema';
import { appendicesOf } from './plan-forms';
import { blankText, markupOnly, printsNothing, printsNothingMarked } from './printed-text';

export type { TextContext } from './fill-expressions';

/** Keys whose values are data, not text: they are never expanded. */
const dataKeys = new Set(['type', 'date', 'dates', 'code', 'number', 'numbering', 'authority', 'layout']);

/** The parts of a plan whose text is read for **bold** and *italic* (the template writes them as paragraphs). */
const markedParts = new Set(['bases', 'opening', 'body', 'closing', 'proposal', 'articles', 'attachment', 'event', 'notes']);

function textContext(plan: Plan): TextContext {
  const issued = parseIssueDate(plan.date)!;
  return {
    year: issued.year,
    schoolYear: schoolYearText(issued.year, issued.month),
    date: plan.date,
    dates: plan.dates ?? {},
    appendices: { count: appendicesOf(plan).length, named: new Set() },
  };
}

function expandOne(text: string, context: TextContext, path: PropertyKey[], problems: PlanProblem[]): string {
  if (!text.includes('{{')) return text;
  let expanded: string;
  try {
    expanded = fillExpressions(text, context);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    problems.push({ path, severity: 'error', message: error.text, hint: error.hint });
    return text;
  }
  // "{{date}}" in a plan dated "2020-09" fills in text, but "**{{…}}**" around an empty value would print nothing.
  if (printsNothing(expanded))
    problems.push({
      path,
      severity: 'error',
      message: say('các biểu thức {{…}} không để lại chữ nào, văn bản sẽ in ra chỗ trống', 'its {{…}} expressions leave nothing to print; the document would show a blank'),
      hint: blankText.hint,
    });
  else if (markedParts.has(String(path[0])) && printsNothingMarked(expanded)) problems.push({ path, severity: 'error', ...markupOnly });
  return expanded;
}

function expandValue(value: unknown, context: TextContext, path: PropertyKey[], problems: PlanProblem[]): unknown {
  if (typeof value === 'string') return expandOne(value, context, path, problems);
  if (Array.isArray(value)) return packedMap(value, (item, index) => expandValue(item, context, [...path, index], problems));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = dataKeys.has(key) ? item : expandValue(item, context, [...path, key], problems);
    return out;
  }
  return value;
}

/** The plan with every text expression filled in, and the problems of those that could not be. */
export function expandText(plan: Plan): { plan: Plan; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const context = textContext(plan);
  const expanded = expandValue(plan, context, [], problems) as Plan;
  // Decree 30 (Phụ lục I, III.1.a): a document with appendices must point to each of them.
  appendicesOf(plan).forEach((_, index) => {
    if (!context.appendices!.named.has(index + 1))
      problems.push({
        path: ['appendices', index],
        severity: 'warning',
        message: say(`văn bản không nhắc đến phụ lục thứ ${index + 1}`, `the text never refers to appendix ${index + 1}`),
        hint: say(
          `Nghị định 30 yêu cầu văn bản chỉ dẫn phụ lục kèm theo: viết {{appendix ${index + 1}}} ở chỗ nói đến nó, ví dụ "(chi tiết tại {{appendix ${index + 1}}} kèm theo)"`,
          `Decree 30 wants the text to point to each appendix: write {{appendix ${index + 1}}} where it is meant, e.g. "(chi tiết tại {{appendix ${index + 1}}} kèm theo)"`,
        ),
      });
  });
  return { plan: expanded, problems };
}
