import { describe, expect, it } from '@jest/globals';
import { parseFormats } from '../../../src/cli/build-command';
import { UsageError } from '../../../src/errors';

describe('parseFormats', () => {
  it('accepts docx, pdf or both, in any case and order', () => {
    expect(parseFormats('docx,pdf')).toEqual(['docx', 'pdf']);
    expect(parseFormats('PDF, docx')).toEqual(['docx', 'pdf']);
    expect(parseFormats('pdf')).toEqual(['pdf']);
    expect(parseFormats('docx,docx')).toEqual(['docx']);
  });

  it('rejects unknown or empty lists', () => {
    expect(() => parseFormats('xyz')).toThrow(UsageError);
    expect(() => parseFormats('docx,odt')).toThrow('định dạng không hợp lệ: "docx,odt"');
    expect(() => parseFormats(' , ')).toThrow(UsageError);
  });
});
