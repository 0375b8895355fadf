// The document types of Decree 30/2020, Phụ lục III, with their official abbreviations (type codes).
// The code in a plan's symbol comes from this table; it is never typed by hand.

export interface DocumentType {
  /** Key used in a plan's `type:` field. */
  key: string;
  /** Name as printed in the title block, in capitals (ô 5a). */
  title: string;
  /** Vietnamese name in sentence case. */
  name: string;
  /** Official abbreviation (Phụ lục III); empty for công văn and thư công. */
  code: string;
}

const table: Array<[key: string, name: string, code: string]> = [
  ['nghi-quyet', 'Nghị quyết', 'NQ'],
  ['quyet-dinh', 'Quyết định', 'QĐ'],
  ['chi-thi', 'Chỉ thị', 'CT'],
  ['quy-che', 'Quy chế', 'QC'],
  ['quy-dinh', 'Quy định', 'QyĐ'],
  ['thong-cao', 'Thông cáo', 'TC'],
  ['thong-bao', 'Thông báo', 'TB'],
  ['huong-dan', 'Hướng dẫn', 'HD'],
  ['chuong-trinh', 'Chương trình', 'CTr'],
  ['ke-hoach', 'Kế hoạch', 'KH'],
  ['phuong-an', 'Phương án', 'PA'],
  ['de-an', 'Đề án', 'ĐA'],
  ['du-an', 'Dự án', 'DA'],
  ['bao-cao', 'Báo cáo', 'BC'],
  ['bien-ban', 'Biên bản', 'BB'],
  ['to-trinh', 'Tờ trình', 'TTr'],
  ['hop-dong', 'Hợp đồng', 'HĐ'],
  ['cong-dien', 'Công điện', 'CĐ'],
  ['ban-ghi-nho', 'Bản ghi nhớ', 'BGN'],
  ['ban-thoa-thuan', 'Bản thỏa thuận', 'BTT'],
  ['giay-uy-quyen', 'Giấy ủy quyền', 'GUQ'],
  ['giay-moi', 'Giấy mời', 'GM'],
  ['giay-gioi-thieu', 'Giấy giới thiệu', 'GGT'],
  ['giay-nghi-phep', 'Giấy nghỉ phép', 'GNP'],
  ['phieu-gui', 'Phiếu gửi', 'PG'],
  ['phieu-chuyen', 'Phiếu chuyển', 'PC'],
  ['phieu-bao', 'Phiếu báo', 'PB'],
];

export const documentTypes: readonly DocumentType[] = table.map(([key, name, code]) => ({
  key,
  name,
  code,
  title: name.toLocaleUpperCase('vi'),
}));

export const documentTypeKeys = documentTypes.map((type) => type.key) as [string, ...string[]];

export function findDocumentType(key: string): DocumentType {
  const found = documentTypes.find((type) => type.key === key);
  if (!found) throw new Error(`unknown document type "${key}"`);
  return found;
}
