import { it } from '@jest/globals';
import { parseInline } from '../../src/model/parse-inline';
import { breakLines } from '../../src/layout/break-lines';
import { textWidth } from '../../src/fonts/font-metrics';
it('x', () => {
  for (const s of ['Ghi chú (*) và (**)', 'a ** b', '5 ** 2', '***x***', '*']) console.log(s, '=>', JSON.stringify(parseInline(s)));
  const r = (text: string, bold = false, italic = false) => ({ text, bold, italic, sizePt: 14 });
  const show = (ls: ReturnType<typeof breakLines>) => JSON.stringify(ls.map((l) => ({ t: l.fragments.map((f) => f.text), w: l.widthPt, s: l.stretchableSpaces, last: l.last })));
  console.log(show(breakLines([r('xin chào')], 100, 100)));
  console.log(show(breakLines([r('Giáo dục và Đào tạo quận huyện phối hợp với Hội Khuyến học tham mưu')], 150, 200)));
  console.log(show(breakLines([r('a', true), r('b'), r(' c '), r('d', false, true)], 300, 300)));
  console.log(show(breakLines([r('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')], 100, 100)));
  console.log(show(breakLines([r('a   b')], 100, 100)));
  console.log(show(breakLines([r('')], 100, 100)));
  console.log(show(breakLines([r('giáo dục-đào tạo giáo dục-đào')], 100, 100)));
  console.log(textWidth('x', { bold: false, italic: false }, 14));
});
