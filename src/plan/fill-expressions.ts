// Fills the {{…}} expressions of one plan text. Only the documented forms are accepted: `{{name}}` for a name the
// plan has (year, schoolYear, date, dates.<a date>) and `{{helper dates.x}}` with exactly one argument; `\{{` writes
// "{{". Everything else (blocks, partials, `this`, `@root`, inherited names like `constructor`) is an error, so a
// text never prints blank or "[object Object]". The tests hold the output to what Handlebars makes of the same text.
import { say, type Bilingual } from '../i18n/language';
import { dayMonthText, dayMonthYearText, numericDateText, parseCalendarDate, weekdayText } from '../view/date-words';
import { appendixLabel } from '../decree/appendix-label';
import { longDate } from '../view/vietnamese-date';

export interface TextContext {
  year: number;
  schoolYear: string;
  date: string;
  dates: Record<string, string>;
  /** How many appendices the plan has ({{appendix 2}} names the second), and which ones the text has named so far. */
  appendices?: { count: number; named: Set<number> };
}

type CalendarDate = NonNullable<ReturnType<typeof parseCalendarDate>>;

/** The documented helpers, each taking one date. */
export const textHelpers: Record<string, (date: CalendarDate) => string> = {
  longDate,
  dayMonthYear: dayMonthYearText,
  numericDate: numericDateText,
  dayMonth: dayMonthText,
  weekday: weekdayText,
};

/** Why an expression could not be filled, worded for the clerk. */
export class ExpressionError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly hint: Bilingual,
  ) {
    super(text.en);
  }
}

const available = (context: TextContext) =>
  `${['year', 'schoolYear', 'date', ...Object.keys(context.dates).map((name) => `dates.${name}`)].join(', ')}; ${Object.keys(textHelpers).join(', ')}`;

const escapeHint = say('muốn viết "{{" thật thì viết "\\{{"', 'to write "{{" itself, write "\\{{"');

export function unknownNameError(name: string, context: TextContext): ExpressionError {
  return new ExpressionError(
    say(`biểu thức dùng tên không có: "${name}"`, `the expression uses an unknown name: "${name}"`),
    say(`các tên dùng được: ${available(context)}; ${escapeHint.vi}`, `names you can use: ${available(context)}; ${escapeHint.en}`),
  );
}

function formError(expression: string, why: Bilingual, context: TextContext): ExpressionError {
  return new ExpressionError(
    say(`biểu thức "${expression}" không dùng được: ${why.vi}`, `the expression "${expression}" is not allowed: ${why.en}`),
    say(
      `chỉ viết {{tên}} hoặc {{hàm dates.tên}}; tên: ${available(context)}; ${escapeHint.vi}`,
      `write only {{name}} or {{helper dates.name}}; names: ${available(context)}; ${escapeHint.en}`,
    ),
  );
}

/** An own property only: "constructor", "__proto__" or "toString" are not names of the plan. */
const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** The text or number a name stands for, or an unknown-name error ("dates.x" names "x", as the hint lists it). */
function valueOf(name: string, context: TextContext): string | number {
  const [first, ...rest] = name.split('.');
  if (first === 'dates' && rest.length === 1 && own(context.dates, rest[0]!)) return context.dates[rest[0]!]!;
  if (first === 'dates' && rest.length === 1) throw unknownNameError(rest[0]!, context);
  if (rest.length === 0 && (first === 'year' || first === 'schoolYear' || first === 'date')) return context[first];
  throw unknownNameError(name, context);
}

const dottedName = /^[A-Za-z_]\w*(?:\.\w+)*$/;

/** The value of what is between "{{" and "}}", `whole` being the expression as written, for messages. */
function fillOne(inside: string, whole: string, context: TextContext): string {
  const words = inside.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return fail(say('không có gì giữa hai dấu ngoặc', 'nothing between the braces'));
  if (words[0] === 'appendix') return appendixReference(words.slice(1), whole, context);
  // An unknown first name ("{{log "x"}}", "{{lookup …}}") says so, with the names there are, whatever follows it.
  if (dottedName.test(words[0]!) && !own(textHelpers, words[0]!)) valueOf(words[0]!, context);
  if (!words.every((word) => dottedName.test(word)))
    return fail(say('chỉ được một tên, hoặc một hàm ngày và một tên ngày', 'only a name, or a date helper and the name of a date, may be written'));
  const [first, ...args] = words as [string, ...string[]];
  if (own(textHelpers, first)) {
    if (args.length !== 1) return fail(say(`${first} cần đúng một ngày, ví dụ {{${first} dates.khai_mac}}`, `${first} takes exactly one date, e.g. {{${first} dates.opening}}`));
    const input = valueOf(args[0]!, context);
    const date = typeof input === 'string' ? parseCalendarDate(input) : undefined;
    if (!date)
      throw new ExpressionError(
        say(`biểu thức ngày nhận "${input}", không phải một ngày`, `a date expression got "${input}", not a date`),
        say('dùng tên một ngày trong dates, ví dụ {{longDate dates.khai_mac}}', 'use a date named in dates, e.g. {{longDate dates.opening}}'),
      );
    return textHelpers[first]!(date);
  }
  const value = valueOf(first, context);
  if (args.length > 0) return fail(say(`sau "${first}" không viết gì thêm`, `nothing may follow "${first}"`));
  return String(value);

  function fail(why: Bilingual): never {
    throw formError(whole, why, context);
  }
}

/**
 * The text with its expressions filled in, or an ExpressionError for the first one that cannot be. Backslashes
 * before "{{" read as Handlebars reads them: one makes "{{" literal, two write one backslash before an expression.
 */
export function fillExpressions(text: string, context: TextContext): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{', from);
    if (open < 0) return out + text.slice(from);
    if (text[open - 1] === '\\' && text[open - 2] !== '\\') {
      out += text.slice(from, open - 1) + '{{';
      from = open + 2;
      continue;
    }
    out += text.slice(from, text[open - 1] === '\\' ? open - 1 : open);
    const close = text.indexOf('}}', open + 2);
    if (close < 0)
      throw new ExpressionError(
        say(`biểu thức {{…}} viết sai: "${shorten(text.slice(open))}" thiếu "}}"`, `a {{…}} expression is malformed: "${shorten(text.slice(open))}" has no "}}"`),
        say(`mỗi "{{" cần một "}}"; ${escapeHint.vi}`, `every "{{" needs a "}}"; ${escapeHint.en}`),
      );
    // "}}}" is Handlebars' closing of "{{{…}}}": not a form of plan text, whatever comes before it.
    const whole = shorten(text.slice(open, text[close + 2] === '}' ? close + 3 : close + 2));
    if (text[close + 2] === '}') throw formError(whole, say('"}}}" có ba dấu ngoặc', '"}}}" has three braces'), context);
    out += fillOne(text.slice(open + 2, close), whole, context);
    from = close + 2;
  }
}

/** "{{appendix 2}}": "Phụ lục II" (or "Phụ lục" when the plan has only one), for an appendix the plan has. */
function appendixReference(args: string[], whole: string, context: TextContext): string {
  const count = context.appendices?.count ?? 0;
  const number = args.length === 1 && /^[1-9]\d{0,3}$/.test(args[0]!) ? Number(args[0]) : undefined;
  if (number === undefined)
    throw formError(whole, say('appendix cần đúng một số thứ tự, ví dụ {{appendix 1}}', 'appendix takes exactly one number, e.g. {{appendix 1}}'), context);
  if (number > count)
    throw new ExpressionError(
      say(`"${whole}" chỉ đến phụ lục thứ ${number}, nhưng kế hoạch có ${count} phụ lục`, `"${whole}" refers to appendix ${number}, but the plan has ${count}`),
      count === 0
        ? say('thêm phụ lục ở mục appendices (cuối tệp), hoặc bỏ biểu thức này', 'add the appendix under appendices (at the end of the file), or remove this expression')
        : count === 1
          ? say('kế hoạch có một phụ lục: viết {{appendix 1}}', 'the plan has one appendix: write {{appendix 1}}')
          : say(`dùng một số từ 1 đến ${count}`, `use a number from 1 to ${count}`),
    );
  context.appendices!.named.add(number);
  return appendixLabel(number, count);
}

/** An expression quoted in a message stays short. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
