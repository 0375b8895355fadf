import { describe, expect, it } from '@jest/globals';
import { toRoman } from '../../../src/decree/roman-numerals';
import { headingLabel, headingText } from '../../../src/view/numbering';

describe('toRoman', () => {
  it('writes subtractive forms', () => {
    expect(toRoman(1)).toBe('I');
    expect(toRoman(4)).toBe('IV');
    expect(toRoman(9)).toBe('IX');
    expect(toRoman(14)).toBe('XIV');
    expect(toRoman(40)).toBe('XL');
    expect(toRoman(1994)).toBe('MCMXCIV');
  });
});

describe('headingLabel, decimal', () => {
  it('joins the counters with dots and ends with a dot', () => {
    expect(headingLabel('decimal', [1])).toBe('1.');
    expect(headingLabel('decimal', [4, 1])).toBe('4.1.');
    expect(headingLabel('decimal', [4, 1, 2])).toBe('4.1.2.');
  });
});

describe('headingLabel, roman', () => {
  it('uses Roman numerals for mục and digits for the second level', () => {
    expect(headingLabel('roman', [1])).toBe('I.');
    expect(headingLabel('roman', [4])).toBe('IV.');
    expect(headingLabel('roman', [4, 1])).toBe('1.');
    expect(headingLabel('roman', [2, 12])).toBe('12.');
  });

  it('uses the Vietnamese alphabet for điểm: đ included, f skipped', () => {
    const letters = [1, 2, 3, 4, 5, 6, 7].map((n) => headingLabel('roman', [1, 1, n]));
    expect(letters).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
    expect(headingLabel('roman', [1, 1, 10])).toBe('k)');
  });
});

describe('headingLabel, decimal-letters', () => {
  it('numbers the first two levels as decimal does and letters the third: 1., 1.1., a)', () => {
    expect(headingLabel('decimal-letters', [2])).toBe('2.');
    expect(headingLabel('decimal-letters', [2, 3])).toBe('2.3.');
    const letters = [1, 2, 3, 4, 5, 6, 7].map((n) => headingLabel('decimal-letters', [2, 3, n]));
    expect(letters).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
  });
});

describe('headingText', () => {
  it('capitalises Roman top-level headings with Vietnamese letters', () => {
    expect(headingText('roman', 1, 'mục đích, yêu cầu')).toBe('MỤC ĐÍCH, YÊU CẦU');
    expect(headingText('roman', 1, 'Tổ chức thực hiện')).toBe('TỔ CHỨC THỰC HIỆN');
  });

  it('leaves other headings as written', () => {
    expect(headingText('roman', 2, 'Mục đích')).toBe('Mục đích');
    expect(headingText('decimal', 1, 'Mục đích')).toBe('Mục đích');
  });
});
