import { describe, expect, it } from '@jest/globals';
import { blankDay, dayText, longDate, monthText } from '../../../src/view/vietnamese-date';

describe('Decree 30 zero rule', () => {
  it('pads days below 10 to two digits', () => {
    expect(dayText(5)).toBe('05');
    expect(dayText(1)).toBe('01');
    expect(dayText(10)).toBe('10');
    expect(dayText(31)).toBe('31');
  });

  it('pads only January and February', () => {
    expect(monthText(1)).toBe('01');
    expect(monthText(2)).toBe('02');
    expect(monthText(3)).toBe('3');
    expect(monthText(9)).toBe('9');
    expect(monthText(10)).toBe('10');
    expect(monthText(12)).toBe('12');
  });
});

describe('longDate', () => {
  it('words a full date', () => {
    expect(longDate({ year: 2025, month: 2, day: 5 })).toBe('ngày 05 tháng 02 năm 2025');
    expect(longDate({ year: 2020, month: 9, day: 18 })).toBe('ngày 18 tháng 9 năm 2020');
    expect(longDate({ year: 2021, month: 12, day: 1 })).toBe('ngày 01 tháng 12 năm 2021');
  });

  it('leaves a dotted blank when the day is missing', () => {
    expect(blankDay).toBe('....');
    expect(longDate({ year: 2020, month: 9 })).toBe('ngày .... tháng 9 năm 2020');
    expect(longDate({ year: 2020, month: 1 })).toBe('ngày .... tháng 01 năm 2020');
  });
});
