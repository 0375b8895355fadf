import { describe, expect, it } from '@jest/globals';
import { textWidth } from '../../../src/fonts/font-metrics';
import { breakLines, italicReservePt, type Line } from '../../../src/layout/break-lines';
import type { ResolvedRun } from '../../../src/layout/resolved-document';

const run = (text: string, bold = false, italic = false): ResolvedRun => ({ text, bold, italic, sizePt: 14 });
const texts = (line: Line) => line.fragments.map((f) => f.text);
/** Width of a line measured again from its words, trailing spaces excluded. */
function measured(line: Line): number {
  const fragments = [...line.fragments];
  while (fragments.length && fragments[fragments.length - 1]!.isSpace) fragments.pop();
  return fragments.reduce((sum, f) => sum + textWidth(f.text, f.run, f.run.sizePt), 0);
}

const paragraph =
  'Các Phòng Giáo dục và Đào tạo quận, huyện phối hợp với Hội Khuyến học tham mưu Ủy ban nhân dân quận, huyện tổ chức Lễ Khai mạc Tuần lễ và triển khai các nội dung hoạt động.';

describe('breakLines', () => {
  it('keeps a short text on one last line', () => {
    const lines = breakLines([run('xin chào')], 200, 200);
    expect(lines).toHaveLength(1);
    expect(texts(lines[0]!)).toEqual(['xin', ' ', 'chào']);
    expect(lines[0]!.last).toBe(true);
    expect(lines[0]!.stretchableSpaces).toBe(1);
    expect(lines[0]!.widthPt).toBeCloseTo(textWidth('xin chào', run(''), 14), 6);
  });

  it('wraps a long text into lines no wider than the column', () => {
    const lines = breakLines([run(paragraph)], 180, 220);
    expect(lines.length).toBeGreaterThan(3);
    lines.forEach((line, index) => {
      const width = index === 0 ? 180 : 220;
      expect(measured(line)).toBeCloseTo(line.widthPt, 6);
      expect(line.widthPt).toBeLessThanOrEqual(width + 0.01);
      expect(line.last).toBe(index === lines.length - 1);
    });
    // Greedy: the next line's first word would not have fitted.
    lines.slice(0, -1).forEach((line, index) => {
      const width = index === 0 ? 180 : 220;
      const nextWord = lines[index + 1]!.fragments[0]!;
      expect(line.widthPt + textWidth(' ', run(''), 14) + nextWord.widthPt).toBeGreaterThan(width);
    });
    // No text is lost or reordered.
    expect(lines.flatMap(texts).join('')).toBe(paragraph);
  });

  it('keeps run styles and does not split a word glued across runs', () => {
    const lines = breakLines([run('a', true), run('b'), run(' c '), run('d', false, true)], 300, 300);
    expect(lines).toHaveLength(1);
    const fragments = lines[0]!.fragments.map((f) => [f.text, f.run.bold, f.run.italic]);
    expect(fragments).toEqual([
      ['a', true, false],
      ['b', false, false],
      [' ', false, false],
      ['c', false, false],
      [' ', false, false],
      ['d', false, true],
    ]);
    // "ab" is one word: at a width that takes "ab" but not "ab c", the break falls after "ab".
    const abWidth = textWidth('a', run('', true), 14) + textWidth('b', run(''), 14);
    const narrow = breakLines([run('a', true), run('b'), run(' c')], abWidth + 1, abWidth + 1);
    expect(narrow.map(texts)).toEqual([['a', 'b', ' '], ['c']]);
  });

  it('splits a word longer than the line', () => {
    // "x" is exactly 7 pt at 14 pt in Tinos: 14 of them fit in 100 pt.
    expect(textWidth('x', run(''), 14)).toBe(7);
    const lines = breakLines([run('x'.repeat(49))], 100, 100);
    expect(lines.map((line) => texts(line).join(''))).toEqual(['x'.repeat(14), 'x'.repeat(14), 'x'.repeat(14), 'x'.repeat(7)]);
    expect(lines.map((line) => line.last)).toEqual([false, false, false, true]);
    expect(lines.every((line) => line.widthPt <= 100)).toBe(true);
  });

  it('keeps multiple spaces', () => {
    const [line] = breakLines([run('a   b')], 200, 200);
    expect(texts(line!)).toEqual(['a', '   ', 'b']);
    expect(line!.stretchableSpaces).toBe(3);
  });

  it('breaks after a hyphen followed by a letter', () => {
    const width = textWidth('giáo dục-', run(''), 14) + 1;
    expect(breakLines([run('giáo dục-đào')], width, width).map(texts)).toEqual([['giáo', ' ', 'dục-'], ['đào']]);
  });

  it('never starts a line with closing punctuation, even after a space', () => {
    const width = textWidth('trên địa bàn tại', run(''), 14) + 1;
    const lines = breakLines([run('trên địa bàn tại ......')], width, width);
    expect(lines.map((line) => texts(line).join(''))).toEqual(['trên địa bàn ', 'tại ......']);
    expect(lines[1]!.stretchableSpaces).toBe(1);
  });

  it('gives an empty text one empty last line', () => {
    expect(breakLines([run('')], 100, 100)).toEqual([{ fragments: [], widthPt: 0, stretchableSpaces: 0, last: true }]);
  });
});

describe("LibreOffice's reserve at the end of an italic line", () => {
  const basis = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và các văn bản hướng dẫn thi hành';

  it('is a twelfth of the line height in whole twips: 1.3 pt at 14 pt, 1.2 at 13, 1.15 at 12, none upright', () => {
    expect(italicReservePt({ italic: true, sizePt: 14 })).toBeCloseTo(1.3, 9); // 322 twips / 12 = 26 twips
    expect(italicReservePt({ italic: true, sizePt: 13 })).toBeCloseTo(1.2, 9); // 299 / 12 = 24
    expect(italicReservePt({ italic: true, sizePt: 12 })).toBeCloseTo(1.15, 9); // 276 / 12 = 23
    expect(italicReservePt({ italic: false, sizePt: 14 })).toBe(0);
  });

  it('moves the last word of an italic line that ends closer to the margin than the reserve, not of an upright one', () => {
    const italicWidth = textWidth(basis, run('', false, true), 14);
    // The whole text ends 1.25 pt from the margin: upright (narrower) it fits, italic it does not.
    const column = italicWidth + 1.25;
    expect(breakLines([run(basis)], column, column)).toHaveLength(1);
    const italic = breakLines([run(basis, false, true)], column, column);
    expect(italic.map((line) => line.fragments.map((f) => f.text).join('').trim())).toEqual([basis.replace(/ thi hành$/, ' thi'), 'hành']);
    // 1.31 pt of room is enough.
    expect(breakLines([run(basis, false, true)], italicWidth + 1.31, italicWidth + 1.31)).toHaveLength(1);
  });

  it('keeps the reserve after italic words only: an upright word ending the line needs none', () => {
    const head = run('Căn cứ ', false, true);
    const tail = run('Luật', false, false);
    const width = textWidth('Căn cứ ', head, 14) + textWidth('Luật', tail, 14);
    // Each styled run is a portion of its own in LibreOffice, checked against the line less its own reserve.
    expect(breakLines([head, tail], width + 0.5, width + 0.5)).toHaveLength(1);
    expect(breakLines([run('Căn cứ Luật', false, true)], width + 0.5, width + 0.5)).toHaveLength(2);
  });
});
