// The fields only some forms have: Kính gửi, V/v, a decision's authority and articles, the attached document, the
// invitation's time and place, the person of a giấy giới thiệu or giấy nghỉ phép, a meeting's minutes, two parties.
import { z } from 'zod';
import { attachableTypeKeys } from '../decree/document-types';
import { about, markedText, printedText } from './schema-text';
import { calendarDate, content, lines, paragraph, paragraphs } from './plan-parts';
import { numberingAbout, numberingSchemes } from './common-fields';

export const addresseesField = z
  .union([
    printedText().meta(about('Một nơi nhận, in cùng dòng với "Kính gửi:"', 'One addressee, on the line of "Kính gửi:"')),
    z
      .array(printedText().meta(about('Một nơi nhận; dấu "- " và dấu ";" do máy tự thêm', 'One addressee; the "- " and ";" are added for you')))
      .min(1)
      .meta(about('Nhiều nơi nhận, mỗi nơi một dòng', 'Several addressees, one per line')),
  ])
  .meta(about('Kính gửi (ô 9a): một nơi nhận, hoặc danh sách nơi nhận', 'Kính gửi (box 9a): one addressee, or a list of them'));

export const subjectField = lines.meta(
  about(
    'Trích yếu của công văn, không ghi "V/v" (máy tự thêm): in dưới số, ký hiệu, ví dụ "Triển khai Kế hoạch tổ chức Hội khỏe Phù Đổng"',
    'The công văn\'s summary without "V/v" (added for you): printed under the number, e.g. "Triển khai Kế hoạch tổ chức Hội khỏe Phù Đổng"',
  ),
);

export const unitField = z
  .string()
  .regex(/^\S+$/, 'expected an abbreviation without spaces, such as "SGDĐT"')
  .optional()
  .meta(
    about(
      'Chữ viết tắt của đơn vị soạn thảo, sau chữ viết tắt của cơ quan trong ký hiệu công văn (Số: 05/SGDĐT-GDTrH)',
      "The drafting unit's abbreviation, after the agency's in a công văn's symbol (Số: 05/SGDĐT-GDTrH)",
    ),
  );

export const authorityField = lines.meta(
  about(
    'Thẩm quyền ban hành, in hoa đậm giữa trang trước các căn cứ: chức vụ người đứng đầu (GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO) hoặc tên tập thể (ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH)',
    'The issuing authority, in bold capitals centred before the bases: the head\'s title (GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO) or the collective body (ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH)',
  ),
);

export const authorityInTextField = printedText()
  .optional()
  .meta(
    about(
      'Thẩm quyền ban hành như viết trong câu, cho dòng "(Kèm theo Quyết định số … của …)": ví dụ "Giám đốc Sở Giáo dục và Đào tạo"; không ghi thì máy tự viết',
      'The authority as written in a sentence, for the line "(Kèm theo Quyết định số … của …)": e.g. "Giám đốc Sở Giáo dục và Đào tạo"; left out, it is written for you',
    ),
  );

export const proposalField = paragraph
  .optional()
  .meta(about('Câu đề nghị sau các căn cứ, in nghiêng như đã viết: "Theo đề nghị của Trưởng phòng …."', 'The proposal after the bases, printed in italics as written: "Theo đề nghị của Trưởng phòng …."'));

const article = z.union([
  markedText().meta(about('Nội dung của điều, in sau "Điều 1."', 'The article\'s text, printed after "Điều 1."')),
  z
    .strictObject({
      text: markedText().meta(about('Câu đầu của điều, in sau "Điều 1."', 'The article\'s first sentence, printed after "Điều 1."')),
      content: z
        .array(content)
        .min(1)
        .meta(about('Nội dung tiếp theo của điều: đoạn văn, danh sách, bảng', "The rest of the article: paragraphs, lists, tables")),
    })
    .meta(about('Một điều có nội dung bên dưới', 'An article with content under it')),
]);

export const articlesField = z
  .array(article)
  .min(1)
  .meta(about('Các điều của quyết định; "Điều 1.", "Điều 2." do máy tự đánh số', 'The articles; "Điều 1.", "Điều 2." are numbered for you'));

export type ArticleInput = z.infer<typeof article>;

export const executingArticleField = z
  .number()
  .int()
  .positive()
  .optional()
  .meta(
    about(
      'Điều giao thi hành, để Nơi nhận mở đầu bằng "- Như Điều 3;"; không ghi thì là điều cuối',
      'The article naming who carries it out, so that Nơi nhận opens with "- Như Điều 3;"; left out, the last article',
    ),
  );

export const attachmentField = z
  .strictObject({
    type: z
      .enum(attachableTypeKeys)
      .meta(about('Loại văn bản ban hành kèm theo (ke-hoach, quy-che, quy-dinh, chuong-trinh…)', 'The type of the document issued with it (ke-hoach, quy-che, quy-dinh, chuong-trinh…)')),
    summary: lines.meta(about('Trích yếu của văn bản kèm theo, in dưới tên loại', "The attached document's summary, under its type name")),
    opening: paragraphs.optional().meta(about('Các đoạn mở đầu', 'Opening paragraphs')),
    // No default here: a quy chế or quy định issued with a decision is in chapters and articles, a plan in 1., 1.1.
    numbering: z.enum(numberingSchemes).optional().meta(numberingAbout('chapters cho quy-che, quy-dinh; decimal cho loại khác', 'chapters for quy-che, quy-dinh; decimal for the others')),
    body: z
      .array(content)
      .min(1)
      .meta(about('Nội dung của văn bản kèm theo: mục, đoạn văn, danh sách, bảng', "The attached document's content: sections, paragraphs, lists, tables")),
    closing: paragraphs.optional().meta(about('Các đoạn kết', 'Closing paragraphs')),
  })
  .optional()
  .meta(
    about(
      'Văn bản ban hành kèm theo (kế hoạch, quy chế…): in từ trang mới sau chữ ký, không số và ngày riêng, dưới tên có dòng "(Kèm theo Quyết định số … ngày … của …)"',
      'The document issued with it (a plan, rules…): on new pages after the signature, without its own number and date, with "(Kèm theo Quyết định số … ngày … của …)" under its title',
    ),
  );

export const senderField = lines.meta(
  about(
    'Người hoặc cơ quan điện, in hoa đậm giữa trang trước chữ "điện:", ví dụ "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"',
    'Who sends the telegram, in bold capitals centred before "điện:", e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"',
  ),
);

export const invitationFields = {
  guests: lines.meta(about('Người, cơ quan được mời, in sau "trân trọng kính mời:"; nhiều nơi thì mỗi nơi một dòng', 'Who is invited, after "trân trọng kính mời:"; several, one per line')),
  event: markedText().meta(about('Cuộc họp, hội nghị, in sau "Tới dự"', 'The meeting, printed after "Tới dự"')),
  chair: printedText().optional().meta(about('Người chủ trì, in sau "Chủ trì:"', 'Who chairs it, after "Chủ trì:"')),
  time: printedText().meta(about('Thời gian, in sau "Thời gian:", ví dụ "08 giờ 00, {{weekday dates.hop}}, {{longDate dates.hop}}"', 'The time, after "Thời gian:", e.g. "08 giờ 00, {{weekday dates.hop}}, {{longDate dates.hop}}"')),
  venue: printedText().meta(about('Địa điểm, in sau "Địa điểm:"', 'The place, after "Địa điểm:"')),
  notes: paragraphs.optional().meta(about('Các đoạn lưu ý sau địa điểm (tài liệu mang theo, liên hệ)', 'Notes after the place (documents to bring, contact)')),
};

export const personField = z
  .strictObject({
    name: printedText().meta(about('Họ và tên, in sau "Ông (bà):"', 'Full name, after "Ông (bà):"')),
    post: printedText().meta(about('Chức vụ, in sau "Chức vụ:"', 'Post, after "Chức vụ:"')),
  })
  .meta(about('Người được giới thiệu hoặc được nghỉ phép', 'The person introduced or given leave'));

export const introductionFields = {
  person: personField,
  sentTo: printedText().meta(about('Nơi được cử đến, in sau "Được cử đến:"', 'Where the person is sent, after "Được cử đến:"')),
  purpose: printedText().meta(about('Công việc, in sau "Về việc:"', 'The errand, after "Về việc:"')),
  validUntil: calendarDate.meta(about('Ngày hết giá trị của giấy, dạng "2026-03-31"', 'The last day the paper is valid, as "2026-03-31"')),
};

export const minutesFields = {
  meeting: z
    .strictObject({
      start: printedText().meta(about('Thời gian bắt đầu, ví dụ "08 giờ 00, {{longDate date}}"', 'When it began, e.g. "08 giờ 00, {{longDate date}}"')),
      venue: printedText().meta(about('Địa điểm', 'The place')),
      attendees: lines.meta(about('Thành phần tham dự: một dòng hoặc danh sách', 'Who attended: one line or a list')),
      chair: printedText().meta(about('Chủ trì (chủ tọa): họ tên, chức vụ', 'The chair: name and post')),
      secretary: printedText().meta(about('Thư ký (người ghi biên bản): họ tên, chức vụ', 'The secretary (who takes the minutes): name and post')),
    })
    .meta(about('Cuộc họp: thời gian, địa điểm, thành phần, chủ trì, thư ký', 'The meeting: time, place, attendees, chair, secretary')),
  ended: printedText().meta(
    about(
      'Giờ kết thúc, in trong câu "Cuộc họp kết thúc vào …": ví dụ "11 giờ 30 phút cùng ngày"',
      'When it ended, in "Cuộc họp kết thúc vào …": e.g. "11 giờ 30 phút cùng ngày"',
    ),
  ),
};

export const leaveFields = {
  person: personField,
  request: calendarDate.meta(about('Ngày của đơn đề nghị nghỉ phép, dạng "2026-06-20"', 'The date of the leave application, as "2026-06-20"')),
  leave: z
    .strictObject({
      kind: printedText().meta(about('Loại nghỉ, in sau "Nghỉ", ví dụ "phép năm 2026"', 'The kind of leave, after "Nghỉ", e.g. "phép năm 2026"')),
      from: calendarDate.meta(about('Ngày bắt đầu nghỉ', 'The first day of leave')),
      to: calendarDate.meta(about('Ngày cuối cùng nghỉ', 'The last day of leave')),
      at: printedText().meta(about('Nơi nghỉ, in sau "tại"', 'Where, after "tại"')),
    })
    .meta(about('Thời gian và nơi nghỉ', 'When and where')),
};

export const partiesField = z
  .array(
    z
      .strictObject({
        name: printedText().meta(about('Tên bên ký kết, in đậm sau "Bên A:"', 'The party\'s name, in bold after "Bên A:"')),
        lines: z
          .array(printedText().meta(about('Một dòng, ví dụ "Đại diện: Ông Nguyễn Văn A, Giám đốc"', 'One line, e.g. "Đại diện: Ông Nguyễn Văn A, Giám đốc"')))
          .min(1)
          .optional()
          .meta(about('Địa chỉ, điện thoại, người đại diện…, mỗi mục một dòng', 'Address, phone, representative…, one per line')),
      })
      .meta(about('Một bên ký kết', 'One party')),
  )
  .length(2)
  .meta(about('Hai bên ký kết: bên thứ nhất (Bên A), bên thứ hai (Bên B)', 'The two parties: the first (Bên A), the second (Bên B)'));

export const letterTitleField = printedText().meta(about('Tên thư, in hoa đậm giữa trang, ví dụ "THƯ CHÚC MỪNG"', 'The letter\'s title, in bold capitals centred, e.g. "THƯ CHÚC MỪNG"'));
