// An agency's name as a sentence writes it, from the capitals of the header ("SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục
// và Đào tạo"), by the common cases of Decree 30's capitalization rules (Phụ lục II, II.3.b): the kind of body and its
// field start with a capital, an administrative unit is lower case and the place's name after it capitalized. Names
// outside these cases are written by the clerk (agency.nameInText).

/** Kinds of body after which the field of activity starts with a capital ("Sở Tài chính", "Phòng Giáo dục và Đào tạo"). */
const kindsWithField = ['tổng cục', 'chi cục', 'trung tâm', 'văn phòng', 'sở', 'bộ', 'phòng', 'cục', 'vụ', 'viện', 'ban'];
/** Collective bodies named in lower case after their first letter ("Ủy ban nhân dân tỉnh …"). */
const plainKinds = ['ủy ban nhân dân', 'hội đồng nhân dân'];
/**
 * Party committees and Đoàn bodies of a place: capitalized as one name, the place after them too ("Huyện ủy Cam Lộ",
 * "Văn phòng Huyện ủy", "Đảng ủy xã Cam Thành", "Tỉnh đoàn Nghệ An"); "uỷ" is the older spelling of "ủy".
 */
const committees = ['tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'tỉnh đoàn', 'thành đoàn', 'huyện đoàn', 'quận đoàn', 'thị đoàn', 'đoàn trường'];
/**
 * Party committees of a body or a unit: the body's name after them starts with a capital, the rest in lower case
 * ("Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Công an tỉnh"), a unit as a unit ("Đảng ủy xã Cam Thành", "Chi bộ thôn
 * Tân Hiệp").
 */
const bodyCommittees = ['đảng ủy', 'chi bộ'];
/**
 * Schools: "Trường", its level with a capital ("Trung học cơ sở", or an abbreviation: THCS, THPT), then its own name,
 * a proper name ("Trường THPT Nguyễn Du", "Trường Tiểu học Kim Đồng").
 */
const schoolLevels = ['trung học phổ thông', 'trung học cơ sở', 'phổ thông dân tộc nội trú', 'tiểu học', 'mầm non', 'mẫu giáo', 'đại học', 'cao đẳng', 'trung cấp'];

/** Administrative units: lower case, the place's name after them capitalized ("tỉnh Nam Định", "quận Bình Thạnh"). */
const units = ['thành phố', 'thị xã', 'thị trấn', 'tổ dân phố', 'khu phố', 'tỉnh', 'quận', 'huyện', 'xã', 'phường', 'thôn', 'ấp', 'bản'];

const vowel = 'aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
/** One Vietnamese syllable: an initial consonant, vowels, a final consonant. Anything else (UBND, THCS, 3) is an abbreviation or a number. */
const syllable = new RegExp(`^(ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnprstvx])?[${vowel}]+(ch|ng|nh|[cmnpt])?$`);
const capital = (word: string) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);

/** Whether the words from `at` on start with the phrase. */
function startsWith(words: readonly string[], at: number, phrase: string): number {
  const parts = phrase.split(' ');
  return parts.every((part, i) => words[at + i] === part) ? parts.length : 0;
}

export function nameInText(capitals: string): string {
  const original = capitals.trim().split(/\s+/);
  const words = original.map((word) => word.toLocaleLowerCase('vi').replace(/^uỷ$/, 'ủy'));
  const out: string[] = [];
  let inPlace = false;
  let capitalizeNext = true;
  let fieldStarted = false;
  for (let i = 0; i < words.length; ) {
    const committee = committees.map((phrase) => startsWith(words, i, phrase)).find(Boolean);
    if (committee) {
      out.push(capital(words[i]!), ...original.slice(i + 1, i + committee).map((word) => word.toLocaleLowerCase('vi')));
      i += committee;
      inPlace = true;
      fieldStarted = true;
      continue;
    }
    const bodyCommittee = bodyCommittees.map((phrase) => startsWith(words, i, phrase)).find(Boolean);
    if (bodyCommittee) {
      out.push(capital(words[i]!), ...words.slice(i + 1, i + bodyCommittee));
      i += bodyCommittee;
      capitalizeNext = true;
      fieldStarted = true;
      continue;
    }
    const unit = units.map((phrase) => startsWith(words, i, phrase)).find(Boolean);
    if (unit && i > 0) {
      out.push(...words.slice(i, i + unit));
      i += unit;
      inPlace = true;
      continue;
    }
    const plain = plainKinds.map((phrase) => startsWith(words, i, phrase)).find(Boolean);
    if (plain && !fieldStarted) {
      out.push(capital(words[i]!), ...words.slice(i + 1, i + plain));
      i += plain;
      capitalizeNext = false;
      fieldStarted = true;
      continue;
    }
    if (words[i] === 'trường' && !fieldStarted && i + 1 < words.length) {
      const level = schoolLevels.map((phrase) => startsWith(words, i + 1, phrase)).find(Boolean);
      const abbreviated = !level && !syllable.test(words[i + 1]!);
      if (level || abbreviated) {
        const levelWords = level ? [capital(words[i + 1]!), ...words.slice(i + 2, i + 1 + level)] : [original[i + 1]!];
        out.push('Trường', ...levelWords);
        i += 1 + (level ?? 1);
        inPlace = true;
        fieldStarted = true;
        continue;
      }
    }
    const kind = kindsWithField.map((phrase) => startsWith(words, i, phrase)).find(Boolean);
    if (kind && !inPlace && !fieldStarted) {
      out.push(capital(words[i]!), ...words.slice(i + 1, i + kind));
      i += kind;
      capitalizeNext = true;
      fieldStarted = true;
      continue;
    }
    const word = words[i]!;
    // An abbreviation (no vowel: THCS, GDĐT) keeps its capitals.
    if (!syllable.test(word)) out.push(original[i]!);
    else if (inPlace || capitalizeNext) out.push(capital(word));
    else out.push(word);
    capitalizeNext = fieldStarted && word === 'và';
    i++;
  }
  return out.join(' ');
}
