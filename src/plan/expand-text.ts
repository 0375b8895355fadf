// Fills the expressions in a plan's text ("{{longDate dates.opening}}", "{{year}}") from its dates, so no date
// or year is typed twice and next year's plan changes only its dates.
import Handlebars from 'handlebars';
import { say } from '../i18n/language';
import { dayMonthText, dayMonthYearText, numericDateText, parseCalendarDate, schoolYearText, weekdayText } from '../view/date-words';
import { longDate } from '../view/vietnamese-date';
import { packedMap } from '../packed-map';
import type { PlanProblem } from './check-plan';
import { parseIssueDate } from './issue-date';
import type { Plan } from './plan-schema';
import { blankText, printsNothing } from './printed-text';

/** Keys whose values are data, not text: they are never expanded. */
const dataKeys = new Set(['type', 'date', 'dates', 'code', 'number', 'numbering', 'authority', 'layout']);

const helperNames = ['longDate', 'dayMonthYear', 'numericDate', 'dayMonth', 'weekday'] as const;

class DateArgumentError extends Error {}

function dateHelper(format: (date: NonNullable<ReturnType<typeof parseCalendarDate>>) => string) {
  return (value: unknown) => {
    const date = typeof value === 'string' ? parseCalendarDate(value) : undefined;
    if (!date) throw new DateArgumentError(String(value));
    return format(date);
  };
}

const helpers: Record<(typeof helperNames)[number], (value: unknown) => string> = {
  longDate: dateHelper(longDate),
  dayMonthYear: dateHelper(dayMonthYearText),
  numericDate: dateHelper(numericDateText),
  dayMonth: dateHelper(dayMonthText),
  weekday: dateHelper(weekdayText),
};

const handlebars = Handlebars.create();
handlebars.registerHelper(helpers);

// Handlebars' own `log` would write to standard output (where only the outputs' paths go): in a plan's text it is
// an unknown name like any other.
const knownHelpers = { ...Object.fromEntries(helperNames.map((name) => [name, true])), log: false };
/** Compiled texts, so many plans sharing text (next year's copy, a department's plans) compile it once. */
const compiled = new Map<string, HandlebarsTemplateDelegate>();

export function compileText(text: string): HandlebarsTemplateDelegate {
  let template = compiled.get(text);
  if (!template) {
    template = handlebars.compile(text, { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers });
    if (compiled.size > 10000) compiled.clear();
    compiled.set(text, template);
  }
  return template;
}

/** Words Handlebars reads as literals or as the context itself, never as a key: such paths go to Handlebars. */
const keywords = new Set(['true', 'false', 'null', 'undefined', 'this']);

/** `{{name}}`, `{{name.key}}` or `{{helper name.key}}`, with optional spaces inside the braces. */
const simpleExpression = /\{\{\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?:\s+([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*))?\s*\}\}/g;

/**
 * The forms plans use ({{year}}, {{numericDate dates.opening}}) filled in directly, as Handlebars fills them, which
 * spares compiling a template per text. Anything else (other forms, "\\{{", a name that is not there, a value that
 * is not text or a number) returns undefined and goes to Handlebars, which also words the errors. The tests compare
 * both on generated texts.
 */
export function expandSimply(text: string, context: TextContext): string | undefined {
  if (text.includes('\\')) return undefined;
  // First the whole text's shape: outside the expressions no brace at all (Handlebars reads "{{{", "{{&", "{{!" …).
  const matches = [...text.matchAll(simpleExpression)];
  let last = 0;
  for (const match of matches) {
    const [whole, first, argument] = match;
    // A helper needs its argument, a name is not a helper, a path has no keyword (Handlebars refuses all three
    // before filling anything in).
    if (Object.hasOwn(helpers, first!) !== (argument !== undefined)) return undefined;
    if ([first!, argument ?? ''].some((name) => name.split('.').some((key) => keywords.has(key)))) return undefined;
    if (/[{}]/.test(text.slice(last, match.index))) return undefined;
    last = match.index + whole.length;
  }
  if (/[{}]/.test(text.slice(last))) return undefined;
  // Then the values, in order.
  let out = '';
  last = 0;
  for (const match of matches) {
    const [whole, first, argument] = match;
    let value: unknown;
    if (argument === undefined) value = lookUp(context, first!);
    else {
      const input = lookUp(context, argument);
      if (typeof input !== 'string') return undefined;
      value = helpers[first as keyof typeof helpers](input);
    }
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    out += text.slice(last, match.index) + String(value);
    last = match.index + whole.length;
  }
  return out + text.slice(last);
}

/** A dotted name's value, own properties only (as Handlebars allows), undefined when any step is missing. */
function lookUp(context: TextContext, name: string): unknown {
  let value: unknown = context;
  for (const key of name.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export interface TextContext {
  year: number;
  schoolYear: string;
  date: string;
  dates: Record<string, string>;
}

function textContext(plan: Plan): TextContext {
  const issued = parseIssueDate(plan.date)!;
  return { year: issued.year, schoolYear: schoolYearText(issued.year, issued.month), date: plan.date, dates: plan.dates ?? {} };
}

const available = (context: TextContext) =>
  `year, schoolYear, date, ${Object.keys(context.dates).map((name) => `dates.${name}`).join(', ')}; ${helperNames.join(', ')}`;

function unknownName(name: string, context: TextContext, path: PropertyKey[]): PlanProblem {
  return {
    path,
    severity: 'error',
    message: say(`biểu thức dùng tên không có: "${name}"`, `the expression uses an unknown name: "${name}"`),
    hint: say(`các tên dùng được: ${available(context)}; muốn viết "{{" thật thì viết "\\{{"`, `names you can use: ${available(context)}; to write "{{" itself, write "\\{{"`),
  };
}

function expandOne(text: string, context: TextContext, path: PropertyKey[], problems: PlanProblem[]): string {
  if (!text.includes('{{')) return text;
  // Helper arguments are not looked up strictly: check the named dates first.
  const missing = [...text.matchAll(/\{\{[^}]*?\bdates\.([A-Za-z0-9_]+)/g)].map((match) => match[1]!).find((name) => !(name in context.dates));
  if (missing) {
    problems.push(unknownName(missing, context, path));
    return text;
  }
  try {
    const expanded = expandSimply(text, context) ?? compileText(text)(context);
    // "{{#if …}}…{{/if}}" may leave nothing: the field would print blank, as if written with spaces only.
    if (printsNothing(expanded))
      problems.push({
        path,
        severity: 'error',
        message: say('các biểu thức {{…}} không để lại chữ nào, văn bản sẽ in ra chỗ trống', 'its {{…}} expressions leave nothing to print; the document would show a blank'),
        hint: blankText.hint,
      });
    return expanded;
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0]!;
    const unknown = /"([^"]+)" not defined/.exec(detail)?.[1] ?? /unknown helper (\S+)/.exec(detail)?.[1];
    if (error instanceof DateArgumentError)
      problems.push({
        path,
        severity: 'error',
        message: say(`biểu thức ngày nhận "${error.message}", không phải một ngày`, `a date expression got "${error.message}", not a date`),
        hint: say('dùng tên một ngày trong dates, ví dụ {{longDate dates.khai_mac}}', 'use a date named in dates, e.g. {{longDate dates.opening}}'),
      });
    else if (unknown) problems.push(unknownName(unknown, context, path));
    else
      problems.push({
        path,
        severity: 'error',
        message: say(`biểu thức {{…}} viết sai: ${detail}`, `a {{…}} expression is malformed: ${detail}`),
        hint: say('mỗi "{{" cần một "}}"; muốn viết "{{" thật thì viết "\\{{"', 'every "{{" needs a "}}"; to write "{{" itself, write "\\{{"'),
      });
    return text;
  }
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
  const expanded = expandValue(plan, textContext(plan), [], problems) as Plan;
  return { plan: expanded, problems };
}
