// The marks of Decree 30 (Phụ lục I, II.2–4, ô 10–13): their words and the stamps' frame sizes.

/** Độ mật (ô 10a): the words of the stamps the law on state secrets fixes, framed 20, 30 or 40 mm × 8 mm. */
export const secrecyMarks = {
  mat: { text: 'MẬT', widthMm: 20 },
  'toi-mat': { text: 'TỐI MẬT', widthMm: 30 },
  'tuyet-mat': { text: 'TUYỆT MẬT', widthMm: 40 },
} as const;

/** Mức độ khẩn (ô 10b): "con dấu … hình chữ nhật có kích thước 30 mm x 8 mm, 40 mm x 8 mm và 20 mm x 8 mm". */
export const urgencyMarks = {
  khan: { text: 'KHẨN', widthMm: 20 },
  'thuong-khan': { text: 'THƯỢNG KHẨN', widthMm: 40 },
  'hoa-toc': { text: 'HỎA TỐC', widthMm: 30 },
} as const;

/** Phạm vi lưu hành (ô 11): in a single-line frame as wide as its words. */
export const circulationMarks = {
  'xem-xong-tra-lai': { text: 'XEM XONG TRẢ LẠI' },
  'luu-hanh-noi-bo': { text: 'LƯU HÀNH NỘI BỘ' },
} as const;

/** Every stamp is 8 mm high. */
export const stampHeightMm = 8;

export type SecrecyKey = keyof typeof secrecyMarks;
export type UrgencyKey = keyof typeof urgencyMarks;
export type CirculationKey = keyof typeof circulationMarks;

export const secrecyKeys = Object.keys(secrecyMarks) as [SecrecyKey, ...SecrecyKey[]];
export const urgencyKeys = Object.keys(urgencyMarks) as [UrgencyKey, ...UrgencyKey[]];
export const circulationKeys = Object.keys(circulationMarks) as [CirculationKey, ...CirculationKey[]];

/**
 * The draft mark. Decree 30 has none; practice prints "DỰ THẢO" in a frame, and a numbered draft "DỰ THẢO LẦN 2"
 * ("lần" says the number counts drafts, so it is never read as the document's number).
 */
export function draftMarkText(draft: true | number): string {
  return draft === true ? 'DỰ THẢO' : `DỰ THẢO LẦN ${draft}`;
}

/** The frame width of a stamp of fixed size (secrecy, urgency), by its words; undefined for the others. */
export function stampWidthMm(text: string): number | undefined {
  for (const mark of [...Object.values(secrecyMarks), ...Object.values(urgencyMarks)]) if (mark.text === text) return mark.widthMm;
  return undefined;
}

/** Ô 12: the drafter's initials and the number of copies issued, "PL.(300)". */
export function drafterMarkText(initials: string, copies: number): string {
  return `${initials}.(${copies})`;
}
