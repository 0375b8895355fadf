import { describe, expect, it } from '@jest/globals';
import { nameInText } from '../../../src/view/name-in-text';

describe('nameInText: an agency name as a sentence writes it', () => {
  it.each([
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
    ['SỞ TÀI CHÍNH', 'Sở Tài chính'],
    ['BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Bộ Tài nguyên và Môi trường'],
    ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN 1', 'Phòng Giáo dục và Đào tạo quận 1'],
    ['ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH', 'Ủy ban nhân dân tỉnh Nam Định'],
    ['ỦY BAN NHÂN DÂN HUYỆN CỦ CHI', 'Ủy ban nhân dân huyện Củ Chi'],
    ['VĂN PHÒNG CHÍNH PHỦ', 'Văn phòng Chính phủ'],
    ['TRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN', 'Trung tâm Giáo dục thường xuyên'],
    ['UBND QUẬN 3', 'UBND quận 3'],
  ])('%s → %s', (capitals, expected) => {
    expect(nameInText(capitals)).toBe(expected);
  });
});
