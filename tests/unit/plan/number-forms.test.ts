// Numbers other than the document's number (margins, the first-line indent) as written: decimal notation only.
import { describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../../src/plan/load-plan';
import { diagnosticsOf } from '../../helpers/plan-diagnostics';
import { minimalPlanYaml } from '../fixtures';

const withLayout = (layout: string) => `${minimalPlanYaml}layout: ${layout}\n`;
const margins = (top: string) => withLayout(`{ margins: { top: ${top}, bottom: 20, left: 30, right: 15 } }`);

describe('margins as written', () => {
  it.each(['0x14', '0o24', '2e1', '+20', '.2e2', '20.'])('refuses %s at the value, saying what YAML read', (written) => {
    const [d, ...rest] = diagnosticsOf(margins(written));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'layout.margins.top', line: 20, column: 27 });
    expect(d!.en.message).toBe(`the top margin must be written in decimal notation, found "${written}" (YAML reads it as 20)`);
    expect(d!.message).toBe(`lề trên phải viết bằng số thập phân, nhưng gặp "${written}" (YAML đọc thành 20)`);
    expect(d!.en.hint).toMatch(/20\.5/);
  });

  it('accepts decimals and a leading zero', () => {
    expect(parsePlan(margins('20.5'), 'p.yaml').plan.layout.margins?.top).toBe(20.5);
    expect(parsePlan(margins('020'), 'p.yaml').plan.layout.margins?.top).toBe(20);
  });

  it('says the form, not "below the minimum", for a hexadecimal margin out of range; and names the missing sides', () => {
    const found = diagnosticsOf(withLayout('{ margins: { top: 0x10 } }')).map(({ path, en }) => `${path}: ${en.message} / ${en.hint}`);
    expect(found).toEqual([
      'layout.margins.bottom: a required field is missing: expected a number / margins needs all four sides, top, bottom, left and right ("bottom" is missing), or leave margins out for the default margins',
      'layout.margins.left: a required field is missing: expected a number / margins needs all four sides, top, bottom, left and right ("left" is missing), or leave margins out for the default margins',
      'layout.margins.right: a required field is missing: expected a number / margins needs all four sides, top, bottom, left and right ("right" is missing), or leave margins out for the default margins',
      'layout.margins.top: the top margin must be written in decimal notation, found "0x10" (YAML reads it as 16) / write the millimetres in the digits 0–9, with at most one decimal point, e.g. 20 or 20.5',
    ]);
  });
});

describe('the first-line indent as written', () => {
  it('refuses 1e0, accepts 1.27', () => {
    const [d] = diagnosticsOf(withLayout('{ firstLineIndent: 1e0 }'));
    expect(d).toMatchObject({ path: 'layout.firstLineIndent', line: 20, column: 28 });
    expect(d!.en.message).toBe('the first-line indent must be written in decimal notation, found "1e0" (YAML reads it as 1)');
    expect(parsePlan(withLayout('{ firstLineIndent: 1.27 }'), 'p.yaml').plan.layout.firstLineIndent).toBe(1.27);
  });
});

describe('the number, with another mistake in the plan', () => {
  it('is told by its form when written in hexadecimal, by the schema when negative', () => {
    const other = minimalPlanYaml.replace('archive: [VT]', 'archive: VT');
    expect(diagnosticsOf(other.replace('place:', 'number: 0x10\nplace:')).map((d) => d.en.message)).toContain(
      'the number must be written in decimal digits, found "0x10" (YAML reads it as 16)',
    );
    expect(diagnosticsOf(other.replace('place:', 'number: -3\nplace:')).map((d) => d.en.message)).toContain('the number "-3" must be a positive whole number');
  });
});
