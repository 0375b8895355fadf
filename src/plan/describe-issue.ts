// Turns a zod issue into a sentence and hint a clerk can act on, in Vietnamese and English.
import type { z } from 'zod';
import { say, type Bilingual } from '../i18n/language';
import { marginRangesMm } from '../decree/page';
import { closestWord, plainWord } from './closest-word';
import { documentTypes, findDocumentType, type DocumentType } from '../decree/document-types';
import { typeSchemas } from './plan-schema';
import { blankText, markupOnly } from './printed-text';
import { daysInMonth, firstYear, lastYear, parseIssueDate } from './issue-date';
import { describeCounterpartKey, describeMissingKey, describeMissingPart } from './missing-keys';

export interface IssueText {
  message: Bilingual;
  hint?: Bilingual;
}

const typeNames: Record<string, Bilingual> = {
  string: say('một đoạn chữ', 'a piece of text'),
  number: say('một số', 'a number'),
  int: say('một số nguyên', 'a whole number'),
  array: say('một danh sách (các dòng bắt đầu bằng "- ")', 'a list (lines starting with "- ")'),
  object: say('một nhóm khóa (các dòng "khóa: giá trị" thụt vào)', 'a group of keys (indented "key: value" lines)'),
  boolean: say('đúng/sai (true/false)', 'true or false'),
};

function describeValue(value: unknown): Bilingual {
  if (value === undefined) return say('không có gì', 'nothing');
  if (value === null) return say('giá trị rỗng', 'an empty value');
  if (Array.isArray(value)) return say('một danh sách', 'a list');
  if (typeof value === 'object') return say('một nhóm khóa', 'a group of keys');
  const shown = String(value).length > 60 ? `${String(value).slice(0, 57)}...` : String(value);
  return say(`"${shown}"`, `"${shown}"`);
}

const dateHint = say(
  'viết ngày dạng "2020-09-18" (năm-tháng-ngày, trong ngoặc kép), hoặc "2020-09" để trống ngày',
  'write the date as "2020-09-18" (year-month-day, in quotes), or "2020-09" to leave the day blank',
);

/** A form's own dates, written in full (a giấy giới thiệu's validUntil, a giấy nghỉ phép's request and leave). */
const fullDateHint = say('viết ngày dạng "2026-07-31" (năm-tháng-ngày, trong ngoặc kép)', 'write the date as "2026-07-31" (year-month-day, in quotes)');
const isFormDate = (path: ReadonlyArray<PropertyKey>) =>
  (path.length === 1 && (path[0] === 'validUntil' || path[0] === 'request')) || (path.length === 2 && path[0] === 'leave' && (path[1] === 'from' || path[1] === 'to'));

/** For a date that does not exist: how many days its month has. */
function monthLengthHint(value: unknown): Bilingual {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})/.exec(value) : null;
  if (!match) return dateHint;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return say('tháng phải từ 01 đến 12', 'the month must be 01 to 12');
  const days = daysInMonth(year, month);
  return say(`tháng ${month} năm ${year} có ${days} ngày`, `month ${month} of ${year} has ${days} days`);
}

function formatIssue(path: ReadonlyArray<PropertyKey>, value: unknown): IssueText {
  const v = describeValue(value);
  const formDate = isFormDate(path);
  if (path[path.length - 1] === 'date' || path[path.length - 2] === 'dates' || formDate) {
    const year = typeof value === 'string' ? /^(\d{4})-\d{2}(-\d{2})?$/.exec(value)?.[1] : undefined;
    if (year !== undefined && (Number(year) < firstYear || Number(year) > lastYear))
      return {
        message: say(`ngày ${v.vi} có năm ${year} ngoài khoảng ${firstYear}–${lastYear}`, `the date ${v.en} has the year ${year}, outside ${firstYear}–${lastYear}`),
        hint: say(`năm của mọi ngày trong kế hoạch phải từ ${firstYear} đến ${lastYear}; kiểm tra lại năm`, `every date of a plan has a year from ${firstYear} to ${lastYear}; check the year`),
      };
    if (year !== undefined && !parseIssueDate(value as string))
      return { message: say(`ngày ${v.vi} không có trong lịch`, `the date ${v.en} does not exist`), hint: monthLengthHint(value) };
    return { message: say(`ngày ${v.vi} sai dạng`, `the date ${v.en} is not in the expected form`), hint: formDate ? fullDateHint : dateHint };
  }
  if (path[path.length - 1] === 'code')
    return {
      message: say(`chữ viết tắt ${v.vi} có dấu cách`, `the abbreviation ${v.en} contains spaces`),
      hint: say('viết liền, ví dụ "SGDĐT"', 'write it without spaces, e.g. "SGDĐT"'),
    };
  if (path[path.length - 1] === 'initials')
    return {
      message: say(`chữ viết tắt tên người soạn thảo ${v.vi} sai dạng`, `the drafter's initials ${v.en} are not in the expected form`),
      hint: say('1 đến 8 chữ in hoa, không dấu chấm, ví dụ PL (in "PL.(300)")', '1 to 8 capital letters, without a period, e.g. PL (printed "PL.(300)")'),
    };
  return { message: say(`giá trị ${v.vi} sai dạng`, `the value ${v.en} is not in the expected form`) };
}

/**
 * `typeKey`: the plan's document type (or the one it most likely means), for keys another type has: "the key to is not
 * used in a Kế hoạch".
 */
export function describeIssue(issue: z.core.$ZodIssue & { misspeltKey?: string }, value: unknown, siblingKeys: string[], path: ReadonlyArray<PropertyKey>, typeKey?: string): IssueText {
  const v = describeValue(value);
  // A key missing at the root is said by the type that needs it, with the line to add.
  const missingAtRoot = value === undefined && path.length === 1 && typeKey !== undefined && ['invalid_type', 'invalid_union', 'invalid_value'].includes(issue.code);
  const missingInForm = value === undefined && typeKey !== undefined && path.length > 1 && ['invalid_type', 'invalid_union', 'invalid_value'].includes(issue.code);
  const missing = missingAtRoot ? describeMissingKey(String(path[0]), typeKey) : missingInForm ? describeMissingPart(path, typeKey) : undefined;
  if (missing) return missing;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? say(issue.expected, issue.expected);
      if (value === undefined)
        return {
          message: say(`thiếu trường bắt buộc, cần ${expected.vi}`, `a required field is missing: expected ${expected.en}`),
          // margins is all or nothing: one side written makes the other three required.
          hint: path[path.length - 2] === 'margins'
            ? say(
                `margins cần đủ bốn lề top, bottom, left, right (thiếu "${String(path[path.length - 1])}"), hoặc bỏ cả margins để dùng lề mặc định`,
                `margins needs all four sides, top, bottom, left and right ("${String(path[path.length - 1])}" is missing), or leave margins out for the default margins`,
              )
            : say('thêm trường này vào kế hoạch (tệp mẫu do "plan init" tạo có đủ các trường)', 'add this field to the plan (the starter written by "plan init" has every field)'),
        };
      // marks.draft is true, false or a number; zod names only the first of them.
      if (path.join('.') === 'marks.draft')
        return {
          message: say(`cần true, false hoặc một số, nhưng gặp ${v.vi}`, `expected true, false or a number, found ${v.en}`),
          hint: say('viết draft: true ("DỰ THẢO") hoặc số lần dự thảo, ví dụ draft: 2 ("DỰ THẢO LẦN 2")', 'write draft: true ("DỰ THẢO") or the draft\'s number, e.g. draft: 2 ("DỰ THẢO LẦN 2")'),
        };
      if (issue.expected === 'int')
        return { message: say(`cần một số nguyên dương, nhưng gặp ${v.vi}`, `expected a positive whole number, found ${v.en}`) };
      if (path[path.length - 1] === 'number')
        return { message: say(`cần ${expected.vi}, nhưng gặp ${v.vi}`, `expected ${expected.en}, found ${v.en}`), hint: numberLineHint(value) ?? rangeHint(path) };
      // "- Câu kết thúc bằng:" reads as a key with no value: the clerk meant a sentence.
      const looksLikeSentence =
        issue.expected === 'string' && value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((item) => item === null);
      return {
        message: say(`cần ${expected.vi}, nhưng gặp ${v.vi}`, `expected ${expected.en}, found ${v.en}`),
        hint: looksLikeSentence
          ? say('câu có dấu ":" ở cuối hoặc ": " ở giữa phải đặt trong ngoặc kép "..."', 'a text ending in ":" or containing ": " must be put in double quotes "..."')
          : undefined,
      };
    }
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      // "summary" where a Công văn has "subject": not a misspelling, the other form's key.
      const counterpart =
        issue.misspeltKey !== undefined && path.length === 1 && typeKey !== undefined && !closestWord(key, [issue.misspeltKey])
          ? describeCounterpartKey(key, issue.misspeltKey, typeKey)
          : undefined;
      if (counterpart) return counterpart;
      if (issue.misspeltKey !== undefined)
        return {
          message: say(
            `thiếu khóa bắt buộc "${issue.misspeltKey}"; khóa "${key}" ở đây có lẽ là nó, viết sai`,
            `the required key "${issue.misspeltKey}" is missing; the key "${key}" here is probably it, misspelt`,
          ),
          hint: say(`sửa "${key}" thành "${issue.misspeltKey}"`, `rename "${key}" to "${issue.misspeltKey}"`),
        };
      // A cell is text (or a number), not a container: a table in a cell is said as such.
      if (key === 'table' && path.slice(0, -1).includes('table'))
        return {
          message: say('bảng không được đặt trong một ô của bảng', 'a table cannot stand inside a table cell'),
          hint: say(
            'đặt bảng này sau bảng kia, hoặc viết nội dung ô bằng chữ; một ô có text, colspan, rowspan, align',
            'put this table after the other one, or write the cell as text; a cell takes text, colspan, rowspan, align',
          ),
        };
      const suggestion = closestWord(key, siblingKeys);
      const elsewhere = path.length === 1 && typeKey !== undefined ? otherTypesWithKey(key, typeKey) : [];
      if (elsewhere.length > 0) {
        const type = findDocumentType(typeKey!);
        // A key most types have is told by the few that lack it.
        const lacking = documentTypes.filter((other) => other.key !== typeKey && !elsewhere.includes(other));
        const most = elsewhere.length > lacking.length;
        const names = (most ? lacking : elsewhere).map((other) => `${other.name} (${other.key})`).join(', ');
        const whereVi = most ? (lacking.length ? `mọi loại văn bản khác trừ ${names}` : 'mọi loại văn bản khác') : names;
        const whereEn = most ? (lacking.length ? `every other document type but ${names}` : 'every other document type') : names;
        return {
          message: say(`${type.name} (type: ${type.key}) không có khóa "${key}"`, `a ${type.name} (type: ${type.key}) has no key "${key}"`),
          hint: say(
            `khóa "${key}" dùng trong: ${whereVi}; ${suggestion ? `có phải ý bạn là "${suggestion}"?` : `các khóa của ${type.name}: ${siblingKeys.join(', ')}`}`,
            `the key "${key}" belongs to: ${whereEn}; ${suggestion ? `did you mean "${suggestion}"?` : `the keys of a ${type.name}: ${siblingKeys.join(', ')}`}`,
          ),
        };
      }
      // YAML reads "null:", "~:" and ":" alone as one empty key.
      const named = key === '' ? say('khóa rỗng (null, ~ hoặc không có gì trước dấu ":")', 'an empty key (null, ~ or nothing before the ":")') : say(`khóa "${key}"`, `the key "${key}"`);
      return {
        message: say(`${named.vi} không được phép ở đây`, `${named.en} is not allowed here`),
        hint: suggestion
          ? say(`có phải ý bạn là "${suggestion}"?`, `did you mean "${suggestion}"?`)
          : say(`các khóa được phép: ${siblingKeys.join(', ')}`, `allowed keys: ${siblingKeys.join(', ')}`),
      };
    }
    case 'invalid_value': {
      const list = (empty: string) => issue.values.map((value) => (value === '' ? empty : String(value))).join(', ');
      if (value === undefined)
        return {
          message: say('thiếu trường bắt buộc', 'a required field is missing'),
          hint: say(`thêm trường này vào kế hoạch; giá trị được phép: ${list('(để trống)')}`, `add this field to the plan; allowed values: ${list('(empty)')}`),
        };
      const allowed = issue.values.map(String).filter(Boolean);
      // A known type that is not issued with a decision: said by its name, with the ones that are.
      if (path.join('.') === 'attachment.type' && typeof value === 'string' && documentTypes.some((type) => type.key === value))
        return {
          message: say(`${findDocumentType(value).name} không phải văn bản ban hành kèm theo quyết định`, `a ${findDocumentType(value).name} is not a document issued with a decision`),
          hint: say(`văn bản kèm theo là một trong: ${allowed.map((key) => `${findDocumentType(key).name} (${key})`).join(', ')}`, `the attached document is one of: ${allowed.map((key) => `${findDocumentType(key).name} (${key})`).join(', ')}`),
        };
      // "đảng", "nhà nước": the value written with its accents and spaces is read as the plain word too.
      const closest = typeof value === 'string' ? (closestWord(value, allowed) ?? closestWord(plainWord(value), allowed)) : undefined;
      // A document type is named with it: "cong-van" (Công văn).
      const suggestion = closest === undefined ? undefined : path.join('.') === 'type' ? `"${closest}" (${findDocumentType(closest).name})` : `"${closest}"`;
      return {
        message: say(`giá trị ${v.vi} không hợp lệ`, `the value ${v.en} is not allowed`),
        hint: say(
          (suggestion ? `có phải ý bạn là ${suggestion}? ` : '') + `giá trị được phép: ${list('(để trống)')}`,
          (suggestion ? `did you mean ${suggestion}? ` : '') + `allowed values: ${list('(empty)')}`,
        ),
      };
    }
    case 'too_small':
      if (path[path.length - 1] === 'number')
        return { message: say(`số văn bản ${v.vi} phải là số nguyên dương`, `the number ${v.en} must be a positive whole number`), hint: rangeHint(path) };
      if (issue.origin === 'string')
        return {
          message: say('không được để trống', 'must not be empty'),
          hint: say('nhập nội dung, hoặc xóa cả dòng nếu trường này không bắt buộc', 'write something, or remove the line if the field is optional'),
        };
      if (issue.origin === 'array')
        return { message: say(`danh sách cần ít nhất ${String(issue.minimum)} mục`, `the list needs at least ${String(issue.minimum)} item(s)`) };
      // A positive number (executingArticle) has an exclusive minimum 0: 0 itself is not "below" it.
      if (issue.inclusive === false)
        return { message: say(`giá trị ${v.vi} phải lớn hơn ${String(issue.minimum)}`, `the value ${v.en} must be greater than ${String(issue.minimum)}`), hint: rangeHint(path) };
      return {
        message: say(`giá trị ${v.vi} nhỏ hơn mức tối thiểu ${String(issue.minimum)}`, `the value ${v.en} is below the minimum ${String(issue.minimum)}`),
        hint: rangeHint(path),
      };
    case 'too_big':
      if (issue.origin === 'array')
        return {
          message: say(`danh sách có nhiều nhất ${String(issue.maximum)} mục`, `the list holds at most ${String(issue.maximum)} item(s)`),
          ...(path[0] === 'signers' ? { hint: say('signers ghi đúng hai người ký: người bên trái, rồi người bên phải', 'signers holds exactly two signers: the one on the left, then the one on the right') } : {}),
        };
      return {
        message: say(`giá trị ${v.vi} lớn hơn mức tối đa ${String(issue.maximum)}`, `the value ${v.en} is above the maximum ${String(issue.maximum)}`),
        hint: rangeHint(path),
      };
    case 'invalid_format':
    case 'custom':
      if (issue.code === 'custom' && issue.params?.blank) return blankText;
      if (issue.code === 'custom' && issue.params?.markupOnly) return markupOnly;
      return formatIssue(path, value);
    case 'invalid_union':
      if (value === undefined)
        return {
          message: say('thiếu trường bắt buộc', 'a required field is missing'),
          hint: say('thêm trường này vào kế hoạch (tệp mẫu do "plan init" tạo có đủ các trường)', 'add this field to the plan (the starter written by "plan init" has every field)'),
        };
      return {
        message: say(`giá trị ${v.vi} không đúng dạng nào được phép ở đây`, `the value ${v.en} has none of the forms allowed here`),
        hint: say('xem chỗ tương ứng trong tệp mẫu do "plan init" tạo', 'see the same place in the starter written by "plan init"'),
      };
    default:
      return { message: say(issue.message, issue.message) };
  }
}

/** The whole number line typed as the number ("Số: 12-KH/HU"): say that plan writes it, the Party's without a colon. */
function numberLineHint(value: unknown): Bilingual | undefined {
  if (typeof value !== 'string' || !/[/:]|^\s*số/i.test(value)) return undefined;
  const digits = /\d+/.exec(value)?.[0] ?? '12';
  return say(
    `chỉ ghi số: number: ${digits}; máy viết dòng số từ agency.kind, type và agency.code ("Số: ${digits}/KH-SGDĐT", văn bản Đảng "Số ${digits}-KH/HU", không có dấu hai chấm)`,
    `write the number only: number: ${digits}; plan writes the number line from agency.kind, type and agency.code ("Số: ${digits}/KH-SGDĐT", on a Party document "Số ${digits}-KH/HU", without a colon)`,
  );
}

/** A margin's range as the decree writes it, "20–25" (top and bottom share one). */
const range = (side: keyof typeof marginRangesMm) => marginRangesMm[side].join('–');

/** Margins and the number have ranges from the decree; say them. */
function rangeHint(path: ReadonlyArray<PropertyKey>): Bilingual | undefined {
  if (path.includes('margins'))
    return say(
      `Nghị định 30: lề trên, dưới ${range('top')} mm; lề trái ${range('left')} mm; lề phải ${range('right')} mm`,
      `Decree 30: top and bottom margins ${range('top')} mm, left ${range('left')} mm, right ${range('right')} mm`,
    );
  if (path[path.length - 1] === 'number') return say('số văn bản là số nguyên dương, ví dụ 5 (in ra "05")', 'the number is a positive whole number, e.g. 5 (printed "05")');
  return undefined;
}

/** The other document types whose schema has this key at the root. */
function otherTypesWithKey(key: string, typeKey: string): DocumentType[] {
  return documentTypes.filter((type) => type.key !== typeKey && Object.hasOwn(typeSchemas.get(type.key)!.shape, key));
}
