// Limits on a plan's shape, checked before validation so that absurd input ends fast with a clear message.
import { say, type Bilingual } from '../i18n/language';

export const maxAliases = 100;
/** No list in a plan comes near this; a longer one is a pasted or generated mistake. */
const maxListItems = 2000;
/** No group of keys comes near this either (a plan's largest, dates, holds a few dozen); more is pasted or generated. */
const maxKeys = 2000;
/** Sections nest at most "1.1.1." deep in practice; maps and lists inside them add a few levels more. */
const maxDepth = 24;

interface ShapeProblem {
  path: PropertyKey[];
  message: Bilingual;
  hint: Bilingual;
}

export function checkShape(value: unknown, path: PropertyKey[] = []): ShapeProblem | undefined {
  if (path.length > maxDepth)
    return {
      path,
      message: say(`lồng nhau quá sâu (hơn ${maxDepth} cấp)`, `nested too deeply (more than ${maxDepth} levels)`),
      hint: say('kế hoạch chỉ cần vài cấp mục; kiểm tra thụt lề', 'a plan needs only a few levels of sections; check the indentation'),
    };
  if (Array.isArray(value)) {
    if (value.length > maxListItems)
      return {
        path,
        message: say(`danh sách quá dài (${value.length} mục, tối đa ${maxListItems})`, `the list is too long (${value.length} items, at most ${maxListItems})`),
        hint: say('chia nội dung thành các mục nhỏ hơn', 'split the content into smaller sections'),
      };
    for (const [index, item] of value.entries()) {
      const problem = checkShape(item, [...path, index]);
      if (problem) return problem;
    }
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length > maxKeys)
      return {
        path,
        message: say(`nhóm có quá nhiều khóa (${entries.length} khóa, tối đa ${maxKeys})`, `the group has too many keys (${entries.length} keys, at most ${maxKeys})`),
        hint: say('kiểm tra thụt lề: các dòng "khóa: giá trị" này có lẽ thuộc về một danh sách hoặc đã bị chép lặp', 'check the indentation: these "key: value" lines may belong in a list, or were pasted many times'),
      };
    for (const [key, item] of entries) {
      const problem = checkShape(item, [...path, key]);
      if (problem) return problem;
    }
  }
  return undefined;
}
