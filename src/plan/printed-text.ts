// Text the document prints must show something: a heading, a name or a header line of only spaces (or of characters
// that print nothing) would come out as a blank, "1." alone. One test, used by the schema and after {{…}} expansion.
import { say, type Bilingual } from '../i18n/language';
import { parseInline, plainText } from '../model/parse-inline';

/** Spaces of every width, line ends, controls, invisible format characters, marks with no letter to sit on. */
const nothingToPrint = /^[\s\p{Z}\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]*$/u;

export function printsNothing(text: string): boolean {
  return nothingToPrint.test(text);
}

export const blankText: { message: Bilingual; hint: Bilingual } = {
  message: say(
    'chỉ có dấu cách hoặc ký tự không in ra được, văn bản sẽ in ra chỗ trống',
    'holds only spaces or characters that print nothing; the document would show a blank',
  ),
  hint: say('nhập nội dung, hoặc xóa cả dòng nếu trường này không bắt buộc', 'write something, or remove the line if the field is optional'),
};

/** Text read for **bold** and *italic* that prints nothing once its marks are taken as marks ("****", "** **"). */
export function printsNothingMarked(text: string): boolean {
  return printsNothing(plainText(parseInline(text)));
}

export const markupOnly: { message: Bilingual; hint: Bilingual } = {
  message: say(
    'chỉ có dấu đậm/nghiêng (** hoặc *) mà không có chữ, văn bản sẽ in ra chỗ trống',
    'holds only bold/italic marks (** or *) and no text; the document would show a blank',
  ),
  hint: say('viết chữ giữa các dấu, ví dụ **Lưu ý:**; muốn in dấu * thật thì viết \\*', 'write text between the marks, e.g. **Note:**; to print a "*" itself, write \\*'),
};
