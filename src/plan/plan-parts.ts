// The pieces every document type's schema is made of: lines, dates, paragraphs, lists, sections, signers, recipients.
import { z } from 'zod';
import { authorityPrefixes } from '../decree/authority-prefixes';
import { defaultMargins, marginRangesMm } from '../decree/page';
import { parseIssueDate } from './issue-date';
import { about, markedText, printedText } from './schema-text';
import { tableBlock } from './table-schema';

/** One line of text, or several lines given as a list (each list item starts a new line). */
export const lines = z.union([
  printedText().meta(about('Một dòng', 'A single line')),
  z
    .array(printedText().meta(about('Một dòng', 'One line')))
    .min(1)
    .meta(about('Nhiều dòng, mỗi mục một dòng', 'Several lines, one per item')),
]);

/** A full calendar date "YYYY-MM-DD" that exists. */
export const calendarDate = z
  .string()
  .regex(/^(19\d\d|[2-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'viết ngày dạng "2020-10-01", năm từ 1900 đến 9999')
  .refine((text) => parseIssueDate(text)?.day !== undefined, 'ngày này không có trong lịch');

/** A calendar date "YYYY-MM-DD", or "YYYY-MM" when the day is left blank for the signer. */
export const issueDate = z
  .string()
  .regex(/^(19\d\d|[2-9]\d{3})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'viết ngày dạng "2020-09-18" (năm-tháng-ngày, năm từ 1900 đến 9999), hoặc "2020-09" để trống ngày')
  .refine((text) => parseIssueDate(text) !== undefined, 'ngày này không có trong lịch');

/** A paragraph of plan text. */
export const paragraph = markedText()
  .meta(about('Một đoạn văn; có thể dùng **đậm** và *nghiêng*', 'One paragraph; may use **bold** and *italic*'));

/** An item of a "-" list: plain text, or text with a "+" sub-list under it. */
export const listItem = z.union([
  markedText().meta(about('Một ý, in sau dấu "- "', 'One item, printed after "- "')),
  z
    .strictObject({
      text: markedText().meta(about('Nội dung ý, in sau dấu "- "', 'Text of the item, printed after "- "')),
      list: z
        .array(markedText().meta(about('Một ý con, in sau dấu "+ "', 'One sub-item, printed after "+ "')))
        .min(1)
        .meta(about('Các ý con; dấu "+ " đầu dòng do máy tự thêm', 'Sub-items; the leading "+ " is added for you')),
    })
    .meta(about('Một ý có danh sách con', 'An item with a sub-list')),
]);

export const listBlock = z
  .strictObject({
    list: z
      .array(listItem)
      .min(1)
      .meta(about('Các ý của danh sách; dấu "- " đầu dòng do máy tự thêm', 'Items of the list; the leading "- " is added for you')),
  })
  .meta(about('Danh sách gạch đầu dòng', 'A dash list'));

/** A signer: the authority and title lines (as authority/head/title or as lines), the name, a note, the other post. */
export const signerObject = z
  .strictObject({
    authority: z
      .enum(authorityPrefixes)
      .default('')
      .meta(
        about(
          'Thẩm quyền ký: để trống khi người đứng đầu ký; KT. (ký thay), TM. (thay mặt tập thể), TL. (thừa lệnh), TUQ. (thừa ủy quyền), Q. (quyền)',
          'Signing authority: empty when the head signs; KT. (for the head), TM. (for a collective body), TL. (by order), TUQ. (by authorization), Q. (acting)',
        ),
      ),
    head: printedText()
      .optional()
      .meta(
        about(
          'Chức vụ người đứng đầu hoặc tên tập thể, in sau thẩm quyền ký (KT. GIÁM ĐỐC); cần khi có KT., TM., TL. hoặc TUQ.',
          "The head's title or the collective body, printed after the authority (KT. GIÁM ĐỐC); needed with KT., TM., TL. or TUQ.",
        ),
      ),
    title: printedText()
      .optional()
      .meta(about('Chức vụ của người ký, in hoa (ví dụ PHÓ GIÁM ĐỐC); cần khi không dùng lines', "The signer's own title, printed in capitals (e.g. PHÓ GIÁM ĐỐC); needed unless lines are given")),
    lines: z
      .array(printedText().meta(about('Một dòng thẩm quyền, chức vụ (KT. CHỦ TỊCH)', 'One line of authority or title (KT. CHỦ TỊCH)')))
      .min(1)
      .optional()
      .meta(
        about(
          'Các dòng thẩm quyền và chức vụ, in hoa theo thứ tự, thay cho authority/head/title: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]; dòng cuối là chức vụ người ký',
          "The authority and title lines, printed in capitals in order, instead of authority/head/title: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]; the last line is the signer's own title",
        ),
      ),
    otherPost: printedText()
      .optional()
      .meta(
        about(
          'Chức vụ khác của người ký (ô 7b), in đậm như đã viết, giữa khoảng trống để ký và họ tên, ví dụ "Ủy viên Ban Thường vụ Tỉnh ủy"',
          'The signer\'s other post (box 7b), printed bold as written, between the signature space and the name, e.g. "Ủy viên Ban Thường vụ Tỉnh ủy"',
        ),
      ),
    name: printedText().optional().meta(about('Họ và tên người ký', "The signer's full name")),
    note: printedText()
      .optional()
      .meta(about('Ghi chú trong khoảng trống để ký, ví dụ "(Đã ký)" ở bản sao', 'A note in the signature space, e.g. "(Đã ký)" on a copy')),
  })
  // The signer's title is required unless its lines are given; said as the schema says a missing key.
  .superRefine((signer, context) => {
    if (signer.title === undefined && signer.lines === undefined)
      context.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['title'] });
  })
  // One definition in the JSON Schema, which signer and each of signers refer to.
  .meta({ id: 'signer' });

export interface SectionInput {
  heading: string;
  content?: ContentInput[];
}
export type ContentInput = string | z.infer<typeof listBlock> | SectionInput | z.infer<typeof tableBlock>;

export const section: z.ZodType<SectionInput> = z
  .lazy(() =>
    z.strictObject({
      heading: markedText()
        .meta(
          about(
            'Tên mục, không ghi số thứ tự (máy tự đánh số 1., 1.1. hoặc I., 1., a))',
            'Section heading without its number (1., 1.1. or I., 1., a) are added for you)',
          ),
        ),
      content: z
        .array(content)
        .optional()
        .meta(about('Nội dung của mục: đoạn văn, danh sách và mục con', 'Content of the section: paragraphs, lists and sub-sections')),
    }),
  )
  .meta({
    id: 'section',
    ...about('Một mục của kế hoạch: tên mục và nội dung, có thể chứa mục con', 'A section of the plan: its heading and content, which may hold sub-sections'),
  });
export const content: z.ZodType<ContentInput> = z
  .lazy(() => z.union([paragraph, listBlock, section, tableBlock]))
  .meta({
    id: 'content',
    ...about(
      'Một phần nội dung: đoạn văn, danh sách (list), mục có tên (heading) hoặc bảng (table)',
      'One piece of content: a paragraph, a list (list), a titled section (heading) or a table (table)',
    ),
  });

export const recipient = z.union([
  printedText().meta(about('Tên nơi nhận', 'Name of the recipient')),
  z
    .strictObject({
      name: printedText().meta(about('Tên nơi nhận', 'Name of the recipient')),
      purpose: printedText()
        .meta(
          about(
            'Mục đích gửi, in trong ngoặc sau tên (ví dụ "để b/c", "để thực hiện")',
            'Purpose of sending, printed in brackets after the name (e.g. "để b/c", "để thực hiện")',
          ),
        ),
    })
    .meta(about('Nơi nhận có ghi chú mục đích, ví dụ "Giám đốc (để b/c)"', 'A recipient with its purpose, e.g. "Giám đốc (để b/c)"')),
]);

/** One margin, within the decree's range (from the theme). */
function margin(side: keyof typeof marginRangesMm, vi: string, en: string) {
  const [least, most] = marginRangesMm[side];
  return z.number().min(least).max(most).meta(about(`${vi}, từ ${least} đến ${most} mm`, `${en}, ${least} to ${most} mm`));
}

export const defaultMarginsText = [defaultMargins.top, defaultMargins.bottom, defaultMargins.left, defaultMargins.right].join('/');

export const margins = z.strictObject({
  top: margin('top', 'Lề trên', 'Top margin'),
  bottom: margin('bottom', 'Lề dưới', 'Bottom margin'),
  left: margin('left', 'Lề trái', 'Left margin'),
  right: margin('right', 'Lề phải', 'Right margin'),
});

/** A list of paragraphs (bases, opening, closing). */
export const paragraphs = z.array(paragraph);

export type ListItemInput = z.infer<typeof listItem>;
