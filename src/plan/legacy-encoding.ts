// Which old Vietnamese encoding a file that is not UTF-8 most likely uses (TCVN3, VNI, Windows-1258), told from its
// bytes cheaply, so the hint can name the converter's source table. Only runs on a file already refused.
import { utf8SequenceLength } from './utf8-sequence';

export type LegacyEncoding = 'TCVN3' | 'VNI' | 'Windows-1258';

const bytes = (...list: number[]) => new Set(list);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** TCVN3 (ABC) letters that no Windows-1258 or VNI Vietnamese text uses: ă â ê ô ơ ư đ (both cases), à ả ã á ạ ằ ẳ ẵ ắ. */
const tcvn3Only = bytes(...range(0xa1, 0xae), ...range(0xb5, 0xb9), ...range(0xbb, 0xbe));

// VNI writes a base letter, then a byte for its marks: "Vieät" is Việt, "ñöôïc" được.
const vniTone = bytes(0xf9, 0xf8, 0xfb, 0xf5, 0xef, 0xd9, 0xd8, 0xdb, 0xd5, 0xcf); // after any vowel, ơ or ư
const vniCircumflex = bytes(0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4, 0xc2, 0xc1, 0xc0, 0xc5, 0xc3, 0xc4); // after a, e, o
const vniBreve = bytes(0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb, 0xca, 0xc9, 0xc8, 0xda, 0xdc, 0xcb); // after a
const vniLetter = bytes(0xf4, 0xf6, 0xf1, 0xd4, 0xd6, 0xd1, 0xed, 0xec, 0xe6, 0xf3, 0xf2, 0xcd, 0xcc, 0xc6, 0xd3, 0xd2); // ơ ư đ, i with tones
const vniHorn = bytes(0xf4, 0xf6, 0xd4, 0xd6);

// Windows-1258 has the Latin-1 vowels, ă đ ơ ư of its own, and writes the other tones as a combining byte after the vowel.
const cp1258Vowel = bytes(0xc0, 0xc1, 0xc2, 0xc3, 0xc8, 0xc9, 0xca, 0xcd, 0xd3, 0xd4, 0xd5, 0xd9, 0xda, 0xdd, 0xe0, 0xe1, 0xe2, 0xe3, 0xe8, 0xe9, 0xea, 0xed, 0xf3, 0xf4, 0xf5, 0xf9, 0xfa, 0xfd);
const cp1258Letter = bytes(...cp1258Vowel, 0xd0, 0xf0);
const cp1258Tone = bytes(0xcc, 0xec, 0xd2, 0xde, 0xf2);

const isAsciiVowel = (byte: number | undefined) => byte !== undefined && 'aeiouyAEIOUY'.includes(String.fromCharCode(byte));
const isIn = (set: Set<number>, byte: number | undefined) => byte !== undefined && set.has(byte);

function explainedByVni(byte: number, before: number | undefined): boolean {
  if (vniTone.has(byte) && (isAsciiVowel(before) || isIn(vniHorn, before))) return true;
  if (vniCircumflex.has(byte) && before !== undefined && 'aeoAEO'.includes(String.fromCharCode(before))) return true;
  if (vniBreve.has(byte) && (before === 0x61 || before === 0x41)) return true;
  return vniLetter.has(byte);
}

function explainedByCp1258(byte: number, before: number | undefined): boolean {
  if (cp1258Tone.has(byte)) return isAsciiVowel(before) || isIn(cp1258Vowel, before);
  return cp1258Letter.has(byte);
}

/** The likely encoding, or undefined when the bytes do not tell one clearly (the hint then names all three). */
export function guessLegacyEncoding(data: Uint8Array): LegacyEncoding | undefined {
  let high = 0;
  let tcvn3 = 0;
  let vni = 0;
  let cp1258 = 0;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i]!;
    if (byte < 0x80) continue;
    // Letters already in UTF-8 (a file typed partly in Unicode) tell nothing about the old encoding.
    const utf8 = utf8SequenceLength(data, i);
    if (utf8 > 1) {
      i += utf8 - 1;
      continue;
    }
    high++;
    const before = i > 0 ? data[i - 1] : undefined;
    if (tcvn3Only.has(byte)) tcvn3++;
    if (explainedByVni(byte, before)) vni++;
    if (explainedByCp1258(byte, before)) cp1258++;
  }
  // A stray byte or two in a UTF-8 file tells no encoding.
  if (high < 3) return undefined;
  // Any few words of TCVN3 hold đ, ư, ơ, ê, ô, â, á or à, all in bytes the other two never use for letters.
  if (tcvn3 / high >= 0.15) return 'TCVN3';
  const best = Math.max(vni, cp1258);
  if (best / high < 0.75 || vni === cp1258) return undefined;
  return vni > cp1258 ? 'VNI' : 'Windows-1258';
}
