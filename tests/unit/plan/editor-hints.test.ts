// The editor's side of the schema: calendar patterns that agree with plan's calendar, and readable messages and titles.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { parse } from 'yaml';
import { PlanError } from '../../../src/errors';
import { documentTypeKeys } from '../../../src/decree/document-types';
import { calendarDatePattern, issueDatePattern } from '../../../src/plan/calendar-pattern';
import { simplifyChoice } from '../../../src/plan/editor-choices';
import { addEditorHints } from '../../../src/plan/editor-hints';
import { parseIssueDate } from '../../../src/plan/issue-date';
import { parsePlan } from '../../../src/plan/load-plan';
import { minimalPlanYaml } from '../fixtures';

const committed = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema', 'plan.schema.json'), 'utf8')) as Record<string, unknown>;

// yaml-language-server compiles patterns with the "u" flag (safeCreateUnicodeRegExp); so do these tests.
const calendarDate = new RegExp(calendarDatePattern, 'u');
const issueDate = new RegExp(issueDatePattern, 'u');
const two = (n: number) => String(n).padStart(2, '0');

/** The Gregorian rule, written out on its own rather than through Date, as a second witness. */
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthLength = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

describe('the calendar patterns', () => {
  const years = [1900, 1901, 1904, 1996, 1999, 2000, 2021, 2023, 2024, 2100, 2200, 2400, 2800, 9600, 9996, 9999];

  it.each(years)('agree with plan and the calendar on every day of %i, and on months and days out of range', (year) => {
    const disagreements: string[] = [];
    for (let month = 0; month <= 13; month += 1)
      for (let day = 0; day <= 32; day += 1) {
        const text = `${year}-${two(month)}-${two(day)}`;
        const exists = month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
        const byPlan = parseIssueDate(text)?.day !== undefined;
        if (calendarDate.test(text) !== exists || issueDate.test(text) !== exists || byPlan !== exists) disagreements.push(text);
      }
    expect(disagreements).toEqual([]);
  });

  it('know 29 February of every year from 1900 to 9999', () => {
    const wrong: number[] = [];
    for (let year = 1900; year <= 9999; year += 1)
      if (calendarDate.test(`${year}-02-29`) !== isLeap(year) || !calendarDate.test(`${year}-02-28`)) wrong.push(year);
    expect(wrong).toEqual([]);
  });

  it('take years from 1900 to 9999 only, as plan does', () => {
    for (const text of ['1899-12-31', '0000-01-01', '0999-01-01', '10000-01-01', '2021-1-01', '2021-01-1', ' 2021-01-01', '2021-01-01 ', '2021/01/01'])
      expect([text, calendarDate.test(text), issueDate.test(text)]).toEqual([text, false, false]);
    expect(calendarDate.test('1900-01-01') && calendarDate.test('9999-12-31')).toBe(true);
  });

  it('let the issue date leave its day blank (YYYY-MM), as plan does', () => {
    for (const text of ['2020-09', '1900-01', '9999-12', '2021-00', '2021-13', '1899-12', '2021-9'])
      expect([text, issueDate.test(text)]).toEqual([text, parseIssueDate(text) !== undefined]);
    expect(issueDate.test('2020-09')).toBe(true);
    expect(calendarDate.test('2020-09')).toBe(false);
  });
});

describe('the JSON Schema and plan on dates', () => {
  const validate = new Ajv2020({ strict: true, allowUnionTypes: true, keywords: ['errorMessage', 'enumDescriptions'] }).compile(committed);
  const acceptedByPlan = (source: string) => {
    try {
      parsePlan(source, 'plan.yaml');
      return true;
    } catch (error) {
      if (error instanceof PlanError) return false;
      throw error;
    }
  };
  const digits = (n: number, width: number) => String(n).padStart(width, '0');
  const someDate = fc
    .tuple(fc.integer({ min: 0, max: 10999 }), fc.integer({ min: 0, max: 13 }), fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }))
    .map(([year, month, day]) => `${digits(year, 4)}-${digits(month, 2)}${day === undefined ? '' : `-${digits(day, 2)}`}`);

  it('accept exactly the same issue dates and named dates (random dates, months and days, in and out of range)', () => {
    fc.assert(
      fc.property(someDate, someDate, (issue, named) => {
        const source = minimalPlanYaml.replace('date: "2020-09-18"', `date: "${issue}"\ndates:\n  x: "${named}"`);
        expect([issue, named, validate(parse(source))]).toEqual([issue, named, acceptedByPlan(source)]);
      }),
      { numRuns: 250 },
    );
  });
});

/** Every schema node of the committed schema with its JSON pointer. */
function nodes(node: unknown, at = '#'): Array<{ at: string; node: Record<string, unknown> }> {
  if (node === null || typeof node !== 'object') return [];
  const found = Array.isArray(node) ? [] : [{ at, node: node as Record<string, unknown> }];
  for (const [key, value] of Object.entries(node)) found.push(...nodes(value, `${at}/${key}`));
  return found;
}

/** A letter with a Vietnamese diacritic (ă â đ ê ô ơ ư and the tone marks). */
const vietnamese = /[\u00C0-\u01B0\u1EA0-\u1EF9]/u;

/** "Vietnamese / English": two non-empty halves, the first with Vietnamese letters. */
function isBilingual(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const [vi, en, ...rest] = text.split(' / ');
  return Boolean(vi && en && rest.length === 0 && vietnamese.test(vi));
}

describe('the messages and titles editors show', () => {
  it('give every pattern, enum and fixed value a message in Vietnamese and English, with no regular expression in it', () => {
    const checked = nodes(committed).filter(({ node }) => 'pattern' in node || 'enum' in node || 'const' in node);
    expect(checked.length).toBeGreaterThanOrEqual(20);
    const unreadable = checked
      .filter(({ node }) => !isBilingual(node.errorMessage) || /[\\^$]|\[[^\]]*\]/u.test(String(node.errorMessage)))
      .map(({ at }) => at);
    expect(unreadable).toEqual([]);
  });

  it('give every property a short title "Vietnamese / English"', () => {
    const properties = nodes(committed).flatMap(({ at, node }) =>
      at.endsWith('/properties') ? Object.entries(node).map(([name, schema]) => ({ at: `${at}/${name}`, schema: schema as Record<string, unknown> })) : [],
    );
    expect(properties.length).toBeGreaterThanOrEqual(40);
    const untitled = properties
      .filter(({ schema }) => !isBilingual(schema.title) || String(schema.title).length > 60)
      .map(({ at }) => at);
    expect(untitled).toEqual([]);
  });

  it('refuse to generate a schema with a pattern that has no message, or a title for a property that is gone', () => {
    expect(() => addEditorHints({ type: 'object', properties: { type: { type: 'string', pattern: '^x$' } } })).toThrow('no editor message for the pattern ^x$');
    expect(() => addEditorHints({ type: 'object', properties: { typo: { type: 'string' } } })).toThrow('no title for the property typo');
    expect(() => addEditorHints({ type: 'object', properties: { type: { type: 'string', enum: [...documentTypeKeys] } } })).toThrow('titles for properties the schema does not have: agency');
    const numbering = { type: 'string', enum: ['decimal', 'roman', 'alpha'] };
    expect(() => addEditorHints({ type: 'object', properties: { numbering } })).toThrow('the values described for numbering are not those of its enum');
  });

  it('name the keys a group takes in its message (an unknown key, a missing key, a wrong type)', () => {
    const signer = (committed.$defs as Record<string, Record<string, unknown>>).signer!;
    expect(signer.errorMessage).toBe(
      'Nhóm khóa này chỉ nhận các khóa (bắt buộc: title hoặc lines; có thể thêm: authority, head, otherPost, name, note) / This group takes only these keys (required: title or lines; optional: authority, head, otherPost, name, note)',
    );
  });
});

describe('the choices rewritten for the editor', () => {
  it('turn fixed values into an enum, and a line or several lines into one node of both types; leave other choices', () => {
    const indent: Record<string, unknown> = { default: 1, anyOf: [{ type: 'number', const: 1 }, { type: 'number', const: 1.27 }] };
    simplifyChoice(indent);
    expect(indent).toEqual({ default: 1, type: 'number', enum: [1, 1.27] });
    const lines: Record<string, unknown> = {
      description: 'd',
      anyOf: [{ type: 'string', minLength: 1, description: 'one' }, { type: 'array', minItems: 1, items: { type: 'string' }, description: 'many' }],
    };
    simplifyChoice(lines);
    expect(lines).toEqual({ description: 'd', type: ['string', 'array'], minLength: 1, minItems: 1, items: { type: 'string' } });
    const recipient = { anyOf: [{ type: 'string' }, { type: 'object', properties: {} }] };
    simplifyChoice(recipient);
    expect(recipient).toEqual({ anyOf: [{ type: 'string' }, { type: 'object', properties: {} }] });
  });
});
