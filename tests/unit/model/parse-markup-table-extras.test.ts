import { describe, expect, it } from '@jest/globals';
import { PlanError } from '../../../src/errors';
import type { TableBlock } from '../../../src/model/document-model';
import { parseMarkup } from '../../../src/model/parse-markup';

const meta = { title: 'Kế hoạch', author: 'Sở', subject: 'Tổ chức', language: 'vi-VN' };

const table = (attributes: string, groupRow = '@row keep=next') => `@table columns=12:center,* header=2 ${attributes}
@row
@cell | TT
@cell | Nội dung
@row
@cell | (1)
@cell | (2)
${groupRow}
@cell | **I**
@cell | **Tuyên truyền**
@row
@cell | 1
@cell | Băng rôn
@end-table`;

function tableOf(markup: string): TableBlock {
  return parseMarkup(markup, meta, 'mau.hbs').sections[0]!.blocks.find((block): block is TableBlock => block.type === 'table')!;
}

function failure(markup: string): string {
  try {
    parseMarkup(markup, meta, 'mau.hbs');
  } catch (error) {
    if (error instanceof PlanError) return error.diagnostics.map((d) => `${d.en.message} | ${d.en.hint ?? ''}`).join('\n');
    throw error;
  }
  throw new Error('parsed');
}

describe('the column-number row and group rows in the markup', () => {
  it('reads numbers=1 as "the last header row is the column-number row", and keep=next on a row', () => {
    const block = tableOf(table('numbers=1'));
    expect(block.columnNumbers).toBe(true);
    expect(block.rows.map((row) => row.keepNext ?? false)).toEqual([false, false, true, false]);
  });

  it('leaves both out of a table that does not ask for them', () => {
    const block = tableOf(table('', '@row'));
    expect('columnNumbers' in block).toBe(false);
    expect(block.rows.some((row) => 'keepNext' in row)).toBe(false);
  });

  it.each([
    ['numbers=2', 'the tag "@table": numbers=2 needs header= from 1 and takes only numbers=1'],
    ['numbers=yes', 'the tag "@table": numbers=yes needs header= from 1 and takes only numbers=1'],
  ])('refuses %s', (attribute, message) => {
    expect(failure(table(attribute))).toContain(message);
  });

  it('refuses numbers=1 on a table without header rows', () => {
    expect(failure(table('numbers=1').replace('header=2', 'header=0'))).toContain('numbers=1 needs header= from 1');
  });

  it('refuses a keep other than next', () => {
    expect(failure(table('', '@row keep=all'))).toBe('the tag "@row": keep=all cannot be used (line 8 of the template\'s output) | only keep=next: the row stays on the page of the row after it');
  });
});
