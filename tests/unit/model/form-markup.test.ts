// The tags of issue 17's forms (src/model/README.md) read into the document model, and what the reader refuses.
import { describe, expect, it } from '@jest/globals';
import { PlanError, type Diagnostic } from '../../../src/errors';
import { parseMarkup } from '../../../src/model/parse-markup';

const meta = { title: 'Công văn', author: 'Sở', subject: 'V/v', language: 'vi-VN' };
const names = `@agency SỞ GIÁO DỤC VÀ ĐÀO TẠO
@nation CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@motto Độc lập - Tự do - Hạnh phúc`;

function failure(markup: string): Diagnostic {
  try {
    parseMarkup(markup, meta, 'mau.hbs');
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    return (error as PlanError).diagnostics[0]!;
  }
  throw new Error('parseMarkup accepted bad markup');
}

describe('the forms’ tags', () => {
  it('reads a Công văn: "V/v" lines in the header, the addressees block, no title', () => {
    const model = parseMarkup(
      `${names}\n@number Số: 05/SGDĐT-GDTrH\n@subject V/v triển khai\n@subject Kế hoạch\n@place-date Hà Nội, ngày 05 tháng 02 năm 2025\n@to-label Kính gửi:\n@to - Phòng A;\n@to - Phòng B.\n@body Nội dung.`,
      meta,
      'mau.hbs',
    );
    const [header, addressees, body] = model.sections[0]!.blocks;
    expect(header).toMatchObject({ type: 'header', number: 'Số: 05/SGDĐT-GDTrH', subject: ['V/v triển khai', 'Kế hoạch'] });
    expect(addressees).toEqual({ type: 'addressees', label: 'Kính gửi:', names: ['- Phòng A;', '- Phòng B.'] });
    expect(body).toMatchObject({ type: 'paragraph', role: 'body' });
  });

  it('reads a header without number and place-date, a title with its reference, the new roles, an attachment section', () => {
    const model = parseMarkup(
      `@authority-line GIÁM ĐỐC SỞ\n@enacting QUYẾT ĐỊNH:\n@attachment landscape\n${names}\n@type-name QUY CHẾ\n@summary Tổ chức\n@title-reference (Kèm theo Quyết định số 05/QĐ-SGDĐT\n@title-reference của Giám đốc Sở)\n@chapter Chương I\n@chapter-title QUY ĐỊNH CHUNG\n@article Điều 1. Phạm vi`,
      meta,
      'mau.hbs',
    );
    expect(model.sections.map((s) => [s.kind, s.landscape])).toEqual([['main', false], ['attachment', true]]);
    expect(model.sections[0]!.blocks.map((b) => (b.type === 'paragraph' ? b.role : b.type))).toEqual(['authority-line', 'enacting']);
    const [header, title, ...rest] = model.sections[1]!.blocks;
    expect(header).toMatchObject({ number: '', placeDate: '' });
    expect(header).not.toHaveProperty('subject');
    expect(title).toEqual({ type: 'title', name: 'QUY CHẾ', summary: ['Tổ chức'], reference: ['(Kèm theo Quyết định số 05/QĐ-SGDĐT', 'của Giám đốc Sở)'] });
    expect(rest.map((b) => (b.type === 'paragraph' ? b.role : b.type))).toEqual(['chapter', 'chapter-title', 'article']);
  });

  it('reads a title without summary and a signature without Nơi nhận', () => {
    const model = parseMarkup(`@type-name GIẤY GIỚI THIỆU\n@authority GIÁM ĐỐC\n@signer-name Nguyễn Văn A`, meta, 'mau.hbs');
    expect(model.sections[0]!.blocks).toEqual([
      { type: 'title', name: 'GIẤY GIỚI THIỆU', summary: [] },
      { type: 'signature', recipientsLabel: '', recipients: [], authority: ['GIÁM ĐỐC'], note: null, name: 'Nguyễn Văn A' },
    ]);
  });

  it.each([
    ['recipients without their label', '@recipient - Lưu: VT.\n@authority GIÁM ĐỐC', /^khối "signature" thiếu thẻ "@recipients-label"/],
    ['a label without recipients', '@recipients-label Nơi nhận:\n@authority GIÁM ĐỐC', /^khối "signature" thiếu thẻ "@recipient"/],
    ['addressees without the label', '@to - Phòng A;', /^khối "addressees" thiếu phần "label"/],
    ['a label without addressees', '@to-label Kính gửi:\n@body x', /^khối "addressees" thiếu phần "names"/],
    ['"V/v" without a number', `${names}\n@subject V/v triển khai`, /^khối "header" thiếu thẻ "@number"/],
    ['an attachment option that does not exist', '@attachment sideways', /^thẻ "@attachment" không có tùy chọn "sideways"/],
    ['a title without its name', '@summary Tổ chức', /^khối "title" thiếu phần "name"/],
  ])('refuses %s, naming the tag', (_, markup, message) => {
    const d = failure(markup);
    expect(d.message).toMatch(message);
    expect(d.file).toBe('mau.hbs');
  });
});
