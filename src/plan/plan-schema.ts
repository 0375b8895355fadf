// The zod schema of a plan file: every field a Kế hoạch needs, strict (unknown keys are errors), described for editors.
import { z } from 'zod';
import { authorityPrefixes } from '../decree/authority-prefixes';
import { documentTypeKeys } from '../decree/document-types';
import { issuerKindNames } from '../decree/issuer-kinds';
import { defaultMargins, marginRangesMm } from '../decree/page';
import { sizeProfileNames } from '../decree/size-profiles';
import { marks } from './marks-schema';
import { parseIssueDate } from './issue-date';
import { about, markedText, printedText } from './schema-text';
import { tableBlock } from './table-schema';

/** One line of text, or several lines given as a list (each list item starts a new line). */
const lines = z.union([
  printedText().meta(about('Một dòng', 'A single line')),
  z
    .array(printedText().meta(about('Một dòng', 'One line')))
    .min(1)
    .meta(about('Nhiều dòng, mỗi mục một dòng', 'Several lines, one per item')),
]);

/** A full calendar date "YYYY-MM-DD" that exists. */
const calendarDate = z
  .string()
  .regex(/^(19\d\d|[2-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'viết ngày dạng "2020-10-01", năm từ 1900 đến 9999')
  .refine((text) => parseIssueDate(text)?.day !== undefined, 'ngày này không có trong lịch');

/** A calendar date "YYYY-MM-DD", or "YYYY-MM" when the day is left blank for the signer. */
const issueDate = z
  .string()
  .regex(/^(19\d\d|[2-9]\d{3})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'viết ngày dạng "2020-09-18" (năm-tháng-ngày, năm từ 1900 đến 9999), hoặc "2020-09" để trống ngày')
  .refine((text) => parseIssueDate(text) !== undefined, 'ngày này không có trong lịch');

/** A paragraph of plan text. */
const paragraph = markedText()
  .meta(about('Một đoạn văn; có thể dùng **đậm** và *nghiêng*', 'One paragraph; may use **bold** and *italic*'));

/** An item of a "-" list: plain text, or text with a "+" sub-list under it. */
const listItem = z.union([
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

const listBlock = z
  .strictObject({
    list: z
      .array(listItem)
      .min(1)
      .meta(about('Các ý của danh sách; dấu "- " đầu dòng do máy tự thêm', 'Items of the list; the leading "- " is added for you')),
  })
  .meta(about('Danh sách gạch đầu dòng', 'A dash list'));

/** A signer: the authority and title lines (as authority/head/title or as lines), the name, a note, the other post. */
const signerObject = z
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
  });

export interface SectionInput {
  heading: string;
  content?: ContentInput[];
}
export type ContentInput = string | z.infer<typeof listBlock> | SectionInput | z.infer<typeof tableBlock>;

const section: z.ZodType<SectionInput> = z
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
const content: z.ZodType<ContentInput> = z
  .lazy(() => z.union([paragraph, listBlock, section, tableBlock]))
  .meta({
    id: 'content',
    ...about(
      'Một phần nội dung: đoạn văn, danh sách (list), mục có tên (heading) hoặc bảng (table)',
      'One piece of content: a paragraph, a list (list), a titled section (heading) or a table (table)',
    ),
  });

const recipient = z.union([
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

const defaultMarginsText = [defaultMargins.top, defaultMargins.bottom, defaultMargins.left, defaultMargins.right].join('/');

const margins = z.strictObject({
  top: margin('top', 'Lề trên', 'Top margin'),
  bottom: margin('bottom', 'Lề dưới', 'Bottom margin'),
  left: margin('left', 'Lề trái', 'Left margin'),
  right: margin('right', 'Lề phải', 'Right margin'),
});

/** A list of paragraphs (bases, opening, closing). */
const paragraphs = z.array(paragraph);

export const planSchema = z
  .strictObject({
    type: z
      .enum(documentTypeKeys)
      .meta(
        about(
          'Loại văn bản theo Phụ lục III Nghị định 30 (ke-hoach = Kế hoạch); chữ viết tắt của loại (KH) lấy từ bảng này',
          'Document type from Decree 30, Appendix III (ke-hoach = plan); its abbreviation (KH) comes from that table',
        ),
      ),
    agency: z
      .strictObject({
        kind: z
          .enum(issuerKindNames)
          .optional()
          .meta(
            about(
              'Loại cơ quan ban hành: nha-nuoc (mặc định: cơ quan nhà nước, trường học; quốc hiệu, tiêu ngữ), dang (văn bản của Đảng: "ĐẢNG CỘNG SẢN VIỆT NAM", dấu *, "Số 12-KH/HU", T/M, K/T), doan (Đoàn TNCS Hồ Chí Minh: "ĐOÀN TNCS HỒ CHÍ MINH", dấu ***, "Số: 225-KH/TWĐTN-CTTN")',
              'The kind of issuer: nha-nuoc (the default: state bodies and schools; national title and motto), dang (a Party document: "ĐẢNG CỘNG SẢN VIỆT NAM", the * mark, "Số 12-KH/HU", T/M, K/T), doan (the Hồ Chí Minh Communist Youth Union: "ĐOÀN TNCS HỒ CHÍ MINH", the *** mark, "Số: 225-KH/TWĐTN-CTTN")',
            ),
          ),
        parent: lines
          .optional()
          .meta(
            about(
              'Tên cơ quan, tổ chức chủ quản trực tiếp (nếu có), in trên tên cơ quan ban hành',
              'Name of the directly superior body (if any), printed above the issuing agency',
            ),
          ),
        name: lines.meta(about('Tên cơ quan, tổ chức ban hành văn bản, in hoa đậm', 'Name of the issuing agency, in bold capitals')),
        nameInText: printedText()
          .optional()
          .meta(
            about(
              'Tên cơ quan như viết trong câu (ví dụ "Sở Giáo dục và Đào tạo"), dùng ở dòng "(Kèm theo … của …)" của phụ lục; không ghi thì máy tự viết từ tên in hoa',
              'The agency\'s name as written in a sentence (e.g. "Sở Giáo dục và Đào tạo"), used in an appendix\'s "(Kèm theo … của …)" line; left out, it is written from the capitalized name',
            ),
          ),
        code: z
          .string()
          .regex(/^\S+$/, 'expected an abbreviation without spaces, such as "SGDĐT"')
          .meta(
            about(
              'Chữ viết tắt tên cơ quan ban hành, không có dấu cách, dùng trong số, ký hiệu (SGDĐT → Số: 05/KH-SGDĐT)',
              'Abbreviation of the issuing agency, without spaces, used in the document symbol (SGDĐT → Số: 05/KH-SGDĐT)',
            ),
          ),
        partner: z
          .strictObject({
            kind: z
              .enum(issuerKindNames)
              .optional()
              .meta(
                about(
                  'Loại cơ quan phối hợp (nha-nuoc, dang, doan), để kiểm tra cách ký của người ký bên trái; không ghi thì như cơ quan chủ trì',
                  "The partner's kind (nha-nuoc, dang, doan), by which its signer (on the left) is checked; left out, the lead agency's",
                ),
              ),
            parent: lines
              .optional()
              .meta(about('Cơ quan chủ quản của cơ quan phối hợp (nếu có)', "The partner agency's superior body (if any)")),
            name: lines.meta(about('Tên cơ quan phối hợp ban hành, in hoa đậm dưới tên cơ quan chủ trì', 'Name of the partner agency, in bold capitals under the lead agency')),
            nameInText: printedText()
              .optional()
              .meta(
                about(
                  'Tên cơ quan phối hợp như viết trong câu (ví dụ "Tỉnh đoàn Bình Định"), dùng ở dòng "(Kèm theo … của … và …)" của phụ lục; không ghi thì máy tự viết từ tên in hoa',
                  'The partner\'s name as written in a sentence (e.g. "Tỉnh đoàn Bình Định"), used in an appendix\'s "(Kèm theo … của … và …)" line; left out, it is written from the capitalized name',
                ),
              ),
            code: z
              .string()
              .regex(/^\S+$/, 'expected an abbreviation without spaces, such as "SGDĐT"')
              .meta(about('Chữ viết tắt của cơ quan phối hợp, sau chữ viết tắt của cơ quan chủ trì (Số: 01/KHLT-SGDĐT-TĐ)', "The partner's abbreviation, after the lead agency's (Số: 01/KHLT-SGDĐT-TĐ)")),
          })
          .optional()
          .meta(
            about(
              'Cơ quan thứ hai ban hành văn bản liên tịch (thử nghiệm): tên in dưới tên cơ quan chủ trì, ký hiệu KHLT-<cơ quan chủ trì>-<cơ quan phối hợp>, hai người ký (signers)',
              'The second issuer of a joint document (experimental): its name printed under the lead agency\'s, the symbol KHLT-<lead>-<partner>, two signers (signers)',
            ),
          ),
      })
      .meta(about('Cơ quan, tổ chức ban hành văn bản (góc trên bên trái)', 'The issuing agency (top left of the first page)')),
    number: z
      .number()
      .int()
      .positive()
      .optional()
      .meta(
        about(
          'Số của văn bản (số nhỏ hơn 10 có số 0 ở trước: 05); không ghi thì chừa trống để văn thư điền',
          'Document number (numbers below 10 get a leading zero: 05); leave it out to leave a blank for the registry',
        ),
      ),
    place: printedText()
      .meta(about('Địa danh ghi trước ngày tháng năm ban hành', 'Place name written before the issue date')),
    date: issueDate.meta(
      about(
        'Ngày ban hành dạng "2020-09-18" (năm-tháng-ngày), hoặc "2020-09" để trống ngày cho người ký điền',
        'Issue date as "2020-09-18" (year-month-day), or "2020-09" to leave the day blank for the signer',
      ),
    ),
    dates: z
      .record(
        z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'tên ngày chỉ gồm chữ không dấu, số và dấu _'),
        calendarDate.meta(about('Một ngày dạng "2020-10-01" (năm-tháng-ngày)', 'A date as "2020-10-01" (year-month-day)')),
      )
      .optional()
      .meta(
        about(
          'Các ngày của kế hoạch, đặt tên để dùng trong văn bản: {{longDate dates.khai_mac}} in "ngày 30 tháng 9 năm 2020", {{numericDate dates.khai_mac}} in "30/09/2020", {{weekday dates.khai_mac}} in "thứ Tư"; {{year}} là năm ban hành, {{schoolYear}} là năm học',
          'The plan\'s dates, named for use in its text: {{longDate dates.opening}} prints "ngày 30 tháng 9 năm 2020", {{numericDate dates.opening}} "30/09/2020", {{weekday dates.opening}} "thứ Tư"; {{year}} is the issue year, {{schoolYear}} the school year',
        ),
      ),
    schedule: z
      .array(z.string().min(1).meta(about('Tên một ngày trong dates', 'The name of a date in dates')))
      .optional()
      .meta(
        about(
          'Thứ tự các ngày của lịch thực hiện (tên trong dates): máy cảnh báo nếu một ngày sớm hơn ngày ban hành hoặc sai thứ tự',
          'The schedule, as names of dates in order: plan warns when a date is before the issue date or out of order',
        ),
      ),
    summary: lines.meta(
      about(
        'Trích yếu nội dung văn bản, in dưới tên loại văn bản (dưới chữ "KẾ HOẠCH")',
        'Summary of the document (trích yếu), printed under the type name ("KẾ HOẠCH")',
      ),
    ),
    bases: paragraphs
      .optional()
      .meta(about('Các căn cứ ban hành, mỗi mục một đoạn "Căn cứ ...", in nghiêng', 'Legal bases, one "Căn cứ ..." paragraph per item, in italics')),
    opening: paragraphs.optional().meta(about('Các đoạn mở đầu, trước mục thứ nhất', 'Opening paragraphs, before the first section')),
    numbering: z
      .enum(['decimal', 'roman', 'decimal-letters'])
      .default('decimal')
      .meta(
        about(
          'Cách đánh số mục: decimal (1., 1.1., 1.1.1., mặc định), roman (I., 1., a)) hoặc decimal-letters (1., 1.1., a))',
          'Section numbering: decimal (1., 1.1., 1.1.1., the default), roman (I., 1., a)) or decimal-letters (1., 1.1., a))',
        ),
      ),
    body: z
      .array(content)
      .min(1)
      .meta(
        about(
          'Nội dung chính: các mục (heading), đoạn văn và danh sách; số thứ tự mục do máy tự đánh',
          'Main content: sections (heading), paragraphs and lists; section numbers are added for you',
        ),
      ),
    closing: paragraphs.optional().meta(about('Các đoạn kết, sau nội dung chính', 'Closing paragraphs, after the main content')),
    recipients: z
      .array(recipient)
      .min(1)
      .meta(
        about(
          'Nơi nhận, mỗi mục một nơi; dấu "- " đầu dòng và dấu ";" cuối dòng do máy tự thêm',
          'Recipients (Nơi nhận), one per item; the leading "- " and the trailing ";" are added for you',
        ),
      ),
    archive: z
      .array(printedText().meta(about('Một nơi lưu: VT hoặc chữ viết tắt của đơn vị', 'One archive unit: VT or a unit abbreviation')))
      .min(1)
      .meta(
        about(
          'Dòng "Lưu:" cuối Nơi nhận: VT (Văn thư) và đơn vị soạn thảo, ví dụ [VT, P.GDTX] → "- Lưu: VT, P.GDTX."',
          'The "Lưu:" (archive) line ending the recipients: VT (the registry) and the drafting unit, e.g. [VT, P.GDTX] → "- Lưu: VT, P.GDTX."',
        ),
      ),
    signer: signerObject
      .optional()
      .meta(about('Người ký: thẩm quyền, chức vụ, họ tên (góc dưới bên phải); văn bản liên tịch dùng signers', 'The signer: authority, title and name (bottom right); a joint document uses signers')),
    signers: z
      .array(signerObject.meta(about('Một người ký: thẩm quyền, chức vụ, họ tên', 'One signer: authority, title and name')))
      .length(2)
      .optional()
      .meta(
        about(
          'Hai người ký cạnh nhau (văn bản liên tịch, cần agency.partner): người thứ nhất bên trái, người thứ hai bên phải; cơ quan chủ trì ký bên phải',
          'Two signers side by side (a joint document, needs agency.partner): the first on the left, the second on the right; the lead agency signs on the right',
        ),
      ),
    appendices: z
      .array(
        z
          .strictObject({
            title: lines
              .optional()
              .meta(about('Tên phụ lục, in hoa đậm dưới chữ "Phụ lục I"; một dòng hoặc danh sách dòng', 'Title of the appendix, in bold capitals under "Phụ lục I"; one line or a list of lines')),
            landscape: z
              .boolean()
              .default(false)
              .meta(about('true: trang nằm ngang (A4 297 × 210 mm), cho bảng rộng', 'true: landscape pages (A4 297 × 210 mm), for wide tables')),
            content: z
              .array(content)
              .min(1)
              .meta(about('Nội dung phụ lục: đoạn văn, danh sách, mục (như body)', 'Content of the appendix: paragraphs, lists, sections (as in body)')),
          })
          .meta(about('Một phụ lục: bắt đầu trang mới, số trang riêng', 'One appendix: starts a new page, numbers its own pages')),
      )
      .min(1)
      .optional()
      .meta(
        about(
          'Các phụ lục kèm theo, sau chữ ký; trong văn bản gọi đến bằng {{appendix 1}} (in "Phụ lục I", hoặc "Phụ lục" khi chỉ có một)',
          'Appendices, after the signature; the text refers to them as {{appendix 1}} (prints "Phụ lục I", or "Phụ lục" when there is only one)',
        ),
      ),
    marks: marks.optional(),
    layout: z
      .strictObject({
        sizes: z
          .enum(sizeProfileNames)
          .default(sizeProfileNames[0])
          .meta(
            about(
              'Bộ cỡ chữ: "13/14" (mặc định: tên cơ quan, quốc hiệu cỡ 13, nội dung cỡ 14) hoặc "12/13"',
              'Font size profile: "13/14" (the default: agency and national title 13 pt, body 14 pt) or "12/13"',
            ),
          ),
        margins: margins
          .optional()
          .meta(
            about(
              `Lề trang, đơn vị mm, trong khoảng Nghị định 30 cho phép; không ghi thì dùng ${defaultMarginsText}`,
              `Page margins in mm, within the ranges of Decree 30; left out, ${defaultMarginsText} is used`,
            ),
          ),
        firstLineIndent: z
          .union([z.literal(1), z.literal(1.27)])
          .default(1)
          .meta(about('Thụt đầu dòng của đoạn văn, đơn vị cm: 1 (mặc định) hoặc 1.27', 'First-line indent of paragraphs in cm: 1 (the default) or 1.27')),
      })
      .default({ sizes: '13/14', firstLineIndent: 1 })
      .meta(about('Trình bày: cỡ chữ, lề trang, thụt đầu dòng', 'Layout: font sizes, page margins, first-line indent')),
    metadata: z
      .strictObject({
        author: printedText()
          .optional()
          .meta(
            about(
              'Tác giả ghi trong thuộc tính tệp; mặc định là tên cơ quan ban hành',
              'Author written in the file properties; defaults to the issuing agency name',
            ),
          ),
      })
      .optional()
      .meta(about('Thuộc tính của tệp DOCX và PDF, không in ra văn bản', 'Properties of the DOCX and PDF files, not printed')),
  })
  // One signer or two (signers): one of the two keys is required, said as the schema says a missing key. Run also
  // when other fields are wrong, so that every problem is reported at once.
  .superRefine(
    (plan, context) => {
      if (plan !== null && typeof plan === 'object' && plan.signer === undefined && plan.signers === undefined)
        context.addIssue({ code: 'invalid_type', expected: 'object', input: undefined, path: ['signer'] });
    },
    { when: () => true },
  )
  .meta({
    title: 'Kế hoạch (plan)',
    ...about(
      'Tệp kế hoạch của công cụ plan: nội dung một văn bản hành chính theo Nghị định 30/2020/NĐ-CP',
      'A plan file for the plan tool: the content of an administrative document laid out per Decree 30/2020/NĐ-CP',
    ),
  });

export type Plan = z.infer<typeof planSchema>;
export type ListItemInput = z.infer<typeof listItem>;
