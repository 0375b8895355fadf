import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { nextFileName, nextYear, shiftDate } from '../../../src/next/next-year';
import { parsePlan } from '../../../src/plan/load-plan';
import { minimalPlanYaml } from '../fixtures';
import { textPlan } from '../../helpers/text-plan';

const repoRoot = path.join(__dirname, '..', '..', '..');
const seedFile = path.join(repoRoot, 'plans', '2020.yaml');
const seed = fs.readFileSync(seedFile, 'utf8');

describe('shiftDate', () => {
  it('moves a date one year on, same day and month', () => {
    expect(shiftDate('2020-10-01')).toBe('2021-10-01');
    expect(shiftDate('2020-09')).toBe('2021-09');
  });

  it('turns 29 February into 28 February, and keeps it in a leap year', () => {
    expect(shiftDate('2020-02-29')).toBe('2021-02-28');
    expect(shiftDate('2023-02-28')).toBe('2024-02-28');
  });
});

describe('nextFileName', () => {
  it('replaces the year in the name, or appends the next one', () => {
    expect(nextFileName(path.join('plans', '2020.yaml'), 2020)).toBe(path.join('plans', '2021.yaml'));
    expect(nextFileName('ke-hoach.yaml', 2020)).toBe('ke-hoach-2021.yaml');
  });
});

describe('nextYear on plans/2020.yaml', () => {
  const result = nextYear(seed, seedFile);
  const before = seed.split('\n');
  const after = result.text.split('\n');

  it('changes only the dates and drops the "(Đã ký)" note; comments and order stay byte for byte', () => {
    expect(after.length).toBe(before.length - 1);
    const changed = before.filter((line) => !after.includes(line));
    expect(changed.every((line) => /^\s*(date|[a-z_]+): "2020-\d{2}(-\d{2})?"|note: \(Đã ký\)/.test(line))).toBe(true);
    expect(changed).toHaveLength(11);
    expect(after.filter((line) => line.trimStart().startsWith('#'))).toEqual(before.filter((line) => line.trimStart().startsWith('#')));
    expect(result.text).toContain('date: "2021-09"');
    expect(result.text).toContain('bat_dau: "2021-10-01"             # ngày đầu Tuần lễ');
  });

  it('gives a plan that validates, with its year and dates one year on', () => {
    const { plan } = parsePlan(result.text, 'plans/2021.yaml');
    expect(textPlan(plan).summary).toBe('Tổ chức “Tuần lễ hưởng ứng học tập suốt đời năm 2021”');
    expect(plan.signer!.note).toBeUndefined();
    expect(JSON.stringify(textPlan(plan).body)).toContain('từ ngày 01/10/2021 đến ngày 07/10/2021');
    expect(JSON.stringify(plan)).not.toMatch(/\b2020\b/);
  });

  it('lists what a person must review: the bases, the theme, the signer, dates on weekends', () => {
    const items = result.checklist.map((item) => item.vi);
    expect(items).toContain('căn cứ (bases): văn bản căn cứ của năm mới');
    expect(items).toContain('người ký (signer): họ tên và chức vụ');
    expect(items).toContain('dates.du_thao_den: 25/09/2021 rơi vào thứ Bảy; xem lại ngày này');
    expect(items).toContain('ghi chú "(Đã ký)" (signer.note): đã xóa');
  });
});

describe('nextYear on a joint plan of two signers', () => {
  const joint = fs.readFileSync(path.join(repoRoot, 'plans', '2024-lien-tich-sgddt-tinh-doan.yaml'), 'utf8');
  const signed = joint.replace('    name: Lê Thị Thu Hà\n', '    name: Lê Thị Thu Hà\n    note: (Đã ký)\n');

  it('names the signers key and each "(Đã ký)" note it removed by its place', () => {
    expect(signed).not.toBe(joint);
    const result = nextYear(signed, 'p.yaml');
    const items = result.checklist.map((item) => item.vi);
    expect(items).toContain('người ký (signers): họ tên và chức vụ');
    expect(items).toContain('ghi chú "(Đã ký)" (signers[0].note): đã xóa');
    expect(result.text).not.toContain('(Đã ký)');
  });
});

describe('nextYear on a plan with comments, a number, 29 February and a hand-typed year', () => {
  const source = minimalPlanYaml
    .replace('date: "2020-09-18"', 'number: 12   # số do Văn thư cấp\ndate: "2020-02-29"   # ngày ký\ndates: { hop: "2020-02-29", bao_cao: "2020-03-02" }')
    .replace('summary: Tổ chức Tuần lễ học tập', 'summary: Tổ chức Tuần lễ học tập năm 2020');
  const result = nextYear(source, 'p.yaml');

  it('moves 29 February to 28 February, removes the number line, keeps the comments', () => {
    expect(result.text).toContain('date: "2021-02-28"   # ngày ký');
    expect(result.text).toContain('dates: { hop: "2021-02-28", bao_cao: "2021-03-02" }');
    expect(result.text).not.toContain('number:');
    expect(parsePlan(result.text, 'p.yaml').plan.number).toBeUndefined();
  });

  it('says so, and points at the year typed by hand', () => {
    const items = result.checklist.map((item) => item.en);
    expect(items).toContain('date: 29 February does not exist next year; moved to 28 February');
    expect(items).toContain('number: removed, the registry assigns a new one');
    expect(items.some((item) => /^line 10: the year "2020" typed by hand/.test(item))).toBe(true);
  });
});
