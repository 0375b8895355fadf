// The attributes of the table tags: "@table columns=12:center,*,35 header=2 numbers=1 size=13" and "@cell colspan=2 | text".
import { say, type Bilingual } from '../i18n/language';
import type { TableBlock, TableCell, TableColumn, TextAlign } from './document-model';
import { parseInline } from './parse-inline';

const aligns: readonly TextAlign[] = ['left', 'center', 'right', 'justify'];

/** What is wrong with a tag's attributes, for parse-markup to locate. */
export class TagError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly hint: Bilingual,
  ) {
    super(text.en);
  }
}

/** "name=value" pairs; each name once, and only the names given. */
function attributes(text: string, tag: string, names: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const match = /^([a-z]+)=(\S+)$/.exec(word);
    if (!match || !names.includes(match[1]!) || found.has(match[1]!))
      throw new TagError(say(`thẻ "@${tag}" có thuộc tính không đọc được: "${word}"`, `the tag "@${tag}" has an attribute it cannot read: "${word}"`), say(`các thuộc tính: ${names.join(', ')}`, `its attributes: ${names.join(', ')}`));
    found.set(match[1]!, match[2]!);
  }
  return found;
}

function whole(value: string | undefined, fallback: number, least: number, tag: string, name: string): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,3}$/.test(value) || Number(value) < least)
    throw new TagError(say(`thẻ "@${tag}": ${name}=${value} không phải số nguyên từ ${least}`, `the tag "@${tag}": ${name}=${value} is not a whole number from ${least}`), say(`ví dụ ${name}=${least + 1}`, `e.g. ${name}=${least + 1}`));
  return Number(value);
}

function align(value: string, tag: string): TextAlign {
  if (!(aligns as readonly string[]).includes(value))
    throw new TagError(say(`thẻ "@${tag}": cách canh lề "${value}" không có`, `the tag "@${tag}": there is no alignment "${value}"`), say(`dùng ${aligns.join(', ')}`, `use ${aligns.join(', ')}`));
  return value as TextAlign;
}

/** "@table columns=12:center,*,35 header=1 size=13": a table with no rows yet. */
export function parseTableTag(text: string): TableBlock {
  const found = attributes(text, 'table', ['columns', 'header', 'numbers', 'size']);
  const columnsText = found.get('columns');
  if (!columnsText) throw new TagError(say('thẻ "@table" thiếu columns=', 'the tag "@table" lacks columns='), say('ví dụ @table columns=12:center,*,35', 'e.g. @table columns=12:center,*,35'));
  const columns = columnsText.split(',').map((part): TableColumn => {
    const [width = '', alignment] = part.split(':');
    const widthMm = width === '*' ? null : Number(width);
    if (widthMm !== null && !(widthMm > 0))
      throw new TagError(say(`thẻ "@table": độ rộng cột "${width}" không đọc được`, `the tag "@table": the column width "${width}" cannot be read`), say('độ rộng tính bằng mm, hoặc *', 'widths are in mm, or *'));
    return { widthMm, align: alignment === undefined ? 'left' : align(alignment, 'table') };
  });
  const size = found.get('size');
  const sizePt = size === undefined ? null : Number(size);
  if (sizePt !== null && !(sizePt >= 6 && sizePt <= 30))
    throw new TagError(say(`thẻ "@table": cỡ chữ size=${size} không dùng được`, `the tag "@table": the size size=${size} cannot be used`), say('ví dụ size=13', 'e.g. size=13'));
  const headerRows = whole(found.get('header'), 0, 0, 'table', 'header');
  const numbers = found.get('numbers');
  if (numbers !== undefined && (numbers !== '1' || headerRows < 1))
    throw new TagError(
      say(`thẻ "@table": numbers=${numbers} cần header= từ 1 và chỉ nhận numbers=1`, `the tag "@table": numbers=${numbers} needs header= from 1 and takes only numbers=1`),
      say('numbers=1: hàng tiêu đề cuối là hàng số cột (1), (2)…', 'numbers=1: the last header row is the column-number row (1), (2)…'),
    );
  return { type: 'table', columns, headerRows, ...(numbers ? { columnNumbers: true as const } : {}), sizePt, rows: [] };
}

/** "@row" or "@row keep=next": a row, kept on the page of the next one when asked. */
export function parseRowTag(text: string): { cells: TableCell[]; keepNext?: true } {
  const keep = attributes(text, 'row', ['keep']).get('keep');
  if (keep !== undefined && keep !== 'next')
    throw new TagError(say(`thẻ "@row": keep=${keep} không dùng được`, `the tag "@row": keep=${keep} cannot be used`), say('chỉ có keep=next: hàng ở cùng trang với hàng sau nó', 'only keep=next: the row stays on the page of the row after it'));
  return keep ? { cells: [], keepNext: true } : { cells: [] };
}

/** "@cell colspan=2 rowspan=1 align=center | text": the attributes before the first "|", the text after it. */
export function parseCellTag(text: string): TableCell {
  const bar = text.indexOf('|');
  if (bar < 0) throw new TagError(say('thẻ "@cell" thiếu dấu "|" trước chữ của ô', 'the tag "@cell" lacks the "|" before the cell\'s text'), say('ví dụ @cell colspan=2 | Nội dung, hoặc @cell | cho ô trống', 'e.g. @cell colspan=2 | Text, or @cell | for an empty cell'));
  const found = attributes(text.slice(0, bar), 'cell', ['colspan', 'rowspan', 'align']);
  const alignment = found.get('align');
  return {
    colspan: whole(found.get('colspan'), 1, 1, 'cell', 'colspan'),
    rowspan: whole(found.get('rowspan'), 1, 1, 'cell', 'rowspan'),
    align: alignment === undefined ? null : align(alignment, 'cell'),
    runs: parseInline(text.slice(bar + 1).trim()),
  };
}
