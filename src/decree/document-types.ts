// The 29 document types of Decree 30/2020 (Điều 7; abbreviations in Phụ lục III) and the form each is laid out in
// (Phụ lục III, mẫu 1.1–1.10). The code in a plan's symbol comes from this table; it is never typed by hand.

/**
 * The form a type is written in, which decides its schema, its view and its template's parts:
 * `text` (mẫu 1.4: Kế hoạch, Báo cáo, Tờ trình…), `decision` (mẫu 1.1–1.3: Quyết định, Nghị quyết), `letter` (mẫu 1.5:
 * Công văn), `telegram` (mẫu 1.6: Công điện), `invitation` (mẫu 1.7: Giấy mời), `introduction` (mẫu 1.8: Giấy giới
 * thiệu), `minutes` (mẫu 1.9: Biên bản), `leave` (mẫu 1.10: Giấy nghỉ phép), `agreement` (Hợp đồng, Bản ghi nhớ, Bản
 * thỏa thuận: two parties, two signatures; no mẫu in the decree, reported practice).
 */
export type DocumentForm = 'text' | 'decision' | 'letter' | 'telegram' | 'invitation' | 'introduction' | 'minutes' | 'leave' | 'agreement';

/** Whether a type has Kính gửi (ô 9a): Decree 30, Phụ lục I, II.9.b: công văn, and tờ trình, báo cáo sent upward. */
export type AddresseeRule = 'required' | 'optional' | 'none';

export interface DocumentType {
  /** Key used in a plan's `type:` field. */
  key: string;
  /** Name as printed in the title block, in capitals (ô 5a). */
  title: string;
  /** Vietnamese name in sentence case. */
  name: string;
  /** Official abbreviation (Phụ lục III); empty for công văn and thư công. */
  code: string;
  form: DocumentForm;
  /** Kính gửi: required (công văn, tờ trình), optional (báo cáo, thư công), none. */
  addressees: AddresseeRule;
  /** The trích yếu under the type name: required, or optional for the short forms (phiếu, giấy ủy quyền, thư công). */
  summary: 'required' | 'optional' | 'none';
}

type Row = [key: string, name: string, code: string, form: DocumentForm, addressees?: AddresseeRule, summary?: DocumentType['summary']];

const table: Row[] = [
  ['nghi-quyet', 'Nghị quyết', 'NQ', 'decision'],
  ['quyet-dinh', 'Quyết định', 'QĐ', 'decision'],
  ['chi-thi', 'Chỉ thị', 'CT', 'text'],
  ['quy-che', 'Quy chế', 'QC', 'text'],
  ['quy-dinh', 'Quy định', 'QyĐ', 'text'],
  ['thong-cao', 'Thông cáo', 'TC', 'text'],
  ['thong-bao', 'Thông báo', 'TB', 'text'],
  ['huong-dan', 'Hướng dẫn', 'HD', 'text'],
  ['chuong-trinh', 'Chương trình', 'CTr', 'text'],
  ['ke-hoach', 'Kế hoạch', 'KH', 'text'],
  ['phuong-an', 'Phương án', 'PA', 'text'],
  ['de-an', 'Đề án', 'ĐA', 'text'],
  ['du-an', 'Dự án', 'DA', 'text'],
  ['bao-cao', 'Báo cáo', 'BC', 'text', 'optional'],
  ['bien-ban', 'Biên bản', 'BB', 'minutes'],
  ['to-trinh', 'Tờ trình', 'TTr', 'text', 'required'],
  ['hop-dong', 'Hợp đồng', 'HĐ', 'agreement'],
  ['cong-van', 'Công văn', '', 'letter', 'required', 'none'],
  ['cong-dien', 'Công điện', 'CĐ', 'telegram'],
  ['ban-ghi-nho', 'Bản ghi nhớ', 'BGN', 'agreement'],
  ['ban-thoa-thuan', 'Bản thỏa thuận', 'BTT', 'agreement'],
  ['giay-uy-quyen', 'Giấy ủy quyền', 'GUQ', 'text', 'none', 'optional'],
  ['giay-moi', 'Giấy mời', 'GM', 'invitation'],
  ['giay-gioi-thieu', 'Giấy giới thiệu', 'GGT', 'introduction', 'none', 'none'],
  ['giay-nghi-phep', 'Giấy nghỉ phép', 'GNP', 'leave', 'none', 'none'],
  ['phieu-gui', 'Phiếu gửi', 'PG', 'text', 'none', 'optional'],
  ['phieu-chuyen', 'Phiếu chuyển', 'PC', 'text', 'none', 'optional'],
  ['phieu-bao', 'Phiếu báo', 'PB', 'text', 'none', 'optional'],
  ['thu-cong', 'Thư công', '', 'text', 'optional', 'optional'],
];

export const documentTypes: readonly DocumentType[] = table.map(([key, name, code, form, addressees = 'none', summary = 'required']) => ({
  key,
  name,
  code,
  title: name.toLocaleUpperCase('vi'),
  form,
  addressees,
  summary,
}));

export const documentTypeKeys = documentTypes.map((type) => type.key) as [string, ...string[]];

export function findDocumentType(key: string): DocumentType {
  const found = documentTypes.find((type) => type.key === key);
  if (!found) throw new Error(`unknown document type "${key}"`);
  return found;
}

/**
 * The types a Quyết định or Nghị quyết issues with it (ban hành kèm theo), on pages of their own: the rules and plans
 * of mẫu 1.4. A Tờ trình, Báo cáo, Thông báo, Thông cáo or Chỉ thị is a document in its own right, never issued with a
 * decision.
 */
export const attachableTypeKeys = ['quy-che', 'quy-dinh', 'huong-dan', 'chuong-trinh', 'ke-hoach', 'phuong-an', 'de-an', 'du-an'] as [string, ...string[]];

/**
 * The forms addressed to someone by their form (mẫu 1.5–1.8: công văn, công điện, giấy mời, giấy giới thiệu): their
 * Nơi nhận opens with "- Như trên;" (Phụ lục I, II.9.b), as a text with Kính gửi does.
 */
export const formsAddressed: ReadonlySet<DocumentForm> = new Set(['letter', 'telegram', 'invitation', 'introduction']);

/** The word that enacts a decision's articles (mẫu 1.1–1.3). */
export function enactingWord(type: DocumentType): string {
  return type.key === 'nghi-quyet' ? 'QUYẾT NGHỊ:' : 'QUYẾT ĐỊNH:';
}

/**
 * A council's session line under its name in a Nghị quyết's authority (mẫu 1.1: "HỘI ĐỒNG NHÂN DÂN TỈNH …" then
 * "KHÓA X, KỲ HỌP THỨ Y"): printed there, but no part of the name a sentence gives ("… của Hội đồng nhân dân tỉnh …").
 */
export function isSessionLine(line: string): boolean {
  return /^(KHÓA|KHOÁ)\s/.test(line.normalize('NFC').trim().toLocaleUpperCase('vi'));
}

/** Types whose sections are chapters and articles by default (Chương I, Điều 1.): rules of conduct. */
export const chapteredTypeKeys: ReadonlySet<string> = new Set(['quy-che', 'quy-dinh']);
