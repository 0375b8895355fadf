// Validation per document type (issue 17, point 5): a key the form needs is named with the type and the line to add;
// the checks across a form's fields (a decision and its attachment, a biên bản's signers, a leave's dates, a Party
// công văn's symbol) give located errors and warnings.
import { describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../../src/plan/load-plan';
import { diagnosticsOf } from '../../helpers/plan-diagnostics';

const head = `agency:
  parent: UBND HUYỆN SƠN TỊNH
  name: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
  code: PGDĐT
number: 9
place: Sơn Tịnh
date: "2026-07-01"
`;
const tail = `recipients: [Lãnh đạo Phòng]
archive: [VT, TH]
`;
const one = `signer: { title: TRƯỞNG PHÒNG, name: Võ Minh Khang }\n`;

/** One plan of each form whose keys are asked for by name, valid as written. */
const plans: Record<string, string> = {
  'cong-van': `type: cong-van\n${head}subject: Chuẩn bị năm học mới\nto: Các trường tiểu học\nbody: [Đề nghị các trường chuẩn bị năm học mới./.]\n${tail}${one}`,
  'quyet-dinh': `type: quyet-dinh\n${head}summary: Thành lập Tổ công tác\nauthority: TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\narticles: [Thành lập Tổ công tác., Quyết định này có hiệu lực kể từ ngày ký., Tổ công tác chịu trách nhiệm thi hành Quyết định này./.]\n${tail}${one}`,
  'cong-dien': `type: cong-dien\n${head}summary: Ứng phó bão số 3\nsender: TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nto: [Hiệu trưởng các trường]\nbody: [Cho học sinh nghỉ học./.]\n${tail}${one}`,
  'giay-moi': `type: giay-moi\n${head}summary: Dự họp\nguests: Hiệu trưởng các trường\nevent: Hội nghị tổng kết năm học\ntime: 08 giờ 00, ngày 10/7/2026\nvenue: Hội trường Phòng\n${tail}${one}`,
  'giay-gioi-thieu': `type: giay-gioi-thieu\n${head}person: { name: Đặng Thị Ngọc, post: Chuyên viên }\nsentTo: Sở Giáo dục và Đào tạo\npurpose: Liên hệ công tác\nvalidUntil: "2026-07-31"\n${tail}${one}`,
  'giay-nghi-phep': `type: giay-nghi-phep\n${head}person: { name: Đặng Thị Ngọc, post: Chuyên viên }\nrequest: "2026-06-25"\nleave: { kind: phép năm 2026, from: "2026-07-13", to: "2026-07-17", at: thành phố Huế }\n${tail}${one}`,
  'bien-ban': `type: bien-ban\n${head}summary: Họp Tổ công tác\nmeeting: { start: 08 giờ 00 ngày 01/7/2026, venue: Phòng họp, attendees: Tổ công tác, chair: "Ông Võ Minh Khang, Trưởng phòng", secretary: "Bà Đặng Thị Ngọc, chuyên viên" }\nbody: [Tổ thống nhất kế hoạch.]\nended: 10 giờ 00 cùng ngày\n${tail}signers: [{ title: THƯ KÝ, name: Đặng Thị Ngọc }, { title: CHỦ TỌA, name: Võ Minh Khang }]\n`,
  'hop-dong': `type: hop-dong\n${head}summary: Cung cấp suất ăn\nparties: [{ name: Trường A }, { name: Hợp tác xã B }]\nbody: [Bên B cung cấp suất ăn.]\nsigners: [{ title: ĐẠI DIỆN BÊN A, name: Lê Văn A }, { title: ĐẠI DIỆN BÊN B, name: Lê Thị B }]\n`,
  'thu-cong': `type: thu-cong\n${head}title: THƯ CHÚC MỪNG\nbody: [Nhân dịp năm học mới, xin gửi lời chúc mừng./.]\n${tail}${one}`,
};

/** The plan of a type without one of its keys (a key written on one line; a flow mapping or list is one line). */
const without = (type: string, key: string) => plans[type]!.replace(new RegExp(`^${key}:.*\\n`, 'm'), '');

/** A valid plan's warnings, "path: message" in Vietnamese. */
const warningsOf = (source: string) => parsePlan(source, 'p.yaml').warnings.map((w) => `${w.path}: ${w.message}`);
const errorsOf = (source: string) => diagnosticsOf(source).map((d) => `${d.line} ${d.path}: ${d.message}`);

describe('a key the form needs, named with its type', () => {
  it('accepts every plan of the table as written, without warnings', () => {
    for (const source of Object.values(plans)) expect(warningsOf(source)).toEqual([]);
  });

  it.each([
    ['cong-van', 'to', 'Công văn cần Kính gửi', 'thêm to: Bộ Nội vụ (một nơi), hoặc danh sách to: [Bộ Nội vụ, Bộ Tài chính]'],
    ['cong-van', 'subject', 'Công văn cần trích yếu "V/v …" dưới số, ký hiệu', 'thêm subject: '],
    ['quyet-dinh', 'authority', 'Quyết định cần thẩm quyền ban hành, in hoa đậm trước các căn cứ', 'thêm authority: GIÁM ĐỐC SỞ'],
    ['quyet-dinh', 'articles', 'Quyết định cần các điều ("Điều 1.", "Điều 2." do máy tự đánh số)', 'thêm articles: ["Ban hành kèm theo Quyết định này'],
    ['cong-dien', 'sender', 'Công điện cần người điện, in hoa đậm trước chữ "điện:"', 'thêm sender: '],
    ['giay-moi', 'guests', 'Giấy mời cần người được mời (in sau "trân trọng kính mời:")', 'thêm guests: '],
    ['giay-moi', 'time', 'Giấy mời cần thời gian', 'thêm time: 08 giờ 00'],
    ['giay-moi', 'venue', 'Giấy mời cần địa điểm', 'thêm venue: '],
    ['giay-gioi-thieu', 'person', 'Giấy giới thiệu cần người được giới thiệu', 'thêm person: { name: '],
    ['giay-gioi-thieu', 'validUntil', 'Giấy giới thiệu cần ngày hết giá trị', 'thêm validUntil: "2026-03-31"'],
    ['giay-nghi-phep', 'person', 'Giấy nghỉ phép cần người được nghỉ phép', 'thêm person: { name: '],
    ['giay-nghi-phep', 'leave', 'Giấy nghỉ phép cần thời gian và nơi nghỉ', 'thêm leave: { kind: '],
    ['bien-ban', 'meeting', 'Biên bản cần cuộc họp: thời gian, địa điểm, thành phần, chủ trì, thư ký', 'thêm meeting: { start: '],
    ['bien-ban', 'ended', 'Biên bản cần giờ kết thúc cuộc họp', 'thêm ended: '],
    ['bien-ban', 'signers', 'Biên bản cần hai người ký cạnh nhau: thư ký (bên trái) và chủ tọa (bên phải)', 'thêm signers: [{ title: THƯ KÝ'],
    ['hop-dong', 'parties', 'Hợp đồng cần hai bên ký kết', 'thêm parties: '],
    ['hop-dong', 'signers', 'Hợp đồng cần hai người ký cạnh nhau: đại diện bên thứ nhất (bên trái) và bên thứ hai (bên phải)', 'thêm signers: [{ title: ĐẠI DIỆN BÊN A'],
    ['thu-cong', 'title', 'Thư công cần tên thư, in hoa giữa trang', 'thêm title: THƯ CHÚC MỪNG'],
  ])('%s without %s', (type, key, message, hint) => {
    const [d, ...rest] = diagnosticsOf(without(type, key));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: key, line: 1, message });
    expect(d!.hint!.startsWith(hint)).toBe(true);
    expect(d!.en.message).toMatch(/^a .+ needs /);
  });

  it('lets a Giấy ủy quyền be signed by one or by both (the one authorizing and the one authorized), a Kế hoạch by one', () => {
    const two = 'signers: [{ title: NGƯỜI ĐƯỢC ỦY QUYỀN, name: Đặng Thị Ngọc }, { title: NGƯỜI ỦY QUYỀN, name: Võ Minh Khang }]\n';
    const authorization = `type: giay-uy-quyen\n${head}body: [Ủy quyền cho bà Đặng Thị Ngọc ký các văn bản./.]\n${tail}`;
    expect(warningsOf(authorization + one)).toEqual([]);
    expect(warningsOf(authorization + two)).toEqual([]);
    expect(errorsOf(authorization.replace('giay-uy-quyen', 'ke-hoach').replace('body:', 'summary: Bồi dưỡng\nbody:') + two)).toEqual([
      '13 signers: Kế hoạch của một cơ quan có một người ký; hai người ký (signers) dùng cho văn bản liên tịch, biên bản, hợp đồng, bản ghi nhớ, bản thỏa thuận, giấy ủy quyền',
    ]);
  });

  it('names a key missing inside a form\'s group by its title and the type', () => {
    const minutes = plans['bien-ban']!.replace('chair: "Ông Võ Minh Khang, Trưởng phòng", ', '');
    expect(diagnosticsOf(minutes).map((d) => `${d.path}: ${d.message} / ${d.hint}`)).toEqual([
      'meeting.chair: Cuộc họp của Biên bản: thiếu chủ trì (chủ tọa) / thêm "chair: …" vào meeting',
    ]);
    const parties = plans['hop-dong']!.replace('{ name: Hợp tác xã B }', '{ lines: [Địa chỉ xã Tịnh Hà] }');
    expect(diagnosticsOf(parties).map((d) => `${d.path}: ${d.en.message}`)).toEqual(["parties.1.name: a Hợp đồng's parties: the party name is missing"]);
  });

  it('asks a joint document for signers when it has no signer', () => {
    const joint = plans['cong-van']!.replace('  code: PGDĐT\n', '  code: PGDĐT\n  partner: { name: PHÒNG NỘI VỤ, code: PNV }\n').replace(one, '');
    expect(errorsOf(joint)).toEqual(['1 signers: Công văn cần hai người ký cạnh nhau, mỗi cơ quan một người (văn bản liên tịch)']);
  });

  it('reads "constructor" and "__proto__" written where a key is missing as keys, not as the tables\' prototype', () => {
    for (const key of ['constructor', '__proto__'])
      expect(errorsOf(without('cong-van', 'to').replace('body:', `${key}: x\nbody:`))).toEqual([
        '1 to: Công văn cần Kính gửi',
        `10 ${key}: khóa "${key}" không được phép ở đây`,
      ]);
  });

  it('tells "to" in a Giấy mời once, as the key of its guests', () => {
    const d = diagnosticsOf(plans['giay-moi']!.replace('guests:', 'to:'));
    expect(d.map((x) => `${x.line} ${x.path}: ${x.message}`)).toEqual(['10 to: Giấy mời không có khóa "to": kính mời ghi ở khóa "guests"']);
  });
});

describe('checks across the fields of a form', () => {
  const decision = plans['quyet-dinh']!;
  const attachment = 'attachment: { type: ke-hoach, summary: Bồi dưỡng giáo viên, body: [Nội dung bồi dưỡng./.] }\n';

  it('warns when no article names the document issued with the decision, and is quiet when Điều 1 does', () => {
    expect(warningsOf(decision + attachment)).toEqual(['attachment.type: Quyết định ban hành kèm theo một Kế hoạch, nhưng không điều nào nói tới nó']);
    const named = decision.replace('Thành lập Tổ công tác.,', 'Ban hành kèm theo Quyết định này Kế hoạch bồi dưỡng giáo viên.,');
    expect(warningsOf(named + attachment)).toEqual([]);
    // An article issuing a document the decision does not carry, unless it is an appendix (named or not: its own check).
    expect(warningsOf(named)).toEqual(['articles.0: Điều 1 ban hành một văn bản kèm theo Quyết định này, nhưng Quyết định không có attachment']);
    expect(warningsOf(`${named}appendices: [{ title: Danh sách giáo viên, content: [Danh sách.] }]\n`)).toEqual(['appendices.0: văn bản không nhắc đến phụ lục thứ 1']);
  });

  it('warns when the article "- Như Điều N;" points at names no one to carry the decision out', () => {
    const noExecutors = decision.replace('Tổ công tác chịu trách nhiệm thi hành Quyết định này./.', 'Quyết định này thay thế Quyết định số 05/QĐ-PGDĐT./.');
    expect(warningsOf(noExecutors)).toEqual(['articles.2: Nơi nhận mở đầu bằng "- Như Điều 3;", nhưng Điều 3 không nêu ai chịu trách nhiệm thi hành']);
    expect(warningsOf(`${noExecutors}executingArticle: 2\n`)).toEqual(['executingArticle: Nơi nhận mở đầu bằng "- Như Điều 2;", nhưng Điều 2 không nêu ai chịu trách nhiệm thi hành']);
    expect(warningsOf(decision)).toEqual([]);
  });

  it('warns on a biên bản signer who is not the secretary or chair the meeting names, and accepts the Party titles', () => {
    const minutes = plans['bien-ban']!;
    expect(warningsOf(minutes.replace('title: THƯ KÝ', 'title: PHÓ TRƯỞNG PHÒNG'))).toEqual([
      'signers.0: người ký bên trái của biên bản là thư ký, nhưng ở đây ghi "PHÓ TRƯỞNG PHÒNG"',
    ]);
    expect(warningsOf(minutes.replace('name: Võ Minh Khang }]', 'name: Võ Minh Kha }]'))).toEqual([
      'signers.1.name: chủ tọa ký biên bản là "Võ Minh Kha", nhưng meeting.chair ghi "Ông Võ Minh Khang, Trưởng phòng"',
    ]);
    expect(warningsOf(minutes.replace('title: THƯ KÝ', 'title: NGƯỜI GHI BIÊN BẢN').replace('title: CHỦ TỌA', 'title: CHỦ TRÌ HỘI NGHỊ'))).toEqual([]);
  });

  it('warns on leave granted after it began; a month-only issue date is its whole month', () => {
    const leave = plans['giay-nghi-phep']!;
    expect(warningsOf(leave.replace('date: "2026-07-01"', 'date: "2026-07-14"').replace('request: "2026-06-25"', 'request: "2026-07-10"'))).toEqual([
      'date: giấy nghỉ phép cấp ngày 2026-07-14, sau ngày bắt đầu nghỉ (2026-07-13)',
    ]);
    expect(warningsOf(leave.replace('date: "2026-07-01"', 'date: "2026-07"').replace('request: "2026-06-25"', 'request: "2026-07-03"'))).toEqual([]);
    expect(errorsOf(leave.replace('request: "2026-06-25"', 'request: "2026-07-02"'))).toEqual(['10 request: đơn đề nghị nghỉ phép (2026-07-02) sau ngày cấp giấy (2026-07-01)']);
  });

  it('warns on a drafting unit in a Party công văn, not in a state one', () => {
    const letter = `${plans['cong-van']!}unit: VP\n`;
    expect(warningsOf(letter)).toEqual([]);
    const party = letter.replace('  parent: UBND HUYỆN SƠN TỊNH\n  name: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n  code: PGDĐT', '  kind: dang\n  parent: ĐẢNG BỘ TỈNH QUẢNG NGÃI\n  name: HUYỆN ỦY SƠN TỊNH\n  code: HU').replace(one, 'signer: { lines: [T/M BAN THƯỜNG VỤ, BÍ THƯ], name: Lê Văn C }\n');
    expect(warningsOf(party)).toEqual(['unit: văn bản của Đảng không ghi đơn vị soạn thảo trong ký hiệu; unit "VP" làm ký hiệu thành "HU-VP"']);
  });

  it('warns on a công văn subject that starts with the "V/v" printed for it, or with "Về việc"', () => {
    const letter = plans['cong-van']!;
    expect(warningsOf(letter.replace('subject: Chuẩn bị', 'subject: V/v Chuẩn bị'))).toEqual([
      'subject: trích yếu công văn bắt đầu bằng "V/v", nên in ra "V/v V/v …": chữ "V/v" đã được máy tự thêm',
    ]);
    expect(warningsOf(letter.replace('subject: Chuẩn bị năm học mới', 'subject: [Về việc chuẩn bị, năm học mới]'))).toEqual([
      'subject.0: trích yếu công văn bắt đầu bằng "Về việc", nên in ra "V/v Về việc …": chữ "V/v" đã được máy tự thêm',
    ]);
    expect(warningsOf(letter.replace('subject: Chuẩn bị', 'subject: Về việc làm, chuẩn bị'))).toHaveLength(1);
    expect(warningsOf(letter.replace('subject: Chuẩn bị', 'subject: Vệ sinh, chuẩn bị'))).toEqual([]);
  });

  it('says a form\'s own dates as dates: the form to write, the days of the month', () => {
    const hints = (source: string) => diagnosticsOf(source).map((d) => `${d.path}: ${d.message} | ${d.hint}`);
    expect(hints(plans['giay-gioi-thieu']!.replace('validUntil: "2026-07-31"', 'validUntil: 31/7/2026'))).toEqual([
      'validUntil: ngày "31/7/2026" sai dạng | viết ngày dạng "2026-07-31" (năm-tháng-ngày, trong ngoặc kép)',
    ]);
    expect(hints(plans['giay-nghi-phep']!.replace('to: "2026-07-17"', 'to: "2026-07-32"'))).toEqual(['leave.to: ngày "2026-07-32" không có trong lịch | tháng 7 năm 2026 có 31 ngày']);
    expect(hints(plans['giay-nghi-phep']!.replace('request: "2026-06-25"', 'request: "2026-06"'))).toEqual([
      'request: ngày "2026-06" sai dạng | viết ngày dạng "2026-07-31" (năm-tháng-ngày, trong ngoặc kép)',
    ]);
  });

  it('says an executing article 0 must be greater than 0, not below the minimum 0', () => {
    const decision = `${plans['quyet-dinh']!}executingArticle: 0\n`;
    expect(diagnosticsOf(decision).map((d) => `${d.path}: ${d.message}`)).toEqual(['executingArticle: giá trị "0" phải lớn hơn 0']);
  });

  it('names a Nghị quyết whose executing article is beyond its articles by its own type', () => {
    const resolution = plans['quyet-dinh']!.replace('type: quyet-dinh', 'type: nghi-quyet').replace('chịu trách nhiệm thi hành Quyết định', 'chịu trách nhiệm thi hành Nghị quyết');
    expect(diagnosticsOf(`${resolution}executingArticle: 5\n`).map((d) => `${d.path}: ${d.message}`)).toEqual(['executingArticle: nghị quyết chỉ có 3 điều, không có Điều 5']);
  });
});
