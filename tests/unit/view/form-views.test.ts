// Each form's view: the words Phụ lục III's forms print, numbered and punctuated for the clerk.
import { describe, expect, it } from '@jest/globals';
import { planSchema, type Plan } from '../../../src/plan/plan-schema';
import { toViewModel } from '../../../src/view/to-view-model';
import { modelOf } from '../fixtures';

/** A plan of the given type: shared fields of a Sở's document, the type's own given; a field set to undefined is left out. */
function planOf(type: string, fields: Record<string, unknown>): Plan {
  const plan: Record<string, unknown> = {
    agency: { parent: 'UBND TỈNH BÌNH ĐỊNH', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', code: 'SGDĐT' },
    place: 'Bình Định',
    date: '2026-03-02',
    number: 7,
    recipients: ['Giám đốc Sở'],
    archive: ['VT', 'GDTrH'],
    signer: { authority: 'KT.', head: 'Giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Văn An' },
    ...fields,
    type,
  };
  for (const [key, value] of Object.entries(plan)) if (value === undefined) delete plan[key];
  return planSchema().parse(plan);
}

const texts = (lines: Array<{ tag: string; text: string }>) => lines.map((line) => `@${line.tag} ${line.text}`);

describe('a decision (Quyết định, mẫu 1.2–1.3)', () => {
  const decision = {
    summary: 'Ban hành Kế hoạch tổ chức Hội thi',
    authority: 'Giám đốc Sở Giáo dục và Đào tạo',
    bases: ['Căn cứ Luật Giáo dục;'],
    proposal: 'Theo đề nghị của Trưởng phòng Giáo dục Trung học.',
    articles: ['Ban hành kèm theo Quyết định này Kế hoạch.', { text: 'Giao nhiệm vụ:', content: [{ list: ['Phòng A chủ trì'] }] }, 'Chánh Văn phòng chịu trách nhiệm thi hành./.'],
    attachment: { type: 'ke-hoach', summary: 'Tổ chức Hội thi', body: [{ heading: 'Mục đích', content: ['Nâng cao chất lượng.'] }] },
  };
  const view = toViewModel(planOf('quyet-dinh', decision));

  it('prints the authority in capitals, the enacting word and the articles numbered', () => {
    expect(view.authorityLines).toEqual(['GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO']);
    expect(view.proposal).toBe('Theo đề nghị của Trưởng phòng Giáo dục Trung học.');
    expect(view.enacting).toBe('QUYẾT ĐỊNH:');
    expect(texts(view.body)).toEqual([
      '@body **Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch.',
      '@body **Điều 2.** Giao nhiệm vụ:',
      '@item - Phòng A chủ trì',
      '@body **Điều 3.** Chánh Văn phòng chịu trách nhiệm thi hành./.',
    ]);
    expect(view.numberLine).toBe('Số: 07/QĐ-SGDĐT');
  });

  it('opens Nơi nhận with "- Như Điều 3;" (the last article unless executingArticle says)', () => {
    expect(view.recipients).toEqual(['- Như Điều 3;', '- Giám đốc Sở;', '- Lưu: VT, GDTrH.']);
    expect(toViewModel(planOf('quyet-dinh', { ...decision, executingArticle: 2 })).recipients[0]).toBe('- Như Điều 2;');
  });

  it('names the decision by its number and date under the attached plan\'s title', () => {
    expect(view.attachment).toMatchObject({
      typeName: 'KẾ HOẠCH',
      summaryLines: ['Tổ chức Hội thi'],
      reference: ['(Kèm theo Quyết định số 07/QĐ-SGDĐT ngày 02 tháng 3 năm 2026', 'của Giám đốc Sở Giáo dục và Đào tạo)'],
    });
    expect(texts(view.attachment!.body)).toEqual(['@heading-1 1. Mục đích', '@body Nâng cao chất lượng.']);
  });

  it('enacts a Nghị quyết with "QUYẾT NGHỊ:"', () => {
    expect(toViewModel(planOf('nghi-quyet', { ...decision, attachment: undefined })).enacting).toBe('QUYẾT NGHỊ:');
  });

  it('names a council by its name alone under the attached document, without its session line', () => {
    const council = { ...decision, authority: ['HỘI ĐỒNG NHÂN DÂN XÃ TÂN PHÚ', 'KHÓA I, KỲ HỌP THỨ SÁU'], attachment: { ...decision.attachment, type: 'quy-dinh' } };
    const resolution = toViewModel(planOf('nghi-quyet', council));
    expect(resolution.authorityLines).toEqual(['HỘI ĐỒNG NHÂN DÂN XÃ TÂN PHÚ', 'KHÓA I, KỲ HỌP THỨ SÁU']);
    expect(resolution.attachment?.reference).toEqual(['(Kèm theo Nghị quyết số 07/NQ-SGDĐT ngày 02 tháng 3 năm 2026', 'của Hội đồng nhân dân xã Tân Phú)']);
  });
});

describe('a công văn (mẫu 1.5)', () => {
  const view = toViewModel(planOf('cong-van', { subject: ['Triển khai Kế hoạch', 'tổ chức Hội thi'], unit: 'GDTrH', to: ['Phòng GD&ĐT các huyện', 'Các trường THPT;'], body: ['Đề nghị triển khai./.'] }));

  it('has no type name, "V/v" on its first subject line, the unit in the symbol', () => {
    expect(view.typeName).toBe('');
    expect(view.subjectLines).toEqual(['V/v Triển khai Kế hoạch', 'tổ chức Hội thi']);
    expect(view.numberLine).toBe('Số: 07/SGDĐT-GDTrH');
  });

  it('lists several addressees with "- " and ";", the last with ".", and opens Nơi nhận with "- Như trên;"', () => {
    expect(view.addressees).toEqual({ label: 'Kính gửi:', names: ['- Phòng GD&ĐT các huyện;', '- Các trường THPT.'] });
    expect(view.recipients[0]).toBe('- Như trên;');
  });

  it('writes one addressee bare, on the label\'s line', () => {
    expect(toViewModel(planOf('cong-van', { subject: 'X', to: 'Bộ Nội vụ', body: ['Y./.'] })).addressees).toEqual({ label: 'Kính gửi:', names: ['Bộ Nội vụ'] });
  });

  it('carries "CV" on a Party or Đoàn document (Số 15-CV/HU)', () => {
    const party = planOf('cong-van', { subject: 'X', to: 'Ban Tuyên giáo', body: ['Y./.'], agency: { kind: 'dang', name: 'HUYỆN ỦY PHÙ CÁT', code: 'HU' }, signer: { lines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'] } });
    expect(toViewModel(party).numberLine).toBe('Số 07-CV/HU');
  });
});

describe('the short papers', () => {
  it('a giấy mời: who invites whom, to what, chaired by whom, when and where, ending "./."', () => {
    const view = toViewModel(planOf('giay-moi', { summary: 'Dự Hội nghị', guests: 'Hiệu trưởng các trường', event: 'Hội nghị tổng kết', chair: 'Ông Nguyễn Văn An', time: '08 giờ 00, ngày 16/3/2026', venue: 'Hội trường Sở' }));
    expect(texts(view.body)).toEqual([
      '@body Sở Giáo dục và Đào tạo trân trọng kính mời: Hiệu trưởng các trường',
      '@body Tới dự Hội nghị tổng kết.',
      '@body Chủ trì: Ông Nguyễn Văn An.',
      '@body Thời gian: 08 giờ 00, ngày 16/3/2026.',
      '@body Địa điểm: Hội trường Sở./.',
    ]);
    expect(view.recipients[0]).toBe('- Như trên;');
  });

  it('a giấy giới thiệu: the person, where to and why, valid until a date', () => {
    const view = toViewModel(planOf('giay-gioi-thieu', { person: { name: 'Trần Thị Bình', post: 'Chuyên viên' }, sentTo: 'Trường THPT Quy Nhơn', purpose: 'Kiểm tra', validUntil: '2026-03-31' }));
    expect(view.typeName).toBe('GIẤY GIỚI THIỆU');
    expect(view.summaryLines).toEqual([]);
    expect(texts(view.body).at(-1)).toBe('@body Giấy này có giá trị đến hết ngày 31/03/2026./.');
  });

  it('a giấy nghỉ phép counts the days of leave, both ends included', () => {
    const view = toViewModel(planOf('giay-nghi-phep', { person: { name: 'Trần Thị Bình', post: 'Chuyên viên' }, request: '2026-02-25', leave: { kind: 'phép năm 2026', from: '2026-02-27', to: '2026-03-02', at: 'Đà Nẵng' } }));
    expect(texts(view.body).at(-1)).toBe('@body Nghỉ phép năm 2026 trong thời gian 4 ngày, kể từ ngày 27 tháng 02 năm 2026 đến hết ngày 02 tháng 3 năm 2026 tại Đà Nẵng./.');
  });
});

describe('minutes and agreements (two signers)', () => {
  it('a biên bản has no place-date in its header, its meeting worded, the secretary on the left', () => {
    const view = toViewModel(
      planOf('bien-ban', {
        place: undefined,
        signer: undefined,
        summary: 'Họp Ban tổ chức',
        meeting: { start: '08 giờ 00', venue: 'Phòng họp', attendees: ['Ông A', 'Bà B'], chair: 'Ông A', secretary: 'Bà B' },
        body: ['Thống nhất.'],
        ended: '10 giờ 30 phút cùng ngày',
        signers: [{ title: 'Thư ký', name: 'Bà B' }, { title: 'Chủ tọa', name: 'Ông A' }],
      }),
    );
    expect(view.placeDate).toBe('');
    expect(view.leftSigner?.authorityLines).toEqual(['THƯ KÝ']);
    expect(view.signer.authorityLines).toEqual(['CHỦ TỌA']);
    expect(texts(view.body)).toEqual(expect.arrayContaining(['@item - Ông A;', '@item - Bà B.', '@body Cuộc họp kết thúc vào 10 giờ 30 phút cùng ngày./.']));
  });

  it('a biên bản that names its place still has no place-date in its header', () => {
    const minutes = {
      signer: undefined,
      summary: 'Họp Ban tổ chức',
      meeting: { start: '08 giờ 00', venue: 'Phòng họp', attendees: 'Ban tổ chức', chair: 'Ông A', secretary: 'Bà B' },
      body: ['Thống nhất.'],
      ended: '10 giờ 30 phút cùng ngày',
      signers: [{ title: 'Thư ký', name: 'Bà B' }, { title: 'Chủ tọa', name: 'Ông A' }],
    };
    expect(toViewModel(planOf('bien-ban', { ...minutes, place: 'Bình Định' })).placeDate).toBe('');
  });

  it('a hợp đồng names its parties Bên A and Bên B and numbers its terms as articles', () => {
    const view = toViewModel(
      planOf('hop-dong', {
        summary: 'Về việc in tài liệu',
        parties: [{ name: 'Sở GD&ĐT', lines: ['Địa chỉ: 01 Lê Lợi'] }, { name: 'Công ty In' }],
        body: [{ heading: 'Nội dung', content: [{ heading: 'Khối lượng', content: ['500 cuốn.'] }] }, { heading: 'Giá trị' }],
        signer: undefined,
        recipients: undefined,
        archive: undefined,
        signers: [{ title: 'Đại diện bên A' }, { title: 'Đại diện bên B' }],
      }),
    );
    expect(texts(view.body)).toEqual(['@body **Bên A: Sở GD&ĐT**', '@body Địa chỉ: 01 Lê Lợi', '@body **Bên B: Công ty In**', '@article Điều 1. Nội dung', '@heading-3 1. Khối lượng', '@body 500 cuốn.', '@article Điều 2. Giá trị']);
    expect(view.recipientsLabel).toBe('');
  });
});

describe('chapters and articles (quy chế)', () => {
  it('numbers the articles on across chapters', () => {
    const view = toViewModel(
      planOf('quy-che', {
        summary: 'Quy chế làm việc',
        body: [
          { heading: 'Quy định chung', content: [{ heading: 'Phạm vi' }, { heading: 'Đối tượng' }] },
          { heading: 'Tổ chức thực hiện', content: [{ heading: 'Hiệu lực', content: [{ heading: 'Khoản một' }] }] },
        ],
      }),
    );
    expect(texts(view.body)).toEqual([
      '@chapter Chương I',
      '@chapter-title QUY ĐỊNH CHUNG',
      '@article Điều 1. Phạm vi',
      '@article Điều 2. Đối tượng',
      '@chapter Chương II',
      '@chapter-title TỔ CHỨC THỰC HIỆN',
      '@article Điều 3. Hiệu lực',
      '@heading-3 1. Khoản một',
    ]);
  });
});

describe('a joint decision (liên tịch)', () => {
  it('heads the document it issues with both issuers, as its own first page', () => {
    const plan = planOf('quyet-dinh', {
      agency: { name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', code: 'SGDĐT', partner: { name: 'TỈNH ĐOÀN BÌNH ĐỊNH', code: 'TĐ' } },
      summary: 'Ban hành Kế hoạch liên tịch',
      authority: 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      articles: ['Ban hành kèm theo Quyết định này Kế hoạch.', 'Chánh Văn phòng chịu trách nhiệm thi hành./.'],
      attachment: { type: 'ke-hoach', summary: 'Liên tịch', body: ['Nội dung./.'] },
      signer: undefined,
      signers: [{ lines: ['TM. BAN THƯỜNG VỤ', 'BÍ THƯ'] }, { title: 'GIÁM ĐỐC' }],
    });
    const attachment = modelOf(plan).sections.find((section) => section.kind === 'attachment')!;
    expect(attachment.blocks[0]).toMatchObject({ type: 'header', agency: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'], partner: { agency: ['TỈNH ĐOÀN BÌNH ĐỊNH'] } });
  });
});
