// The schema of a plan's marks (Decree 30, ô 10–13): draft, secrecy, urgency, circulation, drafter and contact block.
import { z } from 'zod';
import { circulationKeys, secrecyKeys, urgencyKeys } from '../decree/marks';
import { about, printedText } from './schema-text';

export const marks = z
  .strictObject({
    draft: z
      .union([
        z.boolean().meta(about('true: in "DỰ THẢO"; false: không in', 'true: prints "DỰ THẢO"; false: none')),
        z.number().int().min(1).max(99).meta(about('Số lần dự thảo: 2 in "DỰ THẢO LẦN 2"', 'The draft\'s number: 2 prints "DỰ THẢO LẦN 2"')),
      ])
      .optional()
      .meta(
        about(
          'Dấu dự thảo, trong khung ở góc trên bên phải trang đầu, trên quốc hiệu: true ("DỰ THẢO"), false (không in) hoặc số lần (2: "DỰ THẢO LẦN 2")',
          'The draft mark, framed at the top right of page 1, above the national title: true ("DỰ THẢO"), false (none) or the draft\'s number (2: "DỰ THẢO LẦN 2")',
        ),
      ),
    secrecy: z
      .enum(secrecyKeys)
      .optional()
      .meta(about('Độ mật (ô 10a), dưới số văn bản: mat, toi-mat hoặc tuyet-mat', 'Secrecy (ô 10a), under the number: mat, toi-mat or tuyet-mat')),
    urgency: z
      .enum(urgencyKeys)
      .optional()
      .meta(about('Mức độ khẩn (ô 10b), dưới số văn bản: khan, thuong-khan hoặc hoa-toc', 'Urgency (ô 10b), under the number: khan, thuong-khan or hoa-toc')),
    circulation: z
      .enum(circulationKeys)
      .optional()
      .meta(
        about(
          'Phạm vi lưu hành (ô 11), trong khung trên quốc hiệu: xem-xong-tra-lai hoặc luu-hanh-noi-bo',
          'Circulation (ô 11), framed above the national title: xem-xong-tra-lai or luu-hanh-noi-bo',
        ),
      ),
    drafter: z
      .strictObject({
        initials: z
          .string()
          .regex(/^[A-ZĐ]{1,8}$/)
          .meta(about('Chữ viết tắt tên người soạn thảo, in hoa, ví dụ PL', "The drafter's initials in capitals, e.g. PL")),
        copies: z.number().int().min(1).max(99999).meta(about('Số bản phát hành', 'The number of copies issued')),
      })
      .optional()
      .meta(about('Ô 12: người soạn thảo và số bản, in "PL.(300)" dưới dòng Lưu', 'Ô 12: the drafter and the copies, printed "PL.(300)" under the Lưu line')),
    contact: z
      .union([
        printedText().meta(about('Một dòng', 'A single line')),
        z
          .array(printedText().meta(about('Một dòng', 'One line')))
          .min(1)
          .max(4)
          .meta(about('Nhiều dòng, mỗi mục một dòng (tối đa 4)', 'Several lines, one per item (at most 4)')),
      ])
      .optional()
      .meta(
        about(
          'Ô 13: địa chỉ, điện thoại, thư điện tử, trang thông tin, cuối trang đầu dưới một đường kẻ, cỡ 11',
          'Ô 13: address, phone, email, website, at the foot of page 1 under a rule, 11 pt',
        ),
      ),
  })
  .meta(about('Các dấu và chỉ dẫn của Nghị định 30 (ô 10–13)', 'The marks and notes of Decree 30 (ô 10–13)'));
