import { describe, expect, it } from '@jest/globals';
import { eighths, halfPoints, lineMultiple, twips } from '../../../../src/render/docx/units';

describe('DOCX units', () => {
  it('converts points to twips, rounding', () => {
    expect(twips(14)).toBe(280);
    expect(twips(0)).toBe(0);
    expect(twips(85.0393700787)).toBe(1701); // 30 mm
    expect(twips(-17.0078740157)).toBe(-340); // a negative table indent
  });

  it('converts points to half-points', () => {
    expect(halfPoints(14)).toBe(28);
    expect(halfPoints(13)).toBe(26);
    expect(halfPoints(11)).toBe(22);
  });

  it('converts border widths to eighths of a point, at least 2', () => {
    expect(eighths(0.5)).toBe(4);
    expect(eighths(1)).toBe(8);
    expect(eighths(0.1)).toBe(2);
  });

  it('writes line spacing in 240ths of a line', () => {
    expect(lineMultiple(1)).toBe(240);
    expect(lineMultiple(1.15)).toBe(276);
    expect(lineMultiple(1.5)).toBe(360);
  });
});
