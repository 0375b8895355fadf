import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildDate, buildLoadedPlan, outputPath } from '../../src/pipeline';
import { parsePlan } from '../../src/plan/load-plan';
import { makePlan, minimalPlanYaml } from './fixtures';

describe('outputPath', () => {
  it('names the output after the plan file, inside the output folder', () => {
    expect(outputPath('out', 'plans/2020.yaml', 'pdf')).toBe(path.join('out', '2020.pdf'));
    expect(outputPath('ban-in', '../x/../../ke-hoach.yml', 'docx')).toBe(path.join('ban-in', 'ke-hoach.docx'));
  });
});

describe('buildDate', () => {
  it('uses the plan date at midnight UTC, the first of the month when the day is blank', () => {
    expect(buildDate(makePlan({ date: '2020-09-18' })).toISOString()).toBe('2020-09-18T00:00:00.000Z');
    expect(buildDate(makePlan({ date: '2020-09' })).toISOString()).toBe('2020-09-01T00:00:00.000Z');
  });

  it('prefers SOURCE_DATE_EPOCH', () => {
    expect(buildDate(makePlan(), 0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(buildDate(makePlan(), 1600387200).toISOString()).toBe('2020-09-18T00:00:00.000Z');
  });
});

describe('buildLoadedPlan', () => {
  it('builds the same DOCX bytes twice and passes the warnings on', async () => {
    const loaded = parsePlan(minimalPlanYaml.replace('Hà Nội', 'Ha\u0300 Nô\u0323i'), 'p.yaml');
    const first = await buildLoadedPlan(loaded, { formats: ['docx'] });
    const second = await buildLoadedPlan(loaded, { formats: ['docx'] });
    expect(first.documents.map((d) => d.format)).toEqual(['docx']);
    expect(first.documents[0]!.bytes.equals(second.documents[0]!.bytes)).toBe(true);
    expect(first.warnings).toHaveLength(1);
  });
});
