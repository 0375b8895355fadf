// `plan next` on dates written in every YAML form: only the date's own text changes, and what it writes validates.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { run } from '../../../src/cli/run';
import { checkNextText } from '../../../src/next/check-next-text';
import { nextYear } from '../../../src/next/next-year';
import { PlanError } from '../../../src/errors';
import { parsePlan } from '../../../src/plan/load-plan';
import { memoryIo, minimalPlanYaml } from '../fixtures';
import { textPlan } from '../../helpers/text-plan';

/** The minimal plan with `date:` and a `dates:` entry written as given (each a YAML fragment after "key:"). */
const withDates = (date: string, entry: string) =>
  minimalPlanYaml.replace('date: "2020-09-18"\n', `date:${date}\ndates:\n  hop:${entry}\n`);

const forms: Array<[string, (date: string) => string]> = [
  ['plain', (d) => ` ${d}`],
  ['double-quoted', (d) => ` "${d}"`],
  ['single-quoted', (d) => ` '${d}'`],
  ['followed by a comment', (d) => ` "${d}"   # ngày ký`],
  ['folded, stripped (>-)', (d) => ` >-\n    ${d}`],
  ['literal, stripped (|-)', (d) => ` |-\n    ${d}`],
  ['folded with a comment on its header', (d) => ` >- # was 2019-01-01\n    ${d}`],
  ['anchored and tagged', (d) => ` &ngay !!str ${d}`],
  ['on the line below its key', (d) => `\n    ${d}`],
  ['double-quoted with an escape', (d) => ` "${d.slice(0, 4)}\\x2d${d.slice(5)}"`],
];

describe.each([
  ['LF', (text: string) => text],
  ['CRLF', (text: string) => text.replace(/\n/g, '\r\n')],
])('nextYear with %s line ends', (_ends, lineEnds) => {
  it.each(forms)('moves a date written %s, keeps every other byte, and the result validates', (_form, write) => {
    const source = lineEnds(withDates(write('2020-09-18'), write('2020-10-01')));
    const { text } = nextYear(source, 'p.yaml');
    const { plan } = parsePlan(text, 'p2.yaml');
    expect(plan.date).toBe('2021-09-18');
    expect(plan.dates).toEqual({ hop: '2021-10-01' });
    expect(textPlan(plan).summary).toBe('Tổ chức Tuần lễ học tập');
    // Only the dates changed: the same lines, and the text around them byte for byte.
    expect(text.split('\n').length).toBe(source.split('\n').length);
    expect(text.replace(/2021-09-18|2021\\x2d09-18|2021-10-01|2021\\x2d10-01/g, 'D')).toBe(
      source.replace(/2020-09-18|2020\\x2d09-18|2020-10-01|2020\\x2d10-01/g, 'D'),
    );
  });
});

describe('nextYear on block scalars', () => {
  it('keeps the header and the line break before the next key (the fault: "2022-04-01summary:")', () => {
    const source = withDates(' "2021-03-08"', ' >-\n    2021-04-01');
    const { text } = nextYear(source, 'p.yaml');
    expect(text).toContain('  hop: >-\n    2022-04-01\nsummary: Tổ chức');
  });

  it('in a flow map too', () => {
    const source = minimalPlanYaml.replace('date: "2020-09-18"\n', 'date: "2020-09-18"\ndates: {hop: 2020-10-01, bao_cao: \'2020-10-05\'}\n');
    const { text } = nextYear(source, 'p.yaml');
    expect(text).toContain("dates: {hop: 2021-10-01, bao_cao: '2021-10-05'}\n");
    expect(parsePlan(text, 'p.yaml').plan.dates).toEqual({ hop: '2021-10-01', bao_cao: '2021-10-05' });
  });

  it('does not list a date on a line of its own as a year typed by hand', () => {
    const { checklist } = nextYear(withDates(' >-\n    2020-09-18', ' |-\n    2020-10-01'), 'p.yaml');
    expect(checklist.map((item) => item.en).filter((item) => /typed by hand/.test(item))).toEqual([]);
  });

  it('gives the year of the plan for the file name, whatever the form of date:', () => {
    expect(nextYear(withDates(' >-\n    2020-09-18', ' 2020-10-01'), 'p.yaml').year).toBe(2020);
  });
});

describe('the safety net: a plan that would not validate is never written', () => {
  it('refuses, at this year\'s date, in both languages, saying nothing was written', () => {
    // The text the old edit made of a folded date: the date joined to the next key.
    const source = withDates(' "2020-09-18"', ' >-\n    2020-10-01');
    const broken = source.replace('  hop: >-\n    2020-10-01\n', '  hop: 2021-10-01');
    const start = source.indexOf('>-');
    const edit = { start, end: start + '>-\n    2020-10-01\n'.length, text: '2021-10-01' };
    let error: unknown;
    try {
      checkNextText(broken, [edit], [{ name: 'dates.hop', edit, where: { line: 9, column: 8, sourceLine: '  hop: >-' } }], 'p.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlanError);
    const [d] = (error as PlanError).diagnostics;
    expect(d).toMatchObject({ file: 'p.yaml', line: 9, column: 8, path: 'dates.hop', severity: 'error' });
    expect(d!.message).toMatch(/^kế hoạch năm sau sẽ không hợp lệ: /);
    expect(d!.en.message).toMatch(/^next year's plan would not validate: /);
    expect(d!.hint).toMatch(/chưa ghi tệp nào/);
    expect(d!.en.hint).toMatch(/nothing was written/);
  });

  it('lets a plan that validates through', () => {
    const source = withDates(' "2020-09-18"', ' "2020-10-01"');
    expect(() => checkNextText(source, [], [], 'p.yaml')).not.toThrow();
  });
});

describe('plan next on a folded date, as a clerk runs it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-next-block-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a plan that plan validate accepts, named after the year', async () => {
    const plan = path.join(dir, 'ke-hoach-2020.yaml');
    fs.writeFileSync(plan, withDates(' >-\n  2020-09-18', ' >-\n    2020-10-01'));
    const io = memoryIo();
    expect(await run(['next', plan], io)).toBe(0);
    const written = path.join(dir, 'ke-hoach-2021.yaml');
    expect(io.out).toEqual([written]);
    expect(await run(['validate', written], memoryIo())).toBe(0);
    expect(fs.readFileSync(written, 'utf8')).toContain('date: >-\n  2021-09-18\ndates:\n  hop: >-\n    2021-10-01\nsummary:');
  });
});
