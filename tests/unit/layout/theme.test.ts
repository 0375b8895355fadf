import { describe, expect, it } from '@jest/globals';
import { defaultMargins } from '../../../src/decree/page';
import { makeTheme } from '../../../src/layout/theme';

describe('makeTheme', () => {
  it('uses the 13/14 sizes by default profile', () => {
    const { sizesPt } = makeTheme({ sizes: '13/14', firstLineIndentCm: 1 });
    expect(sizesPt).toMatchObject({ agency: 13, number: 13, nation: 13, motto: 14, placeDate: 14, typeName: 14, summary: 14, body: 14, signer: 14, recipientsLabel: 12, recipients: 11 });
  });

  it('uses the 12/13 sizes', () => {
    const { sizesPt } = makeTheme({ sizes: '12/13', firstLineIndentCm: 1 });
    expect(sizesPt).toMatchObject({ nation: 12, motto: 13, placeDate: 13, number: 13, recipientsLabel: 12, recipients: 11, body: 13, agency: 12 });
  });

  it('takes Decree 30 margins unless given others', () => {
    expect(defaultMargins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(makeTheme({ sizes: '13/14', firstLineIndentCm: 1 }).marginsMm).toEqual(defaultMargins);
    const margins = { top: 25, bottom: 25, left: 35, right: 20 };
    expect(makeTheme({ sizes: '13/14', margins, firstLineIndentCm: 1 }).marginsMm).toEqual(margins);
  });

  it('is A4 with the first-line indent in mm and rules 1/3 to 1/2 of the text', () => {
    const theme = makeTheme({ sizes: '13/14', firstLineIndentCm: 1.27 });
    expect(theme.pageMm).toEqual({ width: 210, height: 297 });
    expect(theme.firstLineIndentMm).toBeCloseTo(12.7, 10);
    expect(makeTheme({ sizes: '13/14', firstLineIndentCm: 1 }).firstLineIndentMm).toBe(10);
    expect(theme.paragraphSpacingPt).toBeGreaterThanOrEqual(6);
    expect(theme.shortRuleShare).toBeGreaterThanOrEqual(1 / 3);
    expect(theme.shortRuleShare).toBeLessThanOrEqual(1 / 2);
  });
});
