import { describe, expect, it } from '@jest/globals';
import { PlanError, type Diagnostic } from '../../../src/errors';
import { parseMarkup } from '../../../src/model/parse-markup';

const meta = { title: 'Kế hoạch', author: 'Sở', subject: 'Tổ chức', language: 'vi-VN' };

const header = `@agency SỞ GIÁO DỤC VÀ ĐÀO TẠO
@number Số: 05/KH-SGDĐT
@nation CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@motto Độc lập - Tự do - Hạnh phúc
@place-date Hà Nội, ngày 05 tháng 02 năm 2025`;

/** The example of src/model/README.md. */
const example = `${header}
@type-name KẾ HOẠCH
@summary Tổ chức Hội khỏe Phù Đổng
@heading-1 1. Mục đích, yêu cầu
@body Kế hoạch này **nhằm** …
@recipients-label Nơi nhận:
@recipient - Lưu: VT, GDTrH.
@authority GIÁM ĐỐC
@signer-name Nguyễn Văn A
`;

function failure(markup: string): Diagnostic {
  try {
    parseMarkup(markup, meta, 'mau.hbs');
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    const { diagnostics } = error as PlanError;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.file).toBe('mau.hbs');
    return diagnostics[0]!;
  }
  throw new Error('parseMarkup accepted bad markup');
}

describe('parseMarkup', () => {
  it('groups the README example into header, title, paragraphs and signature', () => {
    const model = parseMarkup(example, meta, 'mau.hbs');
    expect(model.meta).toBe(meta);
    expect(model.sections[0]!.blocks.map((b) => (b.type === 'paragraph' ? `paragraph:${b.role}` : b.type))).toEqual([
      'header',
      'title',
      'paragraph:heading-1',
      'paragraph:body',
      'signature',
    ]);
    expect(model.sections[0]!.blocks[0]).toEqual({
      type: 'header',
      parentAgency: [],
      agency: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
      number: 'Số: 05/KH-SGDĐT',
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: 'Hà Nội, ngày 05 tháng 02 năm 2025',
    });
    expect(model.sections[0]!.blocks[1]).toEqual({ type: 'title', name: 'KẾ HOẠCH', summary: ['Tổ chức Hội khỏe Phù Đổng'] });
    expect(model.sections[0]!.blocks[3]).toEqual({
      type: 'paragraph',
      role: 'body',
      runs: [
        { text: 'Kế hoạch này ', bold: false, italic: false },
        { text: 'nhằm', bold: true, italic: false },
        { text: ' …', bold: false, italic: false },
      ],
    });
    expect(model.sections[0]!.blocks[4]).toEqual({
      type: 'signature',
      recipientsLabel: 'Nơi nhận:',
      recipients: ['- Lưu: VT, GDTrH.'],
      authority: ['GIÁM ĐỐC'],
      note: null,
      name: 'Nguyễn Văn A',
    });
  });

  it('collects repeated tags of a group in order', () => {
    const markup = `@parent-agency ỦY BAN NHÂN DÂN\n@parent-agency THÀNH PHỐ HỒ CHÍ MINH\n${header}\n@type-name KẾ HOẠCH\n@summary Dòng một\n@summary Dòng hai`;
    const [head, title] = parseMarkup(markup, meta, 'mau.hbs').sections[0]!.blocks;
    expect(head).toMatchObject({ parentAgency: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH'] });
    expect(title).toEqual({ type: 'title', name: 'KẾ HOẠCH', summary: ['Dòng một', 'Dòng hai'] });
  });

  it('gives each paragraph tag its role and skips blank lines', () => {
    const markup = '@basis Căn cứ A;\n\n@heading-2 1.1. B\r\n@heading-3 a) C\n   \n@item - D\n@subitem + E\n@body';
    const blocks = parseMarkup(markup, meta, 'mau.hbs').sections[0]!.blocks;
    expect(blocks.map((b) => (b.type === 'paragraph' ? [b.role, b.runs.map((r) => r.text).join('')] : b.type))).toEqual([
      ['basis', 'Căn cứ A;'],
      ['heading-2', '1.1. B'],
      ['heading-3', 'a) C'],
      ['item', '- D'],
      ['subitem', '+ E'],
    ]);
  });

  it('keeps the inner spaces of a line', () => {
    const [head] = parseMarkup(header.replace('Số: 05/', 'Số:       /'), meta, 'mau.hbs').sections[0]!.blocks;
    expect(head).toMatchObject({ number: 'Số:       /KH-SGDĐT' });
  });

  it('reads the signature note', () => {
    const markup = '@recipients-label Nơi nhận:\n@recipient - Lưu: VT.\n@authority KT. GIÁM ĐỐC\n@authority PHÓ GIÁM ĐỐC\n@signature-note (Đã ký)';
    expect(parseMarkup(markup, meta, 'mau.hbs').sections[0]!.blocks).toEqual([
      { type: 'signature', recipientsLabel: 'Nơi nhận:', recipients: ['- Lưu: VT.'], authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], note: '(Đã ký)', name: null },
    ]);
  });
});

describe('parseMarkup errors', () => {
  it('rejects an unknown tag, naming the output line when the template line is unknown', () => {
    const d = failure('@body a\n\n@bogus b\n');
    expect(d.line).toBeUndefined();
    expect(d.message).toBe('thẻ "@bogus" không tồn tại (dòng 3 của kết quả mẫu)');
    expect(d.hint).toContain('heading-1');
  });

  it('points at the template line that writes a bad tag', () => {
    try {
      parseMarkup('@body a\n@bogus b\n', meta, 'mau.hbs', (tag) => (tag === 'bogus' ? { file: 'partials/x.hbs', line: 4 } : undefined));
      throw new Error('accepted');
    } catch (error) {
      const [d] = (error as PlanError).diagnostics;
      expect(d).toMatchObject({ file: 'partials/x.hbs', line: 4, message: 'thẻ "@bogus" không tồn tại' });
    }
  });

  it('rejects a line without "@"', () => {
    const d = failure('@body a\nhello world\n');
    expect(d.message).toContain('"hello world"');
    expect(d.message).toContain('dòng 2 của kết quả mẫu');
  });

  // Issue 17: @number and @place-date became optional (Biên bản, an attached document); @agency never is.
  it('rejects a header without @agency, naming the header', () => {
    const d = failure(`${header.replace(/@agency .*\n/, '')}\n@type-name KẾ HOẠCH\n@summary S`);
    expect(d.message).toMatch(/^khối "header" thiếu phần "agency"/);
  });

  it('rejects a @subject without @number, naming the tag', () => {
    const d = failure(`${header.replace(/@number.*\n/, '@subject V/v triển khai\n')}\n@type-name KẾ HOẠCH\n@summary S`);
    expect(d.message).toMatch(/^khối "header" thiếu thẻ "@number"/);
  });

  it('rejects a group that appears twice', () => {
    const d = failure(`${header}\n@body giữa\n@agency CƠ QUAN KHÁC`);
    expect(d.message).toBe('khối "header" xuất hiện hai lần (dòng 7 của kết quả mẫu)');
  });

  it('rejects a group tag without text', () => {
    const d = failure('@type-name KẾ HOẠCH\n@summary\n');
    expect(d.message).toBe('thẻ "@summary" không có nội dung (dòng 2 của kết quả mẫu)');
    expect(d.hint).toBe('loại văn bản này không có phần đó; viết thẻ trong {{#if …}} như mẫu có sẵn của plan (ví dụ {{#if placeDate}} ở partials/header.hbs)');
  });
});
