// The top-level fields of a plan shared by the document types: issuer, number, place and date, dates, recipients,
// signers, marks, page set-up, file properties; and the content fields of the forms that have a body.
import { z } from 'zod';
import { issuerKindNames } from '../decree/issuer-kinds';
import { sizeProfileNames } from '../decree/size-profiles';
import { marks } from './marks-schema';
import { about, printedText } from './schema-text';
import { calendarDate, content, defaultMarginsText, issueDate, lines, margins, paragraphs, recipient, signerObject } from './plan-parts';

export const agencyField = z
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
  .meta({
    id: 'agency',
    ...about(
      'Cơ quan, tổ chức ban hành văn bản (góc trên bên trái)',
      'The issuing agency (top left of the first page)',
    ),
  });

export const numberField = z
  .number()
  .int()
  .positive()
  .optional()
  .meta({
    id: 'number',
    ...about(
      'Số của văn bản (số nhỏ hơn 10 có số 0 ở trước: 05); không ghi thì chừa trống để văn thư điền',
      'Document number (numbers below 10 get a leading zero: 05); leave it out to leave a blank for the registry',
    ),
  });

export const placeField = printedText()
  .meta({
    id: 'place',
    ...about('Địa danh ghi trước ngày tháng năm ban hành', 'Place name written before the issue date'),
  });

export const dateField = issueDate.meta({
  id: 'date',
  ...about(
    'Ngày ban hành dạng "2020-09-18" (năm-tháng-ngày), hoặc "2020-09" để trống ngày cho người ký điền',
    'Issue date as "2020-09-18" (year-month-day), or "2020-09" to leave the day blank for the signer',
  ),
});

export const datesField = z
  .record(
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'tên ngày chỉ gồm chữ không dấu, số và dấu _'),
    calendarDate.meta(about('Một ngày dạng "2020-10-01" (năm-tháng-ngày)', 'A date as "2020-10-01" (year-month-day)')),
  )
  .optional()
  .meta({
    id: 'dates',
    ...about(
      'Các ngày của kế hoạch, đặt tên để dùng trong văn bản: {{longDate dates.khai_mac}} in "ngày 30 tháng 9 năm 2020", {{numericDate dates.khai_mac}} in "30/09/2020", {{weekday dates.khai_mac}} in "thứ Tư"; {{year}} là năm ban hành, {{schoolYear}} là năm học',
      'The plan\'s dates, named for use in its text: {{longDate dates.opening}} prints "ngày 30 tháng 9 năm 2020", {{numericDate dates.opening}} "30/09/2020", {{weekday dates.opening}} "thứ Tư"; {{year}} is the issue year, {{schoolYear}} the school year',
    ),
  });

export const scheduleField = z
  .array(z.string().min(1).meta(about('Tên một ngày trong dates', 'The name of a date in dates')))
  .optional()
  .meta({
    id: 'schedule',
    ...about(
      'Thứ tự các ngày của lịch thực hiện (tên trong dates): máy cảnh báo nếu một ngày sớm hơn ngày ban hành hoặc sai thứ tự',
      'The schedule, as names of dates in order: plan warns when a date is before the issue date or out of order',
    ),
  });

export const summaryField = lines.meta({
  id: 'summary',
  ...about(
    'Trích yếu nội dung văn bản, in dưới tên loại văn bản (ví dụ dưới chữ "KẾ HOẠCH")',
    'Summary of the document (trích yếu), printed under the type name (e.g. under "KẾ HOẠCH")',
  ),
});

export const basesField = paragraphs
  .optional()
  .meta({
    id: 'bases',
    ...about(
      'Các căn cứ ban hành, mỗi mục một đoạn "Căn cứ ...", in nghiêng',
      'Legal bases, one "Căn cứ ..." paragraph per item, in italics',
    ),
  });

export const openingField = paragraphs.optional().meta({
  id: 'opening',
  ...about('Các đoạn mở đầu, trước mục thứ nhất', 'Opening paragraphs, before the first section'),
});

/** The numbering schemes of a body's sections (src/view/numbering.ts). */
export const numberingSchemes = ['decimal', 'roman', 'decimal-letters', 'chapters', 'articles'] as const;

/** What `numbering` says to editors, with its default (`vi`, `en`: the default in words). */
export function numberingAbout(vi: string, en: string) {
  return about(
    `Cách đánh số mục: decimal (1., 1.1., 1.1.1.), roman (I., 1., a)), decimal-letters (1., 1.1., a)), chapters (Chương I, Điều 1., 1.) hoặc articles (Điều 1., 1., a)); mặc định ${vi}`,
    `Section numbering: decimal (1., 1.1., 1.1.1.), roman (I., 1., a)), decimal-letters (1., 1.1., a)), chapters (Chương I, Điều 1., 1.) or articles (Điều 1., 1., a)); the default ${en}`,
  );
}

/** How sections are numbered; the default depends on the type (chapters for quy chế, articles for a hợp đồng). */
export function numberingField(defaultScheme: (typeof numberingSchemes)[number] = 'decimal') {
  return z.enum(numberingSchemes).default(defaultScheme).meta(numberingAbout(defaultScheme, defaultScheme));
}

export const bodyField = z
  .array(content)
  .min(1)
  .meta({
    id: 'body',
    ...about(
      'Nội dung chính: các mục (heading), đoạn văn và danh sách; số thứ tự mục do máy tự đánh',
      'Main content: sections (heading), paragraphs and lists; section numbers are added for you',
    ),
  });

export const closingField = paragraphs.optional().meta({
  id: 'closing',
  ...about('Các đoạn kết, sau nội dung chính', 'Closing paragraphs, after the main content'),
});

export const recipientsField = z
  .array(recipient)
  .min(1)
  .meta({
    id: 'recipients',
    ...about(
      'Nơi nhận, mỗi mục một nơi; dấu "- " đầu dòng và dấu ";" cuối dòng do máy tự thêm',
      'Recipients (Nơi nhận), one per item; the leading "- " and the trailing ";" are added for you',
    ),
  });

export const archiveField = z
  .array(printedText().meta(about('Một nơi lưu: VT hoặc chữ viết tắt của đơn vị', 'One archive unit: VT or a unit abbreviation')))
  .min(1)
  .meta({
    id: 'archive',
    ...about(
      'Dòng "Lưu:" cuối Nơi nhận: VT (Văn thư) và đơn vị soạn thảo, ví dụ [VT, P.GDTX] → "- Lưu: VT, P.GDTX."',
      'The "Lưu:" (archive) line ending the recipients: VT (the registry) and the drafting unit, e.g. [VT, P.GDTX] → "- Lưu: VT, P.GDTX."',
    ),
  });

export const signerField = signerObject
  .optional()
  .meta(about('Người ký: thẩm quyền, chức vụ, họ tên (góc dưới bên phải); văn bản liên tịch dùng signers', 'The signer: authority, title and name (bottom right); a joint document uses signers'));

export const signersField = z
  .array(signerObject.meta(about('Một người ký: thẩm quyền, chức vụ, họ tên', 'One signer: authority, title and name')))
  .length(2)
  .optional()
  .meta({
    id: 'signers',
    ...about(
      'Hai người ký cạnh nhau (văn bản liên tịch, cần agency.partner): người thứ nhất bên trái, người thứ hai bên phải; cơ quan chủ trì ký bên phải',
      'Two signers side by side (a joint document, needs agency.partner): the first on the left, the second on the right; the lead agency signs on the right',
    ),
  });

export const appendicesField = z
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
  .meta({
    id: 'appendices',
    ...about(
      'Các phụ lục kèm theo, sau chữ ký; trong văn bản gọi đến bằng {{appendix 1}} (in "Phụ lục I", hoặc "Phụ lục" khi chỉ có một)',
      'Appendices, after the signature; the text refers to them as {{appendix 1}} (prints "Phụ lục I", or "Phụ lục" when there is only one)',
    ),
  });

export const marksField = marks.optional().meta({ id: 'marks' });

export const layoutField = z
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
  .meta({
    id: 'layout',
    ...about('Trình bày: cỡ chữ, lề trang, thụt đầu dòng', 'Layout: font sizes, page margins, first-line indent'),
  });

export const metadataField = z
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
  .meta({
    id: 'metadata',
    ...about(
      'Thuộc tính của tệp DOCX và PDF, không in ra văn bản',
      'Properties of the DOCX and PDF files, not printed',
    ),
  });
