import { describe, expect, it } from '@jest/globals';
import { ascent, descent, singleLineHeight } from '../../../src/fonts/font-metrics';
import { lineBox } from '../../../src/layout/line-box';

describe('lineBox', () => {
  const single = singleLineHeight(14);

  it('is one font line high for single spacing, the descent below the baseline', () => {
    const box = lineBox(14, { rule: 'multiple', value: 1 });
    expect(box.heightPt).toBeCloseTo(single, 10);
    expect(box.heightPt - box.baselinePt).toBeCloseTo(descent(14), 10);
    expect(box.baselinePt).toBeGreaterThanOrEqual(ascent(14));
  });

  it('grows a multiple line by its factor, keeping the baseline of a single line', () => {
    const box = lineBox(14, { rule: 'multiple', value: 1.5 });
    expect(box.heightPt).toBeCloseTo(single * 1.5, 10);
    expect(box.baselinePt).toBeCloseTo(lineBox(14, { rule: 'multiple', value: 1 }).baselinePt, 10);
  });

  it('keeps the descent at the bottom of an exact line', () => {
    const box = lineBox(14, { rule: 'exact', pt: 3 });
    expect(box.heightPt).toBe(3);
    expect(box.heightPt - box.baselinePt).toBeCloseTo(descent(14), 10);
  });

  it('scales with the font size', () => {
    expect(lineBox(28, { rule: 'multiple', value: 1 }).heightPt).toBeCloseTo(2 * single, 10);
  });
});
