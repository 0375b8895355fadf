import { describe, expect, it } from '@jest/globals';
import { parseIssueDate } from '../../../src/plan/issue-date';

describe('parseIssueDate', () => {
  it('parses a full date', () => {
    expect(parseIssueDate('2020-09-18')).toEqual({ year: 2020, month: 9, day: 18 });
  });

  it('knows leap years', () => {
    expect(parseIssueDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseIssueDate('2021-02-29')).toBeUndefined();
    expect(parseIssueDate('1900-02-29')).toBeUndefined();
    expect(parseIssueDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it('rejects days and months that do not exist', () => {
    expect(parseIssueDate('2020-13')).toBeUndefined();
    expect(parseIssueDate('2020-00')).toBeUndefined();
    expect(parseIssueDate('2020-04-31')).toBeUndefined();
    expect(parseIssueDate('2020-04-00')).toBeUndefined();
  });

  it('returns year and month without a day for "YYYY-MM"', () => {
    const date = parseIssueDate('2020-09');
    expect(date).toEqual({ year: 2020, month: 9 });
    expect(date).not.toHaveProperty('day');
  });

  it('rejects other shapes', () => {
    expect(parseIssueDate('2020-9-1')).toBeUndefined();
    expect(parseIssueDate('18/09/2020')).toBeUndefined();
    expect(parseIssueDate(' 2020-09-18')).toBeUndefined();
    expect(parseIssueDate('')).toBeUndefined();
  });
});
