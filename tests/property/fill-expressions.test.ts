// Plan text expressions: what is accepted is filled in exactly as Handlebars (strict, no escaping) fills it, and
// every form outside the documented ones is refused, wherever it stands in the text.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { parseCalendarDate } from '../../src/view/date-words';
import { ExpressionError, fillExpressions, textHelpers, type TextContext } from '../../src/plan/fill-expressions';

const context: TextContext = { year: 2020, schoolYear: '2020-2021', date: '18/09/2020', dates: { bat_dau: '2020-10-01', ket_thuc: '2020-10-07', sai: 'không phải ngày' } };

// The reference: Handlebars with the same helpers, as plan text was filled before.
const reference = Handlebars.create();
for (const [name, format] of Object.entries(textHelpers)) reference.registerHelper(name, (value: string) => format(parseCalendarDate(value)!));
// The year as text: Handlebars adds two numbers written side by side ("{{year}}{{year}}" gave "4040").
const referenceContext = { ...context, year: String(context.year) };
function byHandlebars(text: string): string {
  const options = { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(Object.keys(textHelpers).map((name) => [name, true])) };
  return reference.compile(text, options)(referenceContext);
}

/** The filled text, or "refused" when the filler gives a worded error (any other error fails the test). */
function filled(text: string): string {
  try {
    return fillExpressions(text, context);
  } catch (error) {
    if (error instanceof ExpressionError) return 'refused';
    throw error;
  }
}

const space = fc.constantFrom('', ' ', '  ', '\n');
const goodNames = ['year', 'schoolYear', 'date', 'dates.bat_dau', 'dates.ket_thuc'];
const goodDates = ['dates.bat_dau', 'dates.ket_thuc'];
const good = fc.oneof(
  fc.tuple(space, fc.constantFrom(...goodNames), space).map(([a, name, b]) => `{{${a}${name}${b}}}`),
  fc.tuple(space, fc.constantFrom(...Object.keys(textHelpers)), fc.constantFrom(...goodDates), space).map(([a, helper, name, b]) => `{{${a}${helper} ${name}${b}}}`),
  fc.constantFrom('\\{{year}}', '\\\\{{year}}', '\\{{', '\\\\{{date}}', '\\{{ khong_co }}'),
);
const literal = fc.constantFrom('', 'Ngày ', ' năm ', 'Kế hoạch “Tuần lễ”, ', 'a & b < c', '{', '}', ' - ', '}}', '\\', '\\x');
/** Forms outside the documented ones, each refused on its own. */
const bad = fc.constantFrom(
  '{{constructor}}', '{{__proto__}}', '{{toString}}', '{{hasOwnProperty}}', '{{dates.constructor}}', '{{dates.__proto__}}', '{{this}}', '{{dates}}',
  '{{khong_co}}', '{{dates.khong_co}}', '{{#if year}}x{{/if}}', '{{#each dates}}{{this}}{{/each}}', '{{#with dates}}{{bat_dau}}{{/with}}',
  '{{#unless year}}x{{/unless}}', "{{lookup dates 'bat_dau'}}", '{{@root.year}}', '{{../year}}', '{{> x}}', '{{{year}}}', '{{&year}}', '{{!note}}',
  '{{~year~}}', '{{ }}', '{{longDate}}', '{{longDate dates.bat_dau dates.bat_dau}}', '{{year dates.bat_dau}}', '{{longDate year}}',
  '{{longDate dates.sai}}', '{{longDate "2020-10-01"}}', '{{log year}}', '{{constructor dates.bat_dau}}', '{{year.x}}',
);
const mixed = fc.array(fc.oneof(good, literal), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

describe('fillExpressions', () => {
  it('fills the documented forms and leaves other text alone', () => {
    expect(fillExpressions('Năm {{year}}, từ {{numericDate dates.bat_dau}} đến {{ longDate dates.ket_thuc }}', context)).toBe(
      'Năm 2020, từ 01/10/2020 đến ngày 07 tháng 10 năm 2020',
    );
    expect(fillExpressions('không có biểu thức', context)).toBe('không có biểu thức');
    expect(fillExpressions('\\{{year}} và \\\\{{year}}', context)).toBe('{{year}} và \\2020');
  });

  it('writes the year side by side as text, where Handlebars added the numbers', () => {
    expect(fillExpressions('{{year}}{{year}}', context)).toBe('20202020');
  });

  it('reads a date by any name the plan gives it, even one Handlebars reads as a keyword', () => {
    expect(fillExpressions('{{numericDate dates.true}}', { ...context, dates: { true: '2020-10-02' } })).toBe('02/10/2020');
  });

  it('gives what Handlebars gives for every text it accepts (5,000 generated texts)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mixed, (sample) => {
        // A "{" or "}" glued to a form can make one that is not accepted ("{" + "{{year}}"): refused, never filled
        // differently.
        const mine = filled(sample);
        if (mine !== 'refused') {
          accepted++;
          expect(mine).toBe(byHandlebars(sample));
        }
      }),
      { numRuns: 5000, seed: 20201001 },
    );
    expect(accepted).toBeGreaterThan(2500); // most are filled, so the comparison is really made
  });

  it('accepts every text made only of accepted forms and plain words', () => {
    const words = fc.constantFrom('', 'Ngày ', ' năm ', 'a & b < c', ' - ', '(', ')', '\\x');
    fc.assert(
      fc.property(fc.array(fc.oneof(good, words), { minLength: 1, maxLength: 6 }), (parts) => {
        expect(filled(parts.join(''))).not.toBe('refused');
      }),
      { numRuns: 2000, seed: 20201002 },
    );
  });

  it('refuses a text with any other form in it, wherever it stands (3,000 generated texts)', () => {
    fc.assert(
      fc.property(mixed, bad, mixed, (before, form, after) => {
        // A lone backslash just before the form's braces ("\\" + "{{…", "\\{" + "{{…") is the escape: literal text.
        fc.pre(!/(^|[^\\])\\\{?$/.test(before));
        expect(filled(before + form + after)).toBe('refused');
      }),
      { numRuns: 3000, seed: 20201003 },
    );
  });
});
