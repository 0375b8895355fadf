// Reads a plan file defensively: the file a clerk names may be missing, a folder, a device or a pipe, unreadable,
// huge, or not text.
import fs from 'node:fs';
import { diagnostic, PlanError, UsageError } from '../errors';
import { say, type Bilingual } from '../i18n/language';
import { decodeText, type DecodedText } from './text-encoding';

/** Plans are a few kilobytes; anything near this limit is not a plan. */
export const maxPlanBytes = 1024 * 1024;

function fail(file: string, message: Bilingual, hint: Bilingual): never {
  throw new PlanError([diagnostic({ file, line: 1, column: 1 }, 'error', message, hint)]);
}

/** What a binary file most likely is, from its first bytes. */
function binaryKind(bytes: Buffer): Bilingual | undefined {
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')))
    return say('tệp nén ZIP, có lẽ là một tệp Word (.docx) đổi tên thành .yaml', 'a ZIP archive, probably a Word file (.docx) renamed to .yaml');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return say('một tệp PDF', 'a PDF file');
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return say('một tệp Word cũ (.doc)', 'an old Word file (.doc)');
  if (bytes.includes(0)) return say('một tệp nhị phân, không phải văn bản', 'a binary file, not text');
  return undefined;
}

/** What a path that is neither a regular file nor a folder is, in words. */
function specialKind(stat: fs.Stats): Bilingual {
  if (stat.isCharacterDevice()) return say('một thiết bị ký tự', 'a character device');
  if (stat.isBlockDevice()) return say('một thiết bị khối', 'a block device');
  if (stat.isFIFO()) return say('một đường ống (FIFO)', 'a pipe (FIFO)');
  if (stat.isSocket()) return say('một socket', 'a socket');
  return say('không phải tệp thường', 'not a regular file');
}

/**
 * Refuses a device, a pipe or a socket (also through a link) before it is opened: /dev/zero never ends and opening a
 * pipe nobody writes to never returns. Standard input is read only when asked for with "-".
 */
export function refuseSpecialFile(file: string, stat: fs.Stats): void {
  if (stat.isFile() || stat.isDirectory()) return;
  const kind = specialKind(stat);
  throw new UsageError(
    `"${file}" là ${kind.vi}, không phải tệp kế hoạch; để đọc kế hoạch từ đầu vào chuẩn, ghi "-"`,
    `"${file}" is ${kind.en}, not a plan file; to read a plan from standard input, write "-"`,
  );
}

/** The plan is over the limit: said the same way for a file and for standard input (whose size is known only in part). */
export function failTooLarge(file: string, knownSize?: number): never {
  const size = knownSize === undefined ? `> ${maxPlanBytes / 1024} KB` : `${Math.round(knownSize / 1024)} KB`;
  return fail(
    file,
    say(`tệp quá lớn (${size}); một kế hoạch không vượt quá ${maxPlanBytes / 1024} KB`, `the file is too large (${size}); a plan stays under ${maxPlanBytes / 1024} KB`),
    say('kiểm tra đúng tệp kế hoạch chưa', 'check that this is the plan file'),
  );
}

/** The file (or standard input) could not be read. */
export function failUnreadable(file: string, code: string): never {
  const denied = code === 'EACCES' || code === 'EPERM';
  return fail(
    file,
    say(`không đọc được tệp (${denied ? 'không có quyền đọc' : code})`, `cannot read the file (${denied ? 'no permission to read it' : code})`),
    say('kiểm tra quyền đọc tệp, hoặc chép tệp sang thư mục của bạn', 'check the file permissions, or copy the file to your own folder'),
  );
}

/**
 * Reads at most the limit and one byte more from an open file, so a file that grows while it is read (or lies about its
 * size) is refused without reading it whole. Returns the bytes read; more than `maxPlanBytes` means too large.
 */
function readBounded(fd: number): Buffer {
  const buffer = Buffer.allocUnsafe(maxPlanBytes + 1);
  let length = 0;
  while (length < buffer.length) {
    const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

export function readPlanFile(file: string): string {
  return readPlanSource(file).text;
}

/** The plan file's text and the encoding it is in (`plan next` writes next year's plan in the same). */
export function readPlanSource(file: string): DecodedText {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`không tìm thấy tệp kế hoạch "${file}"`, `plan file "${file}" not found`);
  }
  if (stat.isDirectory()) throw new UsageError(`"${file}" là một thư mục, không phải tệp kế hoạch`, `"${file}" is a folder, not a plan file`);
  refuseSpecialFile(file, stat);
  if (stat.size > maxPlanBytes) failTooLarge(file, stat.size);
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // Tests inject an unreadable file through the environment (root reads every file); see tests/output/faults.test.ts.
    if (process.env.PLAN_FAULT === 'read') throw Object.assign(new Error('injected'), { code: 'EACCES' });
    // Non-blocking, and checked again once open: the file may have been swapped for a pipe since it was looked at.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    refuseSpecialFile(file, fs.fstatSync(fd));
    bytes = readBounded(fd);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    failUnreadable(file, (error as NodeJS.ErrnoException).code ?? '');
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (bytes.length > maxPlanBytes) failTooLarge(file); // it grew while it was read
  return decodePlanBytes(bytes, file);
}

/** Plan bytes (from a file or standard input) as text: refuses binary files and text in neither UTF-8 nor UTF-16. */
export function decodePlanText(bytes: Buffer, file: string): string {
  return decodePlanBytes(bytes, file).text;
}

/** Like decodePlanText, with the encoding the bytes were in (see text-encoding.ts). */
export function decodePlanBytes(bytes: Buffer, file: string): DecodedText {
  return decodeText(bytes, file, (data) => {
    const kind = binaryKind(data);
    if (kind)
      fail(
        file,
        say(`tệp không phải văn bản YAML: ${kind.vi}`, `the file is not YAML text: ${kind.en}`),
        say('chọn tệp kế hoạch .yaml (tạo tệp mẫu bằng "plan init")', 'pick the .yaml plan file (make a starter with "plan init")'),
      );
  });
}
