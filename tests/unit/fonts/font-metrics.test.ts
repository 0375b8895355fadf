import { describe, expect, it } from '@jest/globals';
import { ascent, descent, missingCharacters, singleLineHeight, textWidth } from '../../../src/fonts/font-metrics';

const regular = { bold: false, italic: false };
const bold = { bold: true, italic: false };

describe('font metrics (Tinos)', () => {
  it('measures advance widths without kerning, in points', () => {
    expect(textWidth('x', regular, 14)).toBe(7);
    expect(textWidth('xx', regular, 14)).toBe(14);
    expect(textWidth('x', regular, 28)).toBe(14);
    expect(textWidth('', regular, 14)).toBe(0);
  });

  it('measures bold wider than regular', () => {
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    expect(textWidth(text, bold, 13)).toBeGreaterThan(textWidth(text, regular, 13));
  });

  it('gives a single line of ascent + descent + gap, scaling with the size', () => {
    expect(singleLineHeight(14)).toBeGreaterThan(ascent(14) + descent(14) - 1e-9);
    expect(singleLineHeight(28)).toBeCloseTo(2 * singleLineHeight(14), 10);
    expect(ascent(14)).toBeGreaterThan(descent(14));
  });

  it('lists the characters the font cannot draw, once each', () => {
    expect(missingCharacters('Tiếng Việt: ă â đ ê ô ơ ư ỹ', regular)).toEqual([]);
    expect(missingCharacters('a 中 b 中', regular)).toEqual(['中']);
  });
});
