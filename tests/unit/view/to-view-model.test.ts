import { describe, expect, it } from '@jest/globals';
import { numberLine, recipientLines, toViewModel } from '../../../src/view/to-view-model';
import { makePlan } from '../fixtures';

describe('numberLine', () => {
  it('leaves a six-space blank for the registry when there is no number', () => {
    const line = numberLine(undefined, 'KH', 'SGDĐT');
    expect(line).toBe('Số:       /KH-SGDĐT');
    expect(line).toBe(`Số: ${' '.repeat(6)}/KH-SGDĐT`);
  });

  it('pads numbers below 10 with a zero', () => {
    expect(numberLine(5, 'KH', 'SGDĐT')).toBe('Số: 05/KH-SGDĐT');
    expect(numberLine(12, 'KH', 'SGDĐT')).toBe('Số: 12/KH-SGDĐT');
  });

  it('does not pad numbers of three digits or more', () => {
    expect(numberLine(123, 'KH', 'SGDĐT')).toBe('Số: 123/KH-SGDĐT');
  });

  it('uses only the agency code when the type has no code (công văn)', () => {
    expect(numberLine(7, '', 'SGDĐT')).toBe('Số: 07/SGDĐT');
  });
});

describe('recipientLines', () => {
  it('adds the dash, the purpose in brackets, the semicolon and the archive line', () => {
    const lines = recipientLines({
      recipients: [{ name: 'Giám đốc', purpose: 'để b/c' }, 'Các phòng', 'Phòng A;', 'Phòng B.'],
      archive: ['VT', 'P.GDTX'],
    });
    expect(lines).toEqual(['- Giám đốc (để b/c);', '- Các phòng;', '- Phòng A;', '- Phòng B;', '- Lưu: VT, P.GDTX.']);
  });
});

describe('toViewModel', () => {
  it('numbers headings and marks list items', () => {
    const view = toViewModel(makePlan());
    expect(view.body).toEqual([
      { tag: 'heading-1', text: '1. Mục đích' },
      { tag: 'body', text: 'Nâng cao nhận thức.' },
      { tag: 'item', text: '- Việc một' },
      { tag: 'item', text: '- Việc hai' },
      { tag: 'subitem', text: '+ Ý nhỏ' },
      { tag: 'heading-2', text: '1.1. Yêu cầu' },
      { tag: 'body', text: 'Thiết thực.' },
      { tag: 'heading-1', text: '2. Thời gian' },
    ]);
  });

  it('uses Roman numerals and capitals for top headings in the roman scheme', () => {
    const view = toViewModel(makePlan({ numbering: 'roman' }));
    expect(view.body.filter((line) => line.tag.startsWith('heading'))).toEqual([
      { tag: 'heading-1', text: 'I. MỤC ĐÍCH' },
      { tag: 'heading-2', text: '1. Yêu cầu' },
      { tag: 'heading-1', text: 'II. THỜI GIAN' },
    ]);
  });

  it('words the header: number, national title, motto, place and date', () => {
    const view = toViewModel(makePlan({ number: 5, date: '2025-02-05' }));
    expect(view.agency).toEqual({ parentLines: ['ỦY BAN NHÂN DÂN'], nameLines: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'], partner: null });
    expect(view.numberLine).toBe('Số: 05/KH-SGDĐT');
    expect(view.nation).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(view.motto).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(view.placeDate).toBe('Hà Nội, ngày 05 tháng 02 năm 2025');
    expect(view.typeName).toBe('KẾ HOẠCH');
    expect(view.recipientsLabel).toBe('Nơi nhận:');
  });

  it('leaves the day blank for a "YYYY-MM" date', () => {
    expect(toViewModel(makePlan({ date: '2020-09' })).placeDate).toBe('Hà Nội, ngày .... tháng 9 năm 2020');
  });

  it('writes the signer authority in capitals: KT. head, then the title', () => {
    const view = toViewModel(makePlan());
    expect(view.signer).toEqual({ authorityLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], note: null, otherPost: null, name: 'Nguyễn Văn A' });
  });

  it('writes only the title when the authority is empty', () => {
    const view = toViewModel(makePlan({ signer: { authority: '', title: 'Giám đốc', note: '(Đã ký)' } }));
    expect(view.signer).toEqual({ authorityLines: ['GIÁM ĐỐC'], note: '(Đã ký)', otherPost: null, name: null });
  });

  it('turns line breaks inside plan text into spaces', () => {
    const view = toViewModel(
      makePlan({
        summary: 'Tổ chức Tuần lễ\nhọc tập suốt đời',
        opening: ['Dòng một\n  dòng hai'],
        body: [{ heading: 'Mục\nđích', content: ['Câu\r\ncâu'] }],
      }),
    );
    expect(view.summaryLines).toEqual(['Tổ chức Tuần lễ học tập suốt đời']);
    expect(view.opening).toEqual(['Dòng một dòng hai']);
    expect(view.body).toEqual([
      { tag: 'heading-1', text: '1. Mục đích' },
      { tag: 'body', text: 'Câu câu' },
    ]);
  });

  it('keeps several summary lines apart and fills the metadata', () => {
    const view = toViewModel(makePlan({ summary: ['Tổ chức Tuần lễ', 'năm 2020'] }));
    expect(view.summaryLines).toEqual(['Tổ chức Tuần lễ', 'năm 2020']);
    expect(view.meta).toEqual({
      title: 'Kế hoạch Tổ chức Tuần lễ năm 2020',
      author: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      subject: 'Tổ chức Tuần lễ năm 2020',
      language: 'vi-VN',
    });
  });
});
