// How many problems of one file are listed: a file with thousands of mistakes (a key pasted 10,000 times) gets the
// first ones in full and one line counting the rest, so that reporting them never takes longer than reading the file.
import { diagnostic, type Diagnostic } from '../errors';
import { say } from '../i18n/language';

export const maxDiagnostics = 100;

/** The line that ends a list cut at maxDiagnostics: it stands for the `count` problems not listed. */
export function moreDiagnostics(file: string, count: number): Diagnostic {
  const shown = count.toLocaleString('en-US');
  return {
    ...diagnostic(
      { file },
      'error',
      say(`… và ${shown.replace(/,/g, '.')} lỗi khác không liệt kê (mỗi tệp liệt kê tối đa ${maxDiagnostics} lỗi)`, `… and ${shown} more error(s) not listed (at most ${maxDiagnostics} are listed per file)`),
      say('sửa các lỗi trên rồi chạy lại để xem các lỗi còn lại', 'fix the errors above and run again to see the rest'),
    ),
    omitted: count,
  };
}

/** The first maxDiagnostics of `items` made into diagnostics by `make`, and a line counting the rest. */
export function limitDiagnostics<T>(file: string, items: readonly T[], make: (item: T) => Diagnostic): Diagnostic[] {
  const listed = items.slice(0, maxDiagnostics).map(make);
  return items.length > maxDiagnostics ? [...listed, moreDiagnostics(file, items.length - maxDiagnostics)] : listed;
}
