// Reads a user's template folder defensively: a template that is a folder, a partials folder that is a file, an
// unreadable or special file are the user's mistakes (exit 1, naming the path), never internal errors.
import fs from 'node:fs';
import { diagnostic, PlanError } from '../errors';
import { say, type Bilingual } from '../i18n/language';

/** Templates are a few kilobytes; anything larger is not a template (and a device file would never end). */
const maxTemplateBytes = 1024 * 1024;

function fail(file: string, problem: Bilingual, hint: Bilingual): never {
  throw new PlanError([diagnostic({ file }, 'error', say(`mẫu "${file}" ${problem.vi}`, `the template "${file}" ${problem.en}`), hint)]);
}

const permissionHint = say('kiểm tra quyền đọc của tệp và thư mục mẫu', 'check the read permissions of the template files and folders');

function failToRead(file: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const reason = code === 'EACCES' || code === 'EPERM' ? say('không có quyền đọc', 'no permission to read it') : say(code, code);
  fail(file, say(`không đọc được (${reason.vi})`, `cannot be read (${reason.en})`), permissionHint);
}

/** A template file's text: a regular file, at most 1 MB, UTF-8. */
export function readTemplateFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    failToRead(file, error);
  }
  if (stat.isDirectory())
    fail(file, say('là một thư mục, không phải tệp .hbs', 'is a folder, not a .hbs file'), say('đổi tên thư mục, hoặc đặt tệp mẫu vào đúng chỗ này', 'rename the folder, or put the template file in its place'));
  if (!stat.isFile())
    fail(file, say('không phải một tệp thường (có thể là thiết bị hoặc ống)', 'is not a regular file (perhaps a device or a pipe)'), say('dùng một tệp .hbs thường', 'use an ordinary .hbs file'));
  if (stat.size > maxTemplateBytes)
    fail(file, say(`quá lớn (${Math.round(stat.size / 1024)} KB; tối đa ${maxTemplateBytes / 1024} KB)`, `is too large (${Math.round(stat.size / 1024)} KB; at most ${maxTemplateBytes / 1024} KB)`), say('kiểm tra đúng tệp mẫu chưa', 'check that this is the template file'));
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    failToRead(file, error);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(file, say('không phải văn bản UTF-8', 'is not UTF-8 text'), say('lưu lại tệp mẫu với bảng mã Unicode UTF-8', 'save the template as Unicode UTF-8'));
  }
}

/** The `.hbs` files of a partials folder, sorted; none when the folder does not exist. */
export function listPartialFiles(dir: string): string[] {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir, { throwIfNoEntry: false });
  } catch (error) {
    failToRead(dir, error);
  }
  if (stat === undefined) return [];
  if (!stat.isDirectory())
    fail(dir, say('phải là một thư mục chứa các tệp .hbs, không phải một tệp', 'must be a folder of .hbs files, not a file'), say('xóa hoặc đổi tên tệp này, rồi tạo thư mục partials', 'remove or rename this file, then make a partials folder'));
  try {
    return fs.readdirSync(dir).filter((entry) => entry.endsWith('.hbs')).sort();
  } catch (error) {
    failToRead(dir, error);
  }
}
