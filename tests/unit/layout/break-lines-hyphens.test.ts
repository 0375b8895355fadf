// Where a line breaks at a hyphen or an en dash, as LibreOffice 7.4 breaks it (measured: see breakTokens).
import { describe, expect, it } from '@jest/globals';
import { textWidth } from '../../../src/fonts/font-metrics';
import { breakLines, italicReservePt } from '../../../src/layout/break-lines';
import type { ResolvedRun } from '../../../src/layout/resolved-document';

const run = (text: string, bold = false, italic = false, sizePt = 14): ResolvedRun => ({ text, bold, italic, sizePt });
/**
 * The lines' texts when `text` is set with a first line just wider than `fits` (in the same style, with the room
 * LibreOffice keeps free after italic text) and wide lines after it.
 */
function linesAt(text: string, fits: string, style: Partial<ResolvedRun> = {}): string[] {
  const r = { ...run(text), ...style };
  const width = textWidth(fits, r, r.sizePt) + italicReservePt(r) + 0.5;
  return breakLines([r], width, 1000).map((line) => line.fragments.map((f) => f.text).join(''));
}

describe('a break after a hyphen or an en dash', () => {
  it.each([
    ['between digits', 'năm học 2025-2026 tới', 'năm học 2025-', ['năm học 2025-', '2026 tới']],
    ['between a letter and a digit', 'dịch COVID-19 tại', 'dịch COVID-', ['dịch COVID-', '19 tại']],
    ['between a digit and a letter', 'Số 12-KH của', 'Số 12-', ['Số 12-', 'KH của']],
    ['between letters', 'Quyết định QĐ-UBND của', 'Quyết định QĐ-', ['Quyết định QĐ-', 'UBND của']],
    ['after a space, before a digit', 'nhiệt độ -5 độ', 'nhiệt độ -', ['nhiệt độ -', '5 độ']],
    ['after a space, before a letter', 'cấp -Nội dung', 'cấp -', ['cấp -', 'Nội dung']],
    ['after an opening parenthesis', 'giảm (-5) độ', 'giảm (-', ['giảm (-', '5) độ']],
    ['en dash between digits', 'giai đoạn 2021–2025 đã', 'giai đoạn 2021–', ['giai đoạn 2021–', '2025 đã']],
    ['en dash between letters', 'tuyến Hà Nội–Huế mới', 'tuyến Hà Nội–', ['tuyến Hà Nội–', 'Huế mới']],
  ])('%s: "%s"', (_name, text, fits, expected) => {
    for (const style of [{}, { bold: true }, { italic: true }, { sizePt: 13 }]) expect(linesAt(text, fits, style)).toEqual(expected);
  });

  it('takes the whole word down when the part up to the hyphen does not fit either', () => {
    expect(linesAt('năm học 2025-2026 tới', 'năm học 202')).toEqual(['năm học ', '2025-2026 tới']);
  });

  it('keeps the word whole on the line when it fits', () => {
    expect(linesAt('năm học 2025-2026 tới', 'năm học 2025-2026')).toEqual(['năm học 2025-2026 ', 'tới']);
  });

  it.each([
    ['another hyphen', 'mã KH--HU của', 'mã KH-', ['mã ', 'KH--HU của']],
    ['a full stop', 'năm 2025-. Kèm', 'năm 2025-', ['năm ', '2025-. Kèm']],
    ['a comma', 'số QĐ-, kèm', 'số QĐ-', ['số ', 'QĐ-, kèm']],
    ['a closing parenthesis', 'các xã-) và', 'các xã-', ['các ', 'xã-) và']],
  ])('is not taken before %s ("%s"), as LibreOffice keeps them together', (_name, text, fits, expected) => {
    expect(linesAt(text, fits)).toEqual(expected);
  });

  it('is taken after the second of two hyphens', () => {
    expect(linesAt('mã KH--HU của', 'mã KH--')).toEqual(['mã KH--', 'HU của']);
  });
});
