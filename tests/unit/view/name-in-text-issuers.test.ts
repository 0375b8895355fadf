// Party committees and Đoàn bodies as a sentence writes them, for an appendix's "(Kèm theo … của …)" line.
import { describe, expect, it } from '@jest/globals';
import { nameInText } from '../../../src/view/name-in-text';

describe('nameInText of Party and Đoàn bodies', () => {
  it.each([
    ['HUYỆN ỦY CAM LỘ', 'Huyện ủy Cam Lộ'],
    ['HUYỆN UỶ ĐỊNH HOÁ', 'Huyện uỷ Định Hoá'],
    ['TỈNH ỦY QUẢNG TRỊ', 'Tỉnh ủy Quảng Trị'],
    ['ĐẢNG ỦY XÃ CAM THÀNH', 'Đảng ủy xã Cam Thành'],
    ['BAN TUYÊN GIÁO HUYỆN ỦY', 'Ban Tuyên giáo Huyện ủy'],
    ['VĂN PHÒNG TỈNH ỦY', 'Văn phòng Tỉnh ủy'],
    ['TỈNH ĐOÀN NGHỆ AN', 'Tỉnh đoàn Nghệ An'],
    ['BCH ĐOÀN TRƯỜNG THPT A HẢI HẬU', 'BCH Đoàn trường THPT A Hải Hậu'],
    // A Party committee of a body: the body's name starts with a capital, the rest is lower case (a unit as a unit).
    ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'Đảng ủy Khối các cơ quan tỉnh'],
    ['ĐẢNG ỦY CÔNG AN TỈNH', 'Đảng ủy Công an tỉnh'],
    ['CHI BỘ THÔN TÂN HIỆP', 'Chi bộ thôn Tân Hiệp'],
  ])('%s → %s', (capitals, sentence) => {
    expect(nameInText(capitals)).toBe(sentence);
  });

  it('leaves the state names as they were', () => {
    expect(nameInText('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ')).toBe('Ủy ban nhân dân tỉnh Quảng Trị');
    expect(nameInText('SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toBe('Sở Giáo dục và Đào tạo');
  });
});
