import { describe, expect, it } from '@jest/globals';
import { ExpressionError, fillExpressions, type TextContext } from '../../../src/plan/fill-expressions';

const context = (count: number): TextContext => ({ year: 2021, schoolYear: '2021-2022', date: '2021-03-05', dates: {}, appendices: { count, named: new Set() } });

describe('{{appendix N}} in plan text', () => {
  it('prints "Phụ lục" for the only appendix and Roman numerals when there are several, and records what was named', () => {
    expect(fillExpressions('(chi tiết tại {{appendix 1}} kèm theo)', context(1))).toBe('(chi tiết tại Phụ lục kèm theo)');
    const three = context(3);
    expect(fillExpressions('{{appendix 1}}, {{ appendix 3 }}', three)).toBe('Phụ lục I, Phụ lục III');
    expect([...three.appendices!.named].sort()).toEqual([1, 3]);
  });

  it.each([
    ['{{appendix 4}}', 3, 'refers to appendix 4, but the plan has 3'],
    ['{{appendix 1}}', 0, 'refers to appendix 1, but the plan has 0'],
    ['{{appendix 0}}', 2, 'appendix takes exactly one number'],
    ['{{appendix}}', 2, 'appendix takes exactly one number'],
    ['{{appendix I}}', 2, 'appendix takes exactly one number'],
    ['{{appendix 1 2}}', 2, 'appendix takes exactly one number'],
  ])('%s with %i appendices is an error', (text, count, message) => {
    try {
      fillExpressions(text, context(count));
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ExpressionError);
      expect((error as ExpressionError).text.en).toContain(message);
      expect((error as ExpressionError).text.vi).not.toBe((error as ExpressionError).text.en);
    }
  });
});
