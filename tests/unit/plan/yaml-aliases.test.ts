// Aliases ("*name") in a plan: one with no anchor before it is named at its own place; an alias bomb is still refused.
import { describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../../src/plan/load-plan';
import { diagnosticsOf } from '../../helpers/plan-diagnostics';
import { minimalPlanYaml } from '../fixtures';

describe('an alias to no anchor', () => {
  it('is "unknown anchor", at the alias, in both languages, with a hint', () => {
    const [d, ...rest] = diagnosticsOf(minimalPlanYaml.replace('  - Giám đốc\n', '  - *nope\n'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: 'p.yaml', line: 16, column: 5 });
    expect(d!.message).toBe('tham chiếu "*nope" không có mốc (anchor) "&nope" nào ở trước nó');
    expect(d!.en.message).toBe('unknown anchor nope: no "&nope" before the alias "*nope"');
    expect(d!.hint).toMatch(/&nope/);
    expect(d!.en.hint).toMatch(/&nope/);
    expect(d!.message).not.toMatch(/quá nhiều/);
  });

  it('is reported when the anchor comes only after the alias, and every such alias is listed', () => {
    const text = minimalPlanYaml.replace('archive: [VT]', 'archive: [*vt, &vt VT]').replace('  title: Giám đốc', '  title: *chuc_vu');
    const found = diagnosticsOf(text).map(({ line, column, en }) => ({ line, column, message: en.message }));
    expect(found).toEqual([
      { line: 17, column: 11, message: 'unknown anchor vt: no "&vt" before the alias "*vt"' },
      { line: 19, column: 10, message: 'unknown anchor chuc_vu: no "&chuc_vu" before the alias "*chuc_vu"' },
    ]);
  });

  it('as a key is located too', () => {
    const [d] = diagnosticsOf(`${minimalPlanYaml}*k : 1\n`);
    expect(d).toMatchObject({ line: 20, column: 1 });
    expect(d!.en.message).toMatch(/^unknown anchor k/);
  });
});

describe('aliases that resolve', () => {
  it('are read as their anchor\'s value', () => {
    const text = minimalPlanYaml.replace('  - Giám đốc\n', '  - &gd Giám đốc\n').replace('  title: Giám đốc', '  title: *gd');
    expect(parsePlan(text, 'p.yaml').plan.signer!.title).toBe('Giám đốc');
  });

  it('past the limit are still refused as too many, not as an unknown anchor', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
    const [d, ...rest] = diagnosticsOf(`${minimalPlanYaml}${bomb}`);
    expect(rest).toEqual([]);
    expect(d!.message).toBe('tệp dùng quá nhiều tham chiếu "*" (alias), tối đa 100');
    expect(d!.en.message).toBe('the file uses too many "*" aliases (at most 100)');
  });
});
