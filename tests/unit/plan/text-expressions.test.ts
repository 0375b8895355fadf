// Plan text accepts only the documented {{…}} forms; every other form, and text left blank by its bold/italic marks,
// is a located error (issue 13).
import { describe, expect, it } from '@jest/globals';
import { PlanError } from '../../../src/errors';
import { parsePlan } from '../../../src/plan/load-plan';
import { minimalPlanYaml } from '../fixtures';
import { textPlan } from '../../helpers/text-plan';

/** The minimal plan with dates and the given summary (line 11) and first paragraph of the body (line 15). */
const plan = (summary: string, paragraph = 'Nâng cao nhận thức.') =>
  minimalPlanYaml
    .replace('date: "2020-09-18"', 'date: "2020-09-18"\ndates:\n  khai_mac: "2020-10-01"\n  tong_ket: "2020-10-08"')
    .replace('summary: Tổ chức Tuần lễ học tập', `summary: ${JSON.stringify(summary)}`)
    .replace('      - Nâng cao nhận thức.', `      - ${JSON.stringify(paragraph)}`);

function errorsOf(source: string) {
  try {
    parsePlan(source, 'p.yaml');
  } catch (error) {
    return (error as PlanError).diagnostics.map((d) => ({ line: d.line, path: d.path, message: d.message, hint: d.hint }));
  }
  throw new Error('accepted');
}

describe('plan text expressions', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'dates.constructor', 'this', 'dates', 'log'])(
    'refuse {{%s}} as an unknown name, listing the names there are',
    (name) => {
      const [error, ...rest] = errorsOf(plan(`Năm {{${name}}}`));
      expect(rest).toEqual([]);
      expect(error).toMatchObject({ line: 11, path: 'summary' });
      expect(error!.message).toMatch(/^biểu thức dùng tên không có: "/);
      expect(error!.hint).toContain('year, schoolYear, date, dates.khai_mac, dates.tong_ket; longDate');
    },
  );

  it.each([
    '{{#if year}}x{{/if}}', '{{#each dates}}{{this}}{{/each}}', '{{#with dates}}x{{/with}}', '{{#unless year}}x{{/unless}}',
    "{{year 'a'}}", '{{@root.year}}', '{{../x}}', '{{> x}}', '{{{year}}}', '{{longDate dates.khai_mac dates.khai_mac}}',
    '{{longDate}}', '{{year dates.khai_mac}}', '{{!note}}', '{{ }}', '{{~year}}',
  ])('refuse the form %s at its line, saying what is allowed', (text) => {
    const [error, ...rest] = errorsOf(plan(`Năm ${text}`));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ line: 11, path: 'summary' });
    expect(error!.message).toMatch(/^biểu thức "\{\{.*" không dùng được: /);
    expect(error!.hint).toMatch(/^chỉ viết \{\{tên\}\} hoặc \{\{hàm dates.tên\}\}; tên: year, schoolYear/);
  });

  it('name an unknown helper before what follows it', () => {
    const [error] = errorsOf(plan("{{lookup dates 'khai_mac'}}"));
    expect(error!.message).toBe('biểu thức dùng tên không có: "lookup"');
  });

  it('fill the documented forms, with spaces inside the braces, and "\\{{" as "{{"', () => {
    const { plan: filled } = parsePlan(plan('{{ year }}, {{ numericDate   dates.tong_ket }}, \\{{year}}, {{schoolYear}}'), 'p.yaml');
    expect(textPlan(filled).summary).toBe('2020, 08/10/2020, {{year}}, 2020-2021');
  });
});

describe('text of bold/italic marks only', () => {
  it.each(['****', '** **', '* *', '*\u00a0*'])('is an error at the paragraph: %j', (paragraph) => {
    expect(errorsOf(plan('Tuần lễ', paragraph))).toEqual([
      {
        line: 15,
        path: 'body.0.content.0',
        message: 'chỉ có dấu đậm/nghiêng (** hoặc *) mà không có chữ, văn bản sẽ in ra chỗ trống',
        hint: 'viết chữ giữa các dấu, ví dụ **Lưu ý:**; muốn in dấu * thật thì viết \\*',
      },
    ]);
  });

  it.each(['**a**', '(**)', '\\*\\*', '*', '**'])('is fine when something prints: %j', (paragraph) => {
    expect(() => parsePlan(plan('Tuần lễ', paragraph), 'p.yaml')).not.toThrow();
  });

  it('is fine in a field not read for marks (the summary prints "****" as it is)', () => {
    expect(textPlan(parsePlan(plan('****'), 'p.yaml').plan).summary).toBe('****');
  });
});
