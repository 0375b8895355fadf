import { describe, expect, it } from '@jest/globals';
import { parseInline, plainText } from '../../../src/model/parse-inline';

const plain = (text: string) => ({ text, bold: false, italic: false });

describe('parseInline', () => {
  it('reads bold and italic marks', () => {
    expect(parseInline('**đậm** và *nghiêng*')).toEqual([
      { text: 'đậm', bold: true, italic: false },
      plain(' và '),
      { text: 'nghiêng', bold: false, italic: true },
    ]);
  });

  it('nests bold inside italic', () => {
    expect(parseInline('*a **b** c*')).toEqual([
      { text: 'a ', bold: false, italic: true },
      { text: 'b', bold: true, italic: true },
      { text: ' c', bold: false, italic: true },
    ]);
  });

  it('keeps a lone asterisk literal', () => {
    expect(parseInline('2 * 3 = 6')).toEqual([plain('2 * 3 = 6')]);
    expect(parseInline('*')).toEqual([plain('*')]);
    expect(parseInline('*a*b*')).toEqual([{ text: 'a', bold: false, italic: true }, plain('b*')]);
  });

  it('reads escaped asterisks and backslashes literally', () => {
    expect(parseInline('a \\* b')).toEqual([plain('a * b')]);
    expect(parseInline('\\*không nghiêng\\*')).toEqual([plain('*không nghiêng*')]);
    expect(parseInline('a \\\\ b')).toEqual([plain('a \\ b')]);
  });

  it('keeps HTML-like characters and braces literal', () => {
    expect(parseInline('a & <b> {{c}}')).toEqual([plain('a & <b> {{c}}')]);
  });

  it('returns no runs for empty text and merges equal neighbours', () => {
    expect(parseInline('')).toEqual([]);
    expect(parseInline('a**b**')).toEqual([plain('a'), { text: 'b', bold: true, italic: false }]);
    expect(parseInline('a****b')).toEqual([plain('ab')]);
  });
});

describe('plainText', () => {
  it('joins the runs without marks', () => {
    expect(plainText(parseInline('Kế hoạch **nhằm** *mục đích*'))).toBe('Kế hoạch nhằm mục đích');
  });
});

describe('parseInline: unmatched double marks', () => {
  it('keeps "**" that opens and closes nothing, as in footnote marks', () => {
    expect(plainText(parseInline('Ghi chú (*) và (**)'))).toBe('Ghi chú (*) và (**)');
    expect(plainText(parseInline('5 ** 2'))).toBe('5 ** 2');
  });
});
