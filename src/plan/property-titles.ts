// The short title of each property of a plan, "Vietnamese / English", shown by editors above its description.
// Keys are property paths as editor-hints.ts names them: nested names joined by ".", from the root or from a $defs
// entry (section, content), list items and alternatives not counted.

export const propertyTitles: Record<string, string> = {
  type: 'Loại văn bản / Document type',
  agency: 'Cơ quan ban hành / Issuing agency',
  'agency.parent': 'Cơ quan chủ quản / Superior body',
  'agency.name': 'Tên cơ quan / Agency name',
  'agency.code': 'Chữ viết tắt cơ quan / Agency abbreviation',
  'agency.nameInText': 'Tên cơ quan trong câu / Agency name in a sentence',
  number: 'Số văn bản / Document number',
  place: 'Địa danh / Place',
  date: 'Ngày ban hành / Issue date',
  dates: 'Các ngày / Dates',
  schedule: 'Lịch thực hiện / Schedule',
  summary: 'Trích yếu / Summary',
  bases: 'Căn cứ / Legal bases',
  opening: 'Mở đầu / Opening',
  numbering: 'Cách đánh số mục / Section numbering',
  body: 'Nội dung / Body',
  closing: 'Kết / Closing',
  recipients: 'Nơi nhận / Recipients',
  'recipients.name': 'Tên nơi nhận / Recipient',
  'recipients.purpose': 'Mục đích gửi / Purpose',
  archive: 'Lưu / Archive',
  signer: 'Người ký / Signer',
  'signer.authority': 'Thẩm quyền ký / Signing authority',
  'signer.head': 'Chức vụ người đứng đầu / Head of the body',
  'signer.title': 'Chức vụ người ký / Signer\'s title',
  'signer.name': 'Họ và tên / Full name',
  'signer.note': 'Ghi chú chữ ký / Signature note',
  appendices: 'Phụ lục / Appendices',
  'appendices.title': 'Tên phụ lục / Appendix title',
  'appendices.landscape': 'Trang nằm ngang / Landscape pages',
  'appendices.content': 'Nội dung phụ lục / Appendix content',
  layout: 'Trình bày / Layout',
  'layout.sizes': 'Cỡ chữ / Font sizes',
  'layout.margins': 'Lề trang / Page margins',
  'layout.margins.top': 'Lề trên / Top margin',
  'layout.margins.bottom': 'Lề dưới / Bottom margin',
  'layout.margins.left': 'Lề trái / Left margin',
  'layout.margins.right': 'Lề phải / Right margin',
  'layout.firstLineIndent': 'Thụt đầu dòng / First-line indent',
  metadata: 'Thuộc tính tệp / File properties',
  'metadata.author': 'Tác giả / Author',
  'content.list': 'Danh sách / List',
  'content.list.text': 'Nội dung ý / Item text',
  'content.list.list': 'Các ý con / Sub-items',
  'section.heading': 'Tên mục / Heading',
  'section.content': 'Nội dung mục / Section content',
};

/**
 * What each value of a choice means, shown beside it when the editor offers the values and on hover
 * (`enumDescriptions`), by property path and in the order of the schema's enum.
 */
export const valueDescriptions: Record<string, Record<string, string>> = {
  numbering: {
    decimal: '1., 1.1., 1.1.1. (mặc định / the default)',
    roman: 'I., 1., a)',
  },
  'signer.authority': {
    '': 'Người đứng đầu ký / The head signs',
    'KT.': 'Ký thay người đứng đầu / Signing for the head',
    'TM.': 'Thay mặt tập thể / On behalf of a collective body',
    'TL.': 'Thừa lệnh / By order',
    'TUQ.': 'Thừa ủy quyền / By authorization',
    'Q.': 'Quyền (cấp phó được giao quyền) / Acting head',
  },
  'layout.sizes': {
    '13/14': 'Cơ quan, quốc hiệu cỡ 13; nội dung cỡ 14 (mặc định) / Agency and national title 13 pt; body 14 pt (the default)',
    '12/13': 'Cơ quan, quốc hiệu cỡ 12; nội dung cỡ 13 / Agency and national title 12 pt; body 13 pt',
  },
};
