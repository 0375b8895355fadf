// Turns a zod issue into a Vietnamese sentence and hint a clerk can act on.
import type { z } from 'zod';
import { closestWord } from './closest-word';

export interface IssueText {
  message: string;
  hint?: string;
  /** Point at the key rather than its value (unknown keys). */
  atKey?: boolean;
}

const typeNames: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  array: 'một danh sách (các dòng bắt đầu bằng "- ")',
  object: 'một nhóm khóa (các dòng "khóa: giá trị" thụt vào)',
  boolean: 'đúng/sai (true/false)',
};

function describeValue(value: unknown): string {
  if (value === undefined) return 'không có gì';
  if (value === null) return 'giá trị rỗng';
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'object') return 'một nhóm khóa';
  return `"${String(value)}"`;
}

export function describeIssue(issue: z.core.$ZodIssue, value: unknown, siblingKeys: string[]): IssueText {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (value === undefined) return { message: `thiếu trường bắt buộc, cần ${expected}`, hint: 'thêm trường này vào kế hoạch' };
      return { message: `cần ${expected}, nhưng gặp ${describeValue(value)}` };
    }
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const suggestion = closestWord(key, siblingKeys);
      return {
        message: `khóa "${key}" không được phép ở đây`,
        hint: suggestion ? `có phải ý bạn là "${suggestion}"?` : `các khóa được phép: ${siblingKeys.join(', ')}`,
        atKey: true,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => (v === '' ? '(để trống)' : String(v)));
      const suggestion = typeof value === 'string' ? closestWord(value, issue.values.map(String)) : undefined;
      return {
        message: `giá trị ${describeValue(value)} không hợp lệ`,
        hint: (suggestion ? `có phải ý bạn là "${suggestion}"? ` : '') + `giá trị được phép: ${allowed.join(', ')}`,
      };
    }
    case 'too_small':
      if (issue.origin === 'string') return { message: 'không được để trống', hint: 'nhập nội dung hoặc xóa cả dòng nếu trường này không bắt buộc' };
      if (issue.origin === 'array') return { message: `danh sách cần ít nhất ${String(issue.minimum)} mục` };
      return { message: `giá trị ${describeValue(value)} nhỏ hơn mức tối thiểu ${String(issue.minimum)}` };
    case 'too_big':
      return { message: `giá trị ${describeValue(value)} lớn hơn mức tối đa ${String(issue.maximum)}` };
    case 'invalid_format':
      return { message: `giá trị ${describeValue(value)} sai dạng`, hint: issue.message };
    case 'invalid_union':
      return { message: `giá trị ${describeValue(value)} không đúng dạng nào được phép`, hint: 'xem ví dụ trong plans/2020.yaml' };
    default:
      return { message: issue.message };
  }
}
