import { describe, expect, it } from '@jest/globals';
import { formatDiagnostic } from '../../../src/cli/format-diagnostic';

describe('formatDiagnostic', () => {
  it('prints file:line:column, the message, the source line with a marker and the hint', () => {
    const text = formatDiagnostic({
      file: 'plans/2020.yaml',
      line: 12,
      column: 7,
      path: 'type',
      severity: 'error',
      message: 'giá trị "x" không hợp lệ',
      hint: 'giá trị được phép: ke-hoach',
      en: { message: 'the value "x" is not allowed', hint: 'allowed values: ke-hoach' },
      sourceLine: 'type: x',
    });
    expect(text.split('\n')).toEqual([
      'plans/2020.yaml:12:7  lỗi: giá trị "x" không hợp lệ (tại type)',
      '  12 | type: x',
      `${' '.repeat(13)}^`, // under the "x": 2 + "12 | ".length + 6
      '  gợi ý: giá trị được phép: ke-hoach',
    ]);
  });

  it('prints a warning without a location', () => {
    expect(formatDiagnostic({ file: 'p.yaml', severity: 'warning', message: 'đã tự chuẩn hóa', en: { message: 'normalized' } })).toBe(
      'p.yaml  cảnh báo: đã tự chuẩn hóa',
    );
  });

  it('shows tabs in the source line as spaces', () => {
    const text = formatDiagnostic({ file: 'p.yaml', line: 5, column: 1, severity: 'error', message: 'Tab', en: { message: 'Tab' }, sourceLine: '\tcode: X' });
    expect(text.split('\n').slice(1)).toEqual(['  5 |  code: X', '      ^']);
  });

  it('prints the English sentence and labels in English', () => {
    const text = formatDiagnostic(
      { file: 'p.yaml', line: 2, column: 1, path: 'date', severity: 'error', message: 'ngày sai', hint: 'gợi ý', en: { message: 'bad date', hint: 'a hint' } },
      'en',
    );
    expect(text.split('\n')[0]).toBe('p.yaml:2:1  error: bad date (at date)');
    expect(text.split('\n')[1]).toBe('  hint: a hint');
  });
});
