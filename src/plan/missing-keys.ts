// A key missing at the root of a plan, said by its document type: "Công văn cần Kính gửi (to)", with the line to add.
// The type's name tells the clerk why the key is needed (a Kế hoạch has no Kính gửi, a Công văn must have one).
import { documentTypeKeys, findDocumentType, type DocumentType } from '../decree/document-types';
import { signerReason } from '../decree/signer-count';
import { say, type Bilingual } from '../i18n/language';
import { propertyTitles } from './property-titles';

/** What the key holds, as a clerk names it, and the line that adds it. */
interface Need {
  what: Bilingual;
  example: Bilingual;
}

const need = (whatVi: string, whatEn: string, exampleVi: string, exampleEn = exampleVi): Need => ({ what: say(whatVi, whatEn), example: say(exampleVi, exampleEn) });

const personExample = 'person: { name: Nguyễn Văn An, post: Chuyên viên phòng Giáo dục Trung học }';

/** Per key, the thing and its example; a function where the type changes them (who "person" is, who signs). */
const needs: Record<string, Need | ((type: DocumentType) => Need)> = {
  agency: need('cơ quan ban hành', 'its issuing agency', 'agency: { parent: UBND TỈNH BÌNH ĐỊNH, name: SỞ GIÁO DỤC VÀ ĐÀO TẠO, code: SGDĐT }'),
  number: need('số văn bản', 'its number', 'number: 12 (máy in "Số: 12/…")', 'number: 12 (printed "Số: 12/…")'),
  place: need('địa danh', 'its place name', 'place: Bình Định (máy in "Bình Định, ngày … tháng … năm …")', 'place: Bình Định (printed "Bình Định, ngày … tháng … năm …")'),
  date: need('ngày ban hành', 'its issue date', 'date: "2026-03-02" (năm-tháng-ngày, trong ngoặc kép)', 'date: "2026-03-02" (year-month-day, in quotes)'),
  summary: (type) =>
    need(
      'trích yếu',
      'a summary (trích yếu)',
      `summary: Tổ chức Ngày hội đọc sách năm 2026 (in dưới "${type.title}", không ghi lại tên loại)`,
      `summary: Tổ chức Ngày hội đọc sách năm 2026 (printed under "${type.title}", without repeating the type's name)`,
    ),
  to: need(
    'Kính gửi',
    'its addressees (Kính gửi)',
    'to: Bộ Nội vụ (một nơi), hoặc danh sách to: [Bộ Nội vụ, Bộ Tài chính]',
    'to: Bộ Nội vụ (one addressee), or a list to: [Bộ Nội vụ, Bộ Tài chính]',
  ),
  subject: need(
    'trích yếu "V/v …" dưới số, ký hiệu',
    'its subject, "V/v …" under the number',
    'subject: Triển khai Kế hoạch tổ chức Hội khỏe Phù Đổng (không ghi "V/v", máy tự thêm)',
    'subject: Triển khai Kế hoạch tổ chức Hội khỏe Phù Đổng (without "V/v", added for you)',
  ),
  body: need('nội dung', 'its content', 'body: rồi các mục, đoạn văn, mỗi mục một dòng "- …"', 'body: then its sections and paragraphs, each on a line "- …"'),
  recipients: need('Nơi nhận', 'its recipients (Nơi nhận)', 'recipients: [UBND tỉnh, Các phòng thuộc Sở]'),
  archive: need('dòng "Lưu:"', 'the archive line ("Lưu:")', 'archive: [VT, GDTrH] (máy in "- Lưu: VT, GDTrH.")', 'archive: [VT, GDTrH] (printed "- Lưu: VT, GDTrH.")'),
  signer: need(
    'người ký',
    'a signer',
    'signer: { title: GIÁM ĐỐC, name: Nguyễn Văn An }; ký thay: { authority: KT., head: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: … }',
    'signer: { title: GIÁM ĐỐC, name: Nguyễn Văn An }; signing for the head: { authority: KT., head: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: … }',
  ),
  // Asked for only where two sign: by the form (minutes, agreement), else because of agency.partner (a joint document).
  signers: (type) => {
    const reason = signerReason({ type: type.key, agency: { partner: true } });
    if (reason === 'minutes')
      return need(
        'hai người ký cạnh nhau: thư ký (bên trái) và chủ tọa (bên phải)',
        'two signers side by side: the secretary (left) and the chair (right)',
        'signers: [{ title: THƯ KÝ, name: … }, { title: CHỦ TỌA, name: … }] (văn bản của Đảng: NGƯỜI GHI BIÊN BẢN, CHỦ TRÌ HỘI NGHỊ)',
        'signers: [{ title: THƯ KÝ, name: … }, { title: CHỦ TỌA, name: … }] (a Party document: NGƯỜI GHI BIÊN BẢN, CHỦ TRÌ HỘI NGHỊ)',
      );
    if (reason === 'agreement')
      return need(
        'hai người ký cạnh nhau: đại diện bên thứ nhất (bên trái) và bên thứ hai (bên phải)',
        'two signers side by side: for the first party (left) and the second (right)',
        'signers: [{ title: ĐẠI DIỆN BÊN A, name: … }, { title: ĐẠI DIỆN BÊN B, name: … }]',
      );
    return need(
      'hai người ký cạnh nhau, mỗi cơ quan một người (văn bản liên tịch)',
      'two signers side by side, one for each agency (a joint document)',
      'signers: [người ký của cơ quan phối hợp (bên trái), người ký của cơ quan chủ trì (bên phải)]',
      "signers: [the partner agency's signer (left), the lead agency's signer (right)]",
    );
  },
  title: need('tên thư, in hoa giữa trang', "the letter's title, in capitals", 'title: THƯ CHÚC MỪNG'),
  authority: need(
    'thẩm quyền ban hành, in hoa đậm trước các căn cứ',
    'its issuing authority, in bold capitals before the bases',
    'authority: GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO (hoặc tên tập thể: ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH)',
    'authority: GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO (or the collective body: ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH)',
  ),
  articles: (type) =>
    need(
      'các điều ("Điều 1.", "Điều 2." do máy tự đánh số)',
      'its articles ("Điều 1.", "Điều 2." are numbered for you)',
      `articles: ["Ban hành kèm theo ${type.name} này Kế hoạch …", "${type.name} này có hiệu lực kể từ ngày ký.", "Chánh Văn phòng … chịu trách nhiệm thi hành ${type.name} này./."]`,
    ),
  sender: need(
    'người điện, in hoa đậm trước chữ "điện:"',
    'its sender, in bold capitals before "điện:"',
    'sender: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH (máy in "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:")',
    'sender: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH (printed "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:")',
  ),
  guests: need(
    'người được mời (in sau "trân trọng kính mời:")',
    'its guests (after "trân trọng kính mời:")',
    'guests: Ông (bà) Hiệu trưởng các trường trung học phổ thông, hoặc danh sách mỗi nơi một dòng',
    'guests: Ông (bà) Hiệu trưởng các trường trung học phổ thông, or a list, one per line',
  ),
  event: need('cuộc họp được mời tới dự', 'the meeting it invites to', 'event: Hội nghị tổng kết năm học 2025-2026 (máy in "Tới dự …")', 'event: Hội nghị tổng kết năm học 2025-2026 (printed "Tới dự …")'),
  time: need('thời gian', 'the time', 'time: 08 giờ 00, thứ Hai, ngày 16/3/2026 (hoặc {{weekday dates.hop}}, {{longDate dates.hop}})', 'time: 08 giờ 00, thứ Hai, ngày 16/3/2026 (or {{weekday dates.hop}}, {{longDate dates.hop}})'),
  venue: need('địa điểm', 'the venue', 'venue: Hội trường Sở Giáo dục và Đào tạo'),
  person: (type) =>
    type.form === 'leave'
      ? need('người được nghỉ phép', 'the person given leave', personExample)
      : need('người được giới thiệu', 'the person introduced', personExample),
  sentTo: need('nơi được cử đến', 'where the person is sent', 'sentTo: Sở Nội vụ tỉnh Bình Định (máy in "Được cử đến: …")', 'sentTo: Sở Nội vụ tỉnh Bình Định (printed "Được cử đến: …")'),
  purpose: need('công việc', 'the errand', 'purpose: Liên hệ công tác tuyển dụng viên chức năm 2026 (máy in "Về việc: …")', 'purpose: Liên hệ công tác tuyển dụng viên chức năm 2026 (printed "Về việc: …")'),
  validUntil: need('ngày hết giá trị', 'the last day it is valid', 'validUntil: "2026-03-31" (máy in "Giấy này có giá trị đến hết ngày …")', 'validUntil: "2026-03-31" (printed "Giấy này có giá trị đến hết ngày …")'),
  meeting: need(
    'cuộc họp: thời gian, địa điểm, thành phần, chủ trì, thư ký',
    'the meeting: time, venue, attendees, chair, secretary',
    'meeting: { start: 08 giờ 00 ngày 02/3/2026, venue: …, attendees: […], chair: …, secretary: … }',
  ),
  ended: need('giờ kết thúc cuộc họp', 'when the meeting ended', 'ended: 11 giờ 30 phút cùng ngày (máy in "Cuộc họp kết thúc vào …")', 'ended: 11 giờ 30 phút cùng ngày (printed "Cuộc họp kết thúc vào …")'),
  request: need('ngày của đơn đề nghị nghỉ phép', 'the date of the leave application', 'request: "2026-06-20"'),
  leave: need('thời gian và nơi nghỉ', 'when and where the leave is', 'leave: { kind: phép năm 2026, from: "2026-07-01", to: "2026-07-10", at: Thành phố Huế }'),
  parties: need(
    'hai bên ký kết',
    'its two parties',
    'parties: [{ name: …, lines: ["Địa chỉ: …", "Đại diện: …"] }, { name: …, lines: […] }]',
  ),
};

/** "Kính gửi / Addressees": the property's own title, for a key the table above does not word. */
function titleNeed(key: string): Need | undefined {
  const title = propertyTitles[key];
  if (title === undefined) return undefined;
  const [vi = title, en = title] = title.split(' / ');
  return need(vi.toLocaleLowerCase('vi'), en.toLocaleLowerCase('en'), `${key}: …`);
}

/** The message and hint for a key missing at the root of a plan of this type; undefined for a type not known. */
export function describeMissingKey(key: string, typeKey: string): { message: Bilingual; hint: Bilingual } | undefined {
  if (!documentTypeKeys.includes(typeKey)) return undefined;
  const type = findDocumentType(typeKey);
  if (key === 'type')
    return {
      message: say('thiếu loại văn bản (type)', 'the document type (type) is missing'),
      hint: say(
        `thêm dòng đầu "type: ${type.key}" (${type.name}: loại hợp nhất với các khóa của tệp này); các loại: ${documentTypeKeys.join(', ')}`,
        `add the first line "type: ${type.key}" (${type.name}: the type this file's keys fit best); the types: ${documentTypeKeys.join(', ')}`,
      ),
    };
  const entry = needs[key];
  const found = typeof entry === 'function' ? entry(type) : (entry ?? titleNeed(key));
  if (found === undefined) return undefined;
  return {
    message: say(`${type.name} cần ${found.what.vi}`, `a ${type.name} needs ${found.what.en}`),
    hint: say(`thêm ${found.example.vi}`, `add ${found.example.en}`),
  };
}

/**
 * The key another type uses written where this type has its own ("summary" in a Công văn, whose trích yếu is
 * "subject"; "body" in a Quyết định, which has "articles"), said at the written key, with the one to use.
 */
export function describeCounterpartKey(written: string, own: string, typeKey: string): { message: Bilingual; hint: Bilingual } | undefined {
  const entry = needs[own];
  const title = propertyTitles[own];
  if (!documentTypeKeys.includes(typeKey) || entry === undefined || title === undefined) return undefined;
  const type = findDocumentType(typeKey);
  const { example } = typeof entry === 'function' ? entry(type) : entry;
  const [vi = title, en = title] = title.split(' / ').map((part) => part.charAt(0).toLocaleLowerCase('vi') + part.slice(1));
  return {
    message: say(`${type.name} không có khóa "${written}": ${vi} ghi ở khóa "${own}"`, `a ${type.name} has no key "${written}": it writes its ${en} under "${own}"`),
    hint: say(`đổi "${written}" thành "${own}"; ví dụ ${example.vi}`, `rename "${written}" to "${own}"; e.g. ${example.en}`),
  };
}

/** The groups of a form whose keys are said by name when one is missing (the common ones keep their messages). */
const formGroups = new Set(['meeting', 'leave', 'person', 'attachment', 'parties']);

/** A key missing inside a form's group ("meeting.chair"): the group and the key by their titles, with the type. */
export function describeMissingPart(path: ReadonlyArray<PropertyKey>, typeKey: string): { message: Bilingual; hint: Bilingual } | undefined {
  const [group, ...rest] = path.filter((part) => typeof part === 'string') as string[];
  const key = rest[rest.length - 1];
  if (group === undefined || key === undefined || rest.length !== 1 || !formGroups.has(group) || !documentTypeKeys.includes(typeKey)) return undefined;
  const [groupTitle, keyTitle] = [propertyTitles[group], propertyTitles[`${group}.${key}`]];
  if (groupTitle === undefined || keyTitle === undefined) return undefined;
  const type = findDocumentType(typeKey);
  const [groupVi = groupTitle, groupEn = groupTitle] = groupTitle.split(' / ');
  const [keyVi = keyTitle, keyEn = keyTitle] = keyTitle.split(' / ');
  const where = path.map(String).slice(0, -1).join('.');
  return {
    message: say(`${groupVi} của ${type.name}: thiếu ${keyVi.toLocaleLowerCase('vi')}`, `a ${type.name}'s ${groupEn.toLocaleLowerCase('en')}: the ${keyEn.toLocaleLowerCase('en')} is missing`),
    hint: say(`thêm "${key}: …" vào ${where}`, `add "${key}: …" to ${where}`),
  };
}
