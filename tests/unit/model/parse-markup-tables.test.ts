import { describe, expect, it } from '@jest/globals';
import { PlanError } from '../../../src/errors';
import { parseMarkup } from '../../../src/model/parse-markup';

const meta = { title: 'Kế hoạch', author: 'Sở', subject: 'Tổ chức', language: 'vi-VN' };

const table = `@body Các đơn vị thực hiện theo bảng sau:
@table columns=12:center,*,35,30:center header=1 size=13
@row
@cell | TT
@cell | Nội dung công việc
@cell | Đơn vị chủ trì
@cell | Thời gian
@row
@cell | 1
@cell colspan=2 align=right | Tổ chức **khai mạc** | lễ
@cell | 30/09/2020
@row
@cell | 2
@cell | Hướng dẫn
@cell rowspan=2 | Phòng GD&ĐT
@cell |
@row
@cell | 3
@cell | Tổng hợp
@cell | 15/10/2020
@end-table
@body Sau bảng.`;

/** The diagnostic parseMarkup throws for `markup`, in English. */
function failure(markup: string): string {
  try {
    parseMarkup(markup, meta, 'mau.hbs');
  } catch (error) {
    if (error instanceof PlanError) return error.diagnostics.map((d) => `${d.message} | ${d.en.message} | ${d.en.hint ?? ''}`).join('\n');
    throw error;
  }
  throw new Error('parsed');
}

describe('parseMarkup: tables', () => {
  it('reads a table container into one block: columns, header rows, size, cells with spans, alignment and runs', () => {
    const blocks = parseMarkup(table, meta, 'mau.hbs').sections[0]!.blocks;
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const block = blocks[1]!;
    if (block.type !== 'table') throw new Error('not a table');
    expect(block.columns).toEqual([
      { widthMm: 12, align: 'center' },
      { widthMm: null, align: 'left' },
      { widthMm: 35, align: 'left' },
      { widthMm: 30, align: 'center' },
    ]);
    expect([block.headerRows, block.sizePt, block.rows.map((row) => row.cells.length)]).toEqual([1, 13, [4, 3, 4, 3]]);
    expect(block.rows[1]!.cells[1]).toEqual({
      colspan: 2,
      rowspan: 1,
      align: 'right',
      runs: [
        { text: 'Tổ chức ', bold: false, italic: false },
        { text: 'khai mạc', bold: true, italic: false },
        { text: ' | lễ', bold: false, italic: false },
      ],
    });
    expect(block.rows[2]!.cells[2]).toMatchObject({ rowspan: 2, colspan: 1, align: null });
    expect(block.rows[2]!.cells[3]!.runs).toEqual([]);
  });

  it.each([
    ['a table inside a table', table.replace('@row\n@cell | 3', '@table columns=10\n@row\n@cell | 3'), 'a table cannot stand inside a table (the one opened on line 2)'],
    ['a table never closed', table.replace('@end-table\n@body Sau bảng.', ''), 'the table opened on line 2 is never closed with "@end-table"'],
    ['a paragraph inside a table', table.replace('@row\n@cell | 3', '@body Lạc chỗ\n@row\n@cell | 3'), 'the table opened on line 2 is not closed with "@end-table" before "@body"'],
    ['a cell outside a table', '@cell | 1', 'the tag "@cell" is outside a table'],
    ['a cell before any row', '@table columns=10,*\n@cell | 1\n@end-table', 'the tag "@cell" comes before the first "@row"'],
    ['a cell without its "|"', table.replace('@cell | 3', '@cell 3'), 'the tag "@cell" lacks the "|" before the cell\'s text'],
    ['an unknown attribute', table.replace('header=1', 'headers=1'), 'the tag "@table" has an attribute it cannot read: "headers=1"'],
    ['an unknown alignment', table.replace('align=right', 'align=middle'), 'the tag "@cell": there is no alignment "middle"'],
    ['a row too long for the columns', table.replace('@cell | Tổng hợp', '@cell | Tổng hợp\n@cell | thêm'), 'the table opened on line 2: row 4 does not fit its 4 columns'],
    ['a table without rows', '@table columns=10,*\n@end-table', 'the table opened on line 1: it has no rows'],
  ])('refuses %s, pointing at the template', (_, markup, message) => {
    expect(failure(markup)).toContain(message);
  });
});
