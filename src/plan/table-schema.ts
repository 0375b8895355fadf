// The schema of a table in a plan's content: its columns, header rows and rows of cells (spans as in HTML).
import { z } from 'zod';
import { about } from './schema-text';

export const cellAligns = ['left', 'center', 'right', 'justify'] as const;
export type CellAlign = (typeof cellAligns)[number];

const align = z
  .enum(cellAligns)
  .meta(about('Canh lề chữ: left (trái), center (giữa), right (phải), justify (đều hai bên)', 'Text alignment: left, center, right or justify'));

/** A cell's text: plan text (with **bold**, *italic* and {{…}}), a number, or nothing (an empty cell). */
const cellText = z.union([
  z.string().meta(about('Chữ trong ô; có thể dùng **đậm**, *nghiêng* và {{…}}; "" là ô trống', 'Text of the cell; may use **bold**, *italic* and {{…}}; "" is an empty cell')),
  z.number().meta(about('Một số', 'A number')),
  z.null().meta(about('Ô trống', 'An empty cell')),
]);

const span = (vi: string, en: string) => z.number().int().min(1).max(100).optional().meta(about(vi, en));

const cell = z.union([
  cellText,
  z
    .strictObject({
      text: cellText.optional().meta(about('Chữ trong ô', 'Text of the cell')),
      colspan: span('Số cột ô này chiếm (gộp ngang), mặc định 1', 'How many columns the cell spans (merged across), 1 by default'),
      rowspan: span(
        'Số hàng ô này chiếm (gộp dọc), mặc định 1; các hàng dưới bỏ ô này đi, như trong HTML',
        'How many rows the cell spans (merged down), 1 by default; the rows below leave it out, as in HTML',
      ),
      align: align.optional(),
    })
    .meta(about('Một ô có gộp hàng, gộp cột hoặc canh lề riêng', 'A cell that spans columns or rows, or has its own alignment')),
]);

const row = z.array(cell).min(1).meta(about('Một hàng: các ô từ trái sang phải', 'One row: its cells from left to right'));

/** A group row (I, II… in the numbering column, its title in bold across the others); numbering restarts under it. */
const groupRow = z
  .strictObject({
    group: z
      .string()
      .min(1)
      .meta(about('Tên nhóm, in đậm suốt các cột; cột số thứ tự ghi I, II…, các hàng dưới đánh lại từ 1', 'The group\'s title, bold across the columns; the numbering column shows I, II…, the rows under it count again from 1')),
  })
  .meta(about('Một hàng nhóm: { group: "Công tác tuyên truyền" }', 'A group row: { group: "Công tác tuyên truyền" }'));

const column = z
  .strictObject({
    width: z
      .union([
        z.number().min(5).max(300).meta(about('Độ rộng cột, đơn vị mm', 'Column width in mm')),
        z.literal('*').meta(about('"*": chia đều phần rộng các cột khác để lại', '"*": an equal share of the width the other columns leave')),
      ])
      .meta(about('Độ rộng cột: số mm, hoặc "*"', 'Column width: mm, or "*"')),
    align: align.optional(),
    number: z
      .boolean()
      .optional()
      .meta(
        about(
          'true: cột số thứ tự tự đánh (1, 2, 3…; canh giữa); các hàng bỏ ô của cột này',
          'true: the numbering column counts by itself (1, 2, 3…; centred); the rows leave its cell out',
        ),
      ),
    amount: z
      .boolean()
      .optional()
      .meta(
        about(
          'true: cột số tiền/số lượng: in kiểu 1.250.000 (canh phải), cộng vào hàng tổng (total)',
          'true: a column of amounts: printed as 1.250.000 (right-aligned), added up in the total row (total)',
        ),
      ),
  })
  .meta(about('Một cột: độ rộng và canh lề', 'One column: its width and alignment'));

export const tableBlock = z
  .strictObject({
    table: z
      .strictObject({
        columns: z.array(column).min(1).meta(about('Các cột, từ trái sang phải', 'The columns, from left to right')),
        header: z
          .array(row)
          .min(1)
          .optional()
          .meta(about('Các hàng tiêu đề: in đậm, canh giữa, lặp lại ở đầu mỗi trang bảng đi qua', 'Header rows: bold, centred, repeated at the top of every page the table runs onto')),
        rows: z
          .array(z.union([row, groupRow]))
          .meta(about('Các hàng của bảng: danh sách ô, hoặc một hàng nhóm { group: … }', 'The rows of the table: lists of cells, or a group row { group: … }')),
        columnNumbers: z
          .boolean()
          .optional()
          .meta(about('true: thêm hàng số cột (1), (2)… dưới tiêu đề, lặp lại cùng tiêu đề', 'true: adds the column-number row (1), (2)… under the header, repeated with it')),
        total: z
          .string()
          .min(1)
          .optional()
          .meta(
            about(
              'Thêm hàng cộng cuối bảng với chữ này, ví dụ "Tổng cộng"; các cột amount được cộng (bỏ hàng nhóm)',
              'Adds a total row at the end with this label, e.g. "Tổng cộng"; the amount columns are added up (group rows left out)',
            ),
          ),
        size: z
          .number()
          .min(11)
          .max(14)
          .optional()
          .meta(about('Cỡ chữ trong bảng, từ 11 đến 14; mặc định nhỏ hơn cỡ chữ nội dung 1 (13 hoặc 12)', 'Text size in the table, 11 to 14; by default one less than the body (13 or 12)')),
      })
      .meta(about('Nội dung bảng', 'The table')),
  })
  .meta(about('Một bảng có kẻ ô', 'A table with its grid'));

export type TableInput = z.infer<typeof tableBlock>['table'];
export type GroupRowInput = z.infer<typeof groupRow>;
export type RowInput = z.infer<typeof row>;
export type CellInput = RowInput[number];
