import { describe, expect, it } from '@jest/globals';
import type { TableInput } from '../../../src/plan/table-schema';
import { expandTable } from '../../../src/view/expand-table';
import { formatAmount, readAmount, sumAmounts } from '../../../src/view/vietnamese-amount';

describe('amounts in Vietnamese form', () => {
  it.each([
    [1250000, '1.250.000'],
    ['1.250.000', '1.250.000'],
    ['1250000', '1.250.000'],
    [2.5, '2,5'],
    ['2,5', '2,5'],
    ['2,50', '2,50'],
    ['1.234,75', '1.234,75'],
    [-300000, '-300.000'],
    [999, '999'],
    [0, '0'],
  ])('%p is printed %s', (written, printed) => {
    const amount = readAmount(written);
    expect(amount).toBeTruthy();
    expect(formatAmount(amount!)).toBe(printed);
  });

  it.each([['khoảng 5 triệu'], ['1,250,000'], ['12.50'], ['1.2345'], ['5tr'], ['**100**']])('%p is no amount', (written) => {
    expect(readAmount(written)).toBeUndefined();
  });

  it('reads an empty cell as none', () => {
    expect([readAmount(''), readAmount('  '), readAmount(null), readAmount(undefined)]).toEqual([null, null, null, null]);
  });

  it('adds up exactly, to the most decimals written', () => {
    expect(formatAmount(sumAmounts([readAmount(0.1)!, readAmount(0.2)!]))).toBe('0,3');
    expect(formatAmount(sumAmounts([readAmount('1.000.000')!, readAmount('2,25')!]))).toBe('1.000.002,25');
    expect(formatAmount(sumAmounts([]))).toBe('0');
  });
});

const budget: TableInput = {
  columns: [{ width: 12, number: true }, { width: '*' }, { width: 30, amount: true }, { width: 20 }, { width: 30, amount: true, align: 'center' }],
  header: [['TT', 'Nội dung', 'Ngân sách', 'Ghi chú', 'Tổng']],
  columnNumbers: true,
  rows: [
    { group: 'Tuyên truyền' },
    ['Băng rôn', 1500000, '', '1.500.000'],
    ['Pa nô', '2.000.000', 'mới', 2000000],
    { group: '**Văn nghệ** quần chúng' },
    ['Âm thanh', '', '', { text: '500.000,5' }],
  ],
  total: 'Tổng cộng',
};

describe('expandTable: the computed parts as ordinary rows and cells', () => {
  const expanded = expandTable(budget);

  it('numbers the items from 1 again under each group, the groups I, II… in bold', () => {
    expect(expanded.rows.map((row) => row[0])).toEqual(['**I**', '1', '2', '**II**', '1', { text: '**Tổng cộng**', colspan: 2, align: 'center' }]);
    expect(expanded.groups).toEqual([0, 3]);
  });

  it('writes a group row as its title in bold across the columns after the numbering column (bold already marked kept)', () => {
    expect(expanded.rows[0]).toEqual(['**I**', { text: '**Tuyên truyền**', colspan: 4 }]);
    expect(expanded.rows[3]).toEqual(['**II**', { text: '**Văn nghệ** quần chúng', colspan: 4 }]);
  });

  it('adds the column-number row under the header', () => {
    expect(expanded.header).toEqual([['TT', 'Nội dung', 'Ngân sách', 'Ghi chú', 'Tổng'], ['(1)', '(2)', '(3)', '(4)', '(5)']]);
    expect(expanded.columnNumbers).toBe(true);
  });

  it('prints the amounts in Vietnamese form and adds them up in the total row, group rows left out', () => {
    expect(expanded.rows[1]).toEqual(['1', 'Băng rôn', '1.500.000', '', '1.500.000']);
    expect(expanded.rows[2]).toEqual(['2', 'Pa nô', '2.000.000', 'mới', '2.000.000']);
    expect(expanded.rows[4]).toEqual(['1', 'Âm thanh', '', '', { text: '500.000,5' }]);
    expect(expanded.rows[5]).toEqual([{ text: '**Tổng cộng**', colspan: 2, align: 'center' }, '**3.500.000**', '', '**4.000.000,5**']);
    expect(expanded.from).toEqual([0, 1, 2, 3, 4, undefined]);
    expect(expanded.notAmounts).toEqual([]);
  });

  it('centres the numbering column and right-aligns amount columns unless the plan aligns them', () => {
    expect(expanded.columns.map((column) => column.align)).toEqual(['center', undefined, 'right', undefined, 'center']);
  });

  it('tells the cells of amount columns that hold no amount, by the plan row and cell', () => {
    const wrong = expandTable({ ...budget, rows: [['Băng rôn', 'khoảng 5 triệu', '', 5], { group: 'Khác' }, ['Pa nô', 1, '', 'x']] });
    expect(wrong.notAmounts).toEqual([{ row: 0, cell: 1 }, { row: 2, cell: 3 }]);
  });

  it('leaves a row that does not fill its columns to the grid check, not the amount check', () => {
    expect(expandTable({ ...budget, rows: [['Băng rôn', 'một', 'hai', 'ba', 'bốn']] }).notAmounts).toEqual([]);
  });

  it('without a numbering column, spans a group title across the whole row and numbers nothing', () => {
    const plain = expandTable({ columns: [{ width: '*' }, { width: 30 }], rows: [{ group: 'Nhóm' }, ['Việc', 'Đơn vị']] });
    expect(plain.rows).toEqual([[{ text: '**Nhóm**', colspan: 2 }], ['Việc', 'Đơn vị']]);
    expect(plain.columnNumbers).toBe(false);
  });

  it('leaves a table without the computed parts as the plan wrote it', () => {
    const table: TableInput = { columns: [{ width: 12, align: 'center' }, { width: '*' }], header: [['TT', 'Việc']], rows: [[1, 'Việc'], [2, { text: 'Khác', align: 'right' }]] };
    const expanded = expandTable(table);
    expect([expanded.columns, expanded.header, expanded.rows]).toEqual([table.columns, table.header, table.rows]);
  });
});
