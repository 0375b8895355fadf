// The fast path for plan text expressions fills in exactly what Handlebars fills in, and hands everything else to it.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compileText, expandSimply, type TextContext } from '../../src/plan/expand-text';

const context: TextContext = { year: 2020, schoolYear: '2020-2021', date: '18/09/2020', dates: { bat_dau: '2020-10-01', ket_thuc: '2020-10-07', sai: 'không phải ngày', true: '2020-10-02', this: '2020-10-03', null: '2020-10-04' } };

/** What Handlebars (strict, no escaping, known helpers only) makes of a text, or the first line of its error. */
function byHandlebars(text: string): string {
  try {
    return compileText(text)(context);
  } catch (error) {
    return `error: ${(error as Error).constructor.name}`;
  }
}

function bySimplePath(text: string): string | undefined {
  try {
    return expandSimply(text, context);
  } catch (error) {
    return `error: ${(error as Error).constructor.name}`;
  }
}

const names = ['year', 'schoolYear', 'date', 'dates.bat_dau', 'dates.ket_thuc', 'dates.sai', 'dates.khong_co', 'khong_co', 'dates', 'constructor', 'toString', '__proto__', 'dates.true', 'dates.this', 'dates.null', 'this', 'true'];
const helperNames = ['longDate', 'dayMonthYear', 'numericDate', 'dayMonth', 'weekday', 'constructor', 'khong_co'];
const space = fc.constantFrom('', ' ', '  ', '\n');
const expression = fc.oneof(
  fc.tuple(space, fc.constantFrom(...names), space).map(([a, name, b]) => `{{${a}${name}${b}}}`),
  fc.tuple(space, fc.constantFrom(...helperNames), fc.constantFrom(...names), space).map(([a, helper, name, b]) => `{{${a}${helper} ${name}${b}}}`),
  fc.constantFrom('{{{year}}}', '{{&year}}', '{{!note}}', '\\{{year}}', '{{#if year}}x{{/if}}', '{{longDate "01/10/2020"}}', '{{year', 'year}}', '{{ }}'),
);
const literal = fc.constantFrom('', 'Ngày ', ' năm ', 'Kế hoạch “Tuần lễ”, ', 'a & b < c', '{', '}', ' - ');
const text = fc.array(fc.oneof(expression, literal), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

describe('expandSimply', () => {
  it('fills the common forms itself', () => {
    expect(expandSimply('Năm {{year}}, từ {{numericDate dates.bat_dau}} đến {{ longDate dates.ket_thuc }}', context)).toBe(
      `Năm 2020, từ ${byHandlebars('{{numericDate dates.bat_dau}}')} đến ${byHandlebars('{{longDate dates.ket_thuc}}')}`,
    );
    expect(expandSimply('không có biểu thức', context)).toBe('không có biểu thức');
  });

  it('hands other forms, missing names and escapes to Handlebars', () => {
    for (const other of ['{{khong_co}}', '{{dates.khong_co}}', '\\{{year}}', '{{{year}}}', '{{#if year}}x{{/if}}', '{{longDate "01/10/2020"}}', '{{dates}}'])
      expect(expandSimply(other, context)).toBeUndefined();
  });

  it('gives what Handlebars gives whenever it gives anything (5,000 generated texts)', () => {
    let filled = 0;
    fc.assert(
      fc.property(text, (sample) => {
        const simple = bySimplePath(sample);
        if (simple === undefined) return;
        filled++;
        expect(simple).toBe(byHandlebars(sample));
      }),
      { numRuns: 5000, seed: 20201001 },
    );
    expect(filled).toBeGreaterThan(500); // the fast path is really taken
  });
});
