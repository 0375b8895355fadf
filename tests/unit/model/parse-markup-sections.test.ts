import { describe, expect, it } from '@jest/globals';
import { PlanError } from '../../../src/errors';
import { parseMarkup } from '../../../src/model/parse-markup';

const meta = { title: 'Kế hoạch', author: 'Sở', subject: 'Tổ chức', language: 'vi-VN' };

const main = `@agency SỞ GIÁO DỤC VÀ ĐÀO TẠO
@number Số: 05/KH-SGDĐT
@nation CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@motto Độc lập - Tự do - Hạnh phúc
@place-date Hà Nội, ngày 05 tháng 02 năm 2025
@type-name KẾ HOẠCH
@summary Tổ chức Hội khỏe Phù Đổng
@body Nội dung (chi tiết tại Phụ lục I kèm theo).
@recipients-label Nơi nhận:
@recipient - Lưu: VT.
@authority GIÁM ĐỐC`;

const appendix = (options: string, label: string) => `@appendix ${options}
@appendix-label ${label}
@appendix-title DANH SÁCH ĐƠN VỊ
@appendix-reference (Kèm theo Kế hoạch số 05/KH-SGDĐT ngày 05 tháng 02 năm 2025
@appendix-reference của Sở Giáo dục và Đào tạo)
@body Đoạn của phụ lục.`;

describe('parseMarkup: sections', () => {
  it('puts everything in one main section when there is no @appendix', () => {
    const model = parseMarkup(main, meta, 'mau.hbs');
    expect(model.sections.map((s) => [s.kind, s.landscape, s.blocks.length])).toEqual([['main', false, 4]]);
  });

  it('starts a section at each @appendix, landscape when asked, with its head as one block', () => {
    const model = parseMarkup(`${main}\n${appendix('', 'Phụ lục I')}\n${appendix('landscape', 'Phụ lục II')}`, meta, 'mau.hbs');
    expect(model.sections.map((s) => [s.kind, s.landscape, s.blocks.map((b) => b.type)])).toEqual([
      ['main', false, ['header', 'title', 'paragraph', 'signature']],
      ['appendix', false, ['appendix-head', 'paragraph']],
      ['appendix', true, ['appendix-head', 'paragraph']],
    ]);
    expect(model.sections[2]!.blocks[0]).toEqual({
      type: 'appendix-head',
      label: 'Phụ lục II',
      title: ['DANH SÁCH ĐƠN VỊ'],
      reference: ['(Kèm theo Kế hoạch số 05/KH-SGDĐT ngày 05 tháng 02 năm 2025', 'của Sở Giáo dục và Đào tạo)'],
    });
  });

  it('refuses an unknown option of @appendix, naming the options', () => {
    try {
      parseMarkup(`${main}\n${appendix('ngang', 'Phụ lục')}`, meta, 'mau.hbs');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(PlanError);
      const [diagnostic] = (error as PlanError).diagnostics;
      expect(diagnostic!.message).toContain('"ngang"');
      expect(diagnostic!.hint).toContain('landscape, portrait');
    }
  });

  it('refuses an appendix head without its reference line', () => {
    expect(() => parseMarkup(`${main}\n@appendix\n@appendix-label Phụ lục\n@body x`, meta, 'mau.hbs')).toThrow(PlanError);
  });

  it('allows each group once per section, not once per document', () => {
    const twice = `${main}\n${appendix('', 'Phụ lục I')}\n@appendix-label Phụ lục I bis\n@appendix-reference (Kèm theo)`;
    expect(() => parseMarkup(twice, meta, 'mau.hbs')).toThrow(PlanError);
  });
});
