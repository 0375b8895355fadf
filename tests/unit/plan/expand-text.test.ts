import { describe, expect, it } from '@jest/globals';
import { PlanError } from '../../../src/errors';
import { parsePlan } from '../../../src/plan/load-plan';
import { minimalPlanYaml } from '../fixtures';
import { textPlan } from '../../helpers/text-plan';

const withDates = (summary: string, extra = '') =>
  minimalPlanYaml
    .replace('date: "2020-09-18"', `date: "2020-09-18"\ndates:\n  khai_mac: "2020-10-01"\n  tong_ket: "2020-10-08"\n${extra}`)
    .replace('summary: Tổ chức Tuần lễ học tập', `summary: "${summary}"`);

function diagnostics(source: string) {
  try {
    parsePlan(source, 'p.yaml');
  } catch (error) {
    return (error as PlanError).diagnostics;
  }
  throw new Error('accepted');
}

describe('text expressions', () => {
  it('word dates and years from the plan data', () => {
    const { plan } = parsePlan(
      withDates('{{longDate dates.khai_mac}}|{{dayMonthYear dates.khai_mac}}|{{numericDate dates.khai_mac}}|{{dayMonth dates.tong_ket}}|{{weekday dates.khai_mac}}|{{year}}|{{schoolYear}}'),
      'p.yaml',
    );
    expect(textPlan(plan).summary).toBe('ngày 01 tháng 10 năm 2020|01 tháng 10 năm 2020|01/10/2020|08/10|thứ Năm|2020|2020-2021');
  });

  it('leave text without expressions alone, and write "{{" when escaped', () => {
    const { plan } = parsePlan(withDates('a & <b> \\\\{{c}}'), 'p.yaml');
    expect(textPlan(plan).summary).toBe('a & <b> {{c}}');
  });

  it('report an unknown name with its line and the names that exist', () => {
    const [d] = diagnostics(withDates('{{longDate dates.khai_mak}}'));
    expect(d).toMatchObject({ line: 12, path: 'summary', message: 'biểu thức dùng tên không có: "khai_mak"' });
    expect(d!.hint).toContain('dates.khai_mac');
  });

  it('report an unknown helper and a malformed expression', () => {
    expect(diagnostics(withDates('{{ngay dates.khai_mac}}'))[0]!.message).toBe('biểu thức dùng tên không có: "ngay"');
    expect(diagnostics(withDates('{{year'))[0]!.message).toMatch(/^biểu thức \{\{…\}\} viết sai/);
  });

  it('reject a date that does not exist in dates', () => {
    const [d] = diagnostics(withDates('x', '  sai: "2021-02-29"\n'));
    expect(d).toMatchObject({ path: 'dates.sai', message: 'ngày "2021-02-29" không có trong lịch' });
  });
});

describe('schedule', () => {
  it('warns when a scheduled date is before the issue date or out of order', () => {
    const source = withDates('x', 'schedule: [tong_ket, khai_mac]\n').replace('khai_mac: "2020-10-01"', 'khai_mac: "2020-09-01"');
    const { warnings } = parsePlan(source, 'p.yaml');
    expect(warnings.map((w) => w.message)).toEqual([
      'ngày "khai_mac" (2020-09-01) sớm hơn ngày ban hành (2020-09-18)',
      '"khai_mac" (2020-09-01) đứng sau "tong_ket" (2020-10-08) nhưng sớm hơn',
    ]);
  });

  it('is an error when it names a date that does not exist', () => {
    const [d] = diagnostics(withDates('x', 'schedule: [khai_mac, tong_ket, tongket]\n'));
    expect(d).toMatchObject({ path: 'schedule.2', message: 'lịch thực hiện nhắc tới ngày "tongket" không có trong dates', hint: 'có phải ý bạn là "tong_ket"?' });
  });
});
