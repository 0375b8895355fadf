// Điểm letters: the Vietnamese alphabet (đ after d; f, j, w, z left out), then doubled after y, never repeating a label.
import { describe, expect, it } from '@jest/globals';
import { headingLabel, pointLetter } from '../../../src/view/numbering';

describe('pointLetter', () => {
  it('runs a to y in the Vietnamese order', () => {
    const letters = Array.from({ length: 23 }, (_, i) => pointLetter(i + 1)).join(' ');
    expect(letters).toBe('a b c d đ e g h i k l m n o p q r s t u v x y');
  });

  it('goes on doubled after y, then tripled, so no two points share a label', () => {
    expect([24, 25, 27, 28, 46, 47].map(pointLetter)).toEqual(['aa', 'bb', 'dd', 'đđ', 'yy', 'aaa']);
    const labels = Array.from({ length: 100 }, (_, i) => pointLetter(i + 1));
    expect(new Set(labels).size).toBe(100);
  });

  it('letters the third level of decimal-letters and roman alike', () => {
    for (const scheme of ['decimal-letters', 'roman'] as const) {
      expect(headingLabel(scheme, [2, 1, 5])).toBe('đ)');
      expect(headingLabel(scheme, [2, 1, 23])).toBe('y)');
      expect(headingLabel(scheme, [2, 1, 24])).toBe('aa)');
    }
    expect(headingLabel('decimal', [2, 1, 24])).toBe('2.1.24.');
  });
});
