// The document types `plan init --type` starts, as its help lists them (key and name, two to a line), and the
// error for a type that is not one of them: bilingual, with the closest key and the whole list.
import { documentTypes } from '../decree/document-types';
import { UsageError } from '../errors';
import type { Language } from '../i18n/language';
import { closestWord, plainWord } from '../plan/closest-word';

/** "ke-hoach         Kế hoạch" … two entries a line, so that 29 types take 15 lines of help, not 29. */
export function documentTypeListHelp(language: Language): string {
  const keyWidth = Math.max(...documentTypes.map(({ key }) => key.length));
  const entries = documentTypes.map(({ key, name }) => `${key.padEnd(keyWidth)}  ${name}`);
  const entryWidth = Math.max(...entries.map((entry) => entry.length));
  const rows: string[] = [];
  for (let index = 0; index < entries.length; index += 2)
    rows.push(`  ${[entries[index]!.padEnd(entryWidth), entries[index + 1] ?? ''].join('   ').trimEnd()}`);
  const heading =
    language === 'en'
      ? 'Document types (--type), each with a commented starter that builds as it is:'
      : 'Loại văn bản (--type), loại nào cũng có tệp mẫu có ghi chú, dựng được ngay:';
  const example =
    language === 'en'
      ? '  $ plan init --type cong-van cv.yaml   write a starter Công văn to cv.yaml'
      : '  $ plan init --type cong-van cv.yaml   tạo tệp mẫu công văn cv.yaml';
  return `\n${heading}\n${rows.join('\n')}\n\n${language === 'en' ? 'Example:' : 'Ví dụ:'}\n${example}`;
}

/** A type that has no starter: the closest key (typed with or without diacritics, "quyết-định"), then every key. */
export function unknownTypeError(written: string, keys: readonly string[]): UsageError {
  const near = closestWord(written, keys) ?? closestWord(plainWord(written), keys);
  const list = keys.join(', ');
  return new UsageError(
    `không có loại văn bản "${written}"${near ? `; có phải "${near}"?` : '.'} Các loại: ${list}`,
    `there is no document type "${written}"${near ? `; did you mean "${near}"?` : '.'} The types: ${list}`,
  );
}
