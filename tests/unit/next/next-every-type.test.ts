// `plan next` on the starter of each of the 29 document types (templates/starters/): next year's plan validates,
// every date (date, dates, and the form's own: validUntil, request, leave.from, leave.to) is one year on, and the
// checklist names only keys the plan has, the form's own among them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { documentTypes } from '../../../src/decree/document-types';
import { nextYear, shiftDate } from '../../../src/next/next-year';
import { parsePlan } from '../../../src/plan/load-plan';

const startersDir = path.join(__dirname, '..', '..', '..', 'templates', 'starters');

/** Every date of a plan by its path: the issue date, the named dates, and the forms' own date fields. */
function datesOf(plan: Record<string, unknown>): Record<string, string> {
  const found: Record<string, string> = { date: plan.date as string };
  for (const [name, value] of Object.entries((plan.dates as Record<string, string> | undefined) ?? {})) found[`dates.${name}`] = value;
  if (typeof plan.validUntil === 'string') found.validUntil = plan.validUntil;
  if (typeof plan.request === 'string') found.request = plan.request;
  const leave = plan.leave as { from: string; to: string } | undefined;
  if (leave) Object.assign(found, { 'leave.from': leave.from, 'leave.to': leave.to });
  return found;
}

/** The form's own keys its checklist must name. */
const named: Record<string, string[]> = {
  'quyet-dinh': ['articles', 'attachment'],
  'nghi-quyet': ['articles', 'authority'],
  'cong-van': ['subject', 'to'],
  'cong-dien': ['to'],
  'giay-moi': ['guests', 'event', 'time', 'venue'],
  'giay-gioi-thieu': ['person', 'sentTo', 'purpose'],
  'giay-nghi-phep': ['person', 'leave.kind'],
  'bien-ban': ['meeting', 'ended', 'signers'],
  'hop-dong': ['parties', 'signers'],
  'to-trinh': ['summary', 'to'],
  'phieu-gui': ['body'],
};

describe.each(documentTypes.map(({ key }) => [key]))('plan next on the %s starter', (key) => {
  const file = path.join(startersDir, `${key}.yaml`);
  const source = fs.readFileSync(file, 'utf8');
  const before = parsePlan(source, file).plan as unknown as Record<string, unknown>;
  const result = nextYear(source, file);
  const after = parsePlan(result.text, file).plan as unknown as Record<string, unknown>;

  it('writes a plan that validates, every date one year on', () => {
    const moved = Object.fromEntries(Object.entries(datesOf(before)).map(([name, value]) => [name, shiftDate(value)]));
    expect(datesOf(after)).toEqual(moved);
    expect(Object.keys(moved).length).toBeGreaterThan(0);
  });

  it('asks to review only keys the plan has, its form\'s own among them', () => {
    const keys = result.checklist.flatMap((item) => [...item.vi.matchAll(/\(([A-Za-z.,\s[\]0-9]+)\)/g)].flatMap((match) => match[1]!.split(/,\s*/)));
    expect(keys.filter((name) => !(name.replace(/[.[].*$/, '') in after))).toEqual([]);
    expect((named[key] ?? []).filter((name) => !keys.includes(name))).toEqual([]);
    // A form without a summary is never asked for one.
    if (!('summary' in after)) expect(keys).not.toContain('summary');
  });
});
