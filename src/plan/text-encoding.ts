// Plan bytes as text, in the encodings Windows editors save: UTF-8 (with or without a byte-order mark) and UTF-16
// (Notepad's "Unicode" and "Unicode big endian"), and back again, so `plan next` writes the encoding it read. A file in
// none of them is refused at its first bad byte's line and column, naming the old encoding it most likely uses.
import { diagnostic, PlanError } from '../errors';
import { say, type Bilingual } from '../i18n/language';
import { guessLegacyEncoding, type LegacyEncoding } from './legacy-encoding';
import { utf8SequenceLength } from './utf8-sequence';

export type PlanEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: PlanEncoding;
}

const saveAsUtf8 = say(
  'lưu lại tệp với bảng mã UTF-8: trong Notepad chọn "Save as…" (Lưu thành) → Encoding: UTF-8; trong Word chọn "Save as" → Plain Text → Unicode (UTF-8)',
  'save the file again as UTF-8: in Notepad "Save as…" → Encoding: UTF-8; in Word "Save as" → Plain Text → Unicode (UTF-8)',
);

/** Line and column (1-based, in UTF-16 units as the YAML parser counts them) of `index` in `text`. */
function positionAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, column: index - start + 1 };
}

function failAt(file: string, text: string, index: number, message: Bilingual, hint: Bilingual): never {
  throw new PlanError([diagnostic({ file, ...positionAt(text, index) }, 'error', message, hint)]);
}

/** Where UTF-16 with or without a byte-order mark starts, and in which byte order; undefined for anything else. */
function utf16Order(bytes: Buffer): { order: 'le' | 'be'; bom: boolean } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { order: 'le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { order: 'be', bom: true };
  // Without a mark: a plan is mostly ASCII (its keys are), which UTF-16 writes with a NUL beside each letter, always on
  // the same side. UTF-8 text never holds a NUL, so only files that would be refused as binary are read so.
  if (bytes.length < 4 || !bytes.includes(0)) return undefined;
  const nuls = [0, 0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) nuls[i & 1]!++;
  const units = bytes.length >> 1;
  if (nuls[1]! >= units / 2 && nuls[0]! <= nuls[1]! / 20) return { order: 'le', bom: false };
  if (nuls[0]! >= units / 2 && nuls[1]! <= nuls[0]! / 20) return { order: 'be', bom: false };
  return undefined;
}

/** UTF-16 bytes (after the mark) as text; an odd byte count or half a surrogate pair is refused where it stands. */
function decodeUtf16(data: Buffer, order: 'le' | 'be', file: string): string {
  const whole = data.subarray(0, data.length & ~1);
  const text = (order === 'be' ? Buffer.from(whole).swap16() : whole).toString('utf16le');
  const broken = say('lưu lại tệp từ trình soạn thảo, tốt nhất với bảng mã UTF-8', 'save the file again from the editor, best as UTF-8');
  if (data.length % 2 === 1)
    failAt(
      file,
      text,
      text.length,
      say(`tệp UTF-16 có số byte lẻ (${data.length}): byte cuối cùng không thành ký tự, có lẽ tệp bị cắt cụt`, `the UTF-16 file has an odd number of bytes (${data.length}): its last byte makes no character; the file is probably cut short`),
      broken,
    );
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  if (lone) {
    const unit = lone[0].charCodeAt(0).toString(16).toUpperCase();
    failAt(
      file,
      text,
      lone.index,
      say(`tệp UTF-16 có nửa cặp thay thế (surrogate) 0x${unit} đứng một mình, không thành ký tự`, `the UTF-16 file holds half a surrogate pair (0x${unit}) alone, which makes no character`),
      broken,
    );
  }
  return text;
}

function textOrUndefined(decode: () => string): string | undefined {
  try {
    return decode();
  } catch (error) {
    if (error instanceof PlanError) return undefined;
    throw error;
  }
}

/** Offset of the first byte that does not belong to well-formed UTF-8. */
function firstBadUtf8Byte(data: Uint8Array): number {
  let i = 0;
  for (let length = 1; i < data.length && length > 0; i += length) length = utf8SequenceLength(data, i);
  return i;
}

const converterSource: Record<LegacyEncoding, string> = { TCVN3: 'TCVN3 (ABC)', VNI: 'VNI Windows', 'Windows-1258': 'Vietnamese locale CP 1258' };

function failNotUtf8(data: Buffer, file: string): never {
  const bad = firstBadUtf8Byte(data);
  const before = data.subarray(0, bad).toString('utf8');
  const byte = `0x${data[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
  const guess = guessLegacyEncoding(data);
  const message = guess
    ? say(`tệp không phải văn bản UTF-8 (byte ${byte} không hợp lệ); có lẽ tệp dùng bảng mã ${guess} cũ`, `the file is not UTF-8 text (byte ${byte} is not valid there); it probably uses the old ${guess} encoding`)
    : say(
        `tệp không phải văn bản UTF-8 (byte ${byte} không hợp lệ); có lẽ tệp dùng bảng mã cũ TCVN3 (ABC), VNI hoặc Windows-1258`,
        `the file is not UTF-8 text (byte ${byte} is not valid there); perhaps it uses an old encoding: TCVN3 (ABC), VNI or Windows-1258`,
      );
  const unikey = guess
    ? say(`chuyển mã bằng công cụ chuyển mã của Unikey (Unikey Toolkit, Ctrl+Shift+F6): nguồn "${converterSource[guess]}", đích "Unicode"; rồi `, `convert it with Unikey's converter (Unikey Toolkit, Ctrl+Shift+F6): source "${converterSource[guess]}", target "Unicode"; then `)
    : say('tệp gõ bằng TCVN3 hoặc VNI: chuyển mã trước bằng công cụ chuyển mã của Unikey (đích "Unicode"); rồi ', 'text typed in TCVN3 or VNI: convert it first with Unikey\'s converter (target "Unicode"); then ');
  failAt(file, before, before.length, message, say(unikey.vi + saveAsUtf8.vi, unikey.en + saveAsUtf8.en));
}

/**
 * The text of a plan file's bytes and the encoding they were in. `notText` tells what a file that is no text at all is
 * (a ZIP, a PDF, binary); it is asked only after the byte-order marks, since UTF-16 holds NUL bytes.
 */
export function decodeText(bytes: Buffer, file: string, notText: (bytes: Buffer) => never | void): DecodedText {
  if ((bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0))
    failAt(file, '', 0, say('tệp dùng bảng mã UTF-32, plan đọc UTF-8 và UTF-16', 'the file is in UTF-32; plan reads UTF-8 and UTF-16'), saveAsUtf8);
  const utf16 = utf16Order(bytes);
  if (utf16?.bom) {
    const text = decodeUtf16(bytes.subarray(2), utf16.order, file);
    if (!text.includes('\0')) return { text, encoding: `utf-16${utf16.order}-bom` };
  } else if (utf16) {
    // Without a mark, only text that decodes whole, mostly ASCII and without NUL or other control characters, was
    // UTF-16 text; anything else is told as binary, as before.
    const text = textOrUndefined(() => decodeUtf16(bytes, utf16.order, file));
    const ascii = text?.match(/[\t\n\r\x20-\x7e]/g)?.length ?? 0;
    if (text !== undefined && ascii >= text.length / 2 && !/[\0-\x08\x0b\x0c\x0e-\x1f]/.test(text)) return { text, encoding: `utf-16${utf16.order}` };
  }
  notText(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const data = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return failNotUtf8(data, file);
  }
}

/** Text in the encoding it was read in (`plan next` keeps a Notepad "Unicode" file so). */
export function encodeText(text: string, encoding: PlanEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const units = Buffer.from(text, 'utf16le');
  if (encoding.startsWith('utf-16be')) units.swap16();
  if (!encoding.endsWith('-bom')) return units;
  return Buffer.concat([Buffer.from(encoding.startsWith('utf-16be') ? [0xfe, 0xff] : [0xff, 0xfe]), units]);
}
