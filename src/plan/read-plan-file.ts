// Reads a plan file defensively: the file a clerk names may be missing, a folder, unreadable, huge, or not text.
import fs from 'node:fs';
import { diagnostic, PlanError, UsageError } from '../errors';
import { say, type Bilingual } from '../i18n/language';

/** Plans are a few kilobytes; anything near this limit is not a plan. */
const maxPlanBytes = 1024 * 1024;

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

export function readPlanFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`không tìm thấy tệp kế hoạch "${file}"`, `plan file "${file}" not found`);
  }
  if (stat.isDirectory()) throw new UsageError(`"${file}" là một thư mục, không phải tệp kế hoạch`, `"${file}" is a folder, not a plan file`);
  if (stat.size > maxPlanBytes)
    fail(
      file,
      say(`tệp quá lớn (${Math.round(stat.size / 1024)} KB); một kế hoạch không vượt quá ${maxPlanBytes / 1024} KB`, `the file is too large (${Math.round(stat.size / 1024)} KB); a plan stays under ${maxPlanBytes / 1024} KB`),
      say('kiểm tra đúng tệp kế hoạch chưa', 'check that this is the plan file'),
    );
  let bytes: Buffer;
  try {
    // Tests inject an unreadable file through the environment (root reads every file); see tests/output/faults.test.ts.
    if (process.env.PLAN_FAULT === 'read') throw Object.assign(new Error('injected'), { code: 'EACCES' });
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    fail(
      file,
      say(`không đọc được tệp (${code === 'EACCES' || code === 'EPERM' ? 'không có quyền đọc' : code})`, `cannot read the file (${code === 'EACCES' || code === 'EPERM' ? 'no permission to read it' : code})`),
      say('kiểm tra quyền đọc tệp, hoặc chép tệp sang thư mục của bạn', 'check the file permissions, or copy the file to your own folder'),
    );
  }
  const kind = binaryKind(bytes);
  if (kind)
    fail(
      file,
      say(`tệp không phải văn bản YAML: ${kind.vi}`, `the file is not YAML text: ${kind.en}`),
      say('chọn tệp kế hoạch .yaml (tạo tệp mẫu bằng "plan init")', 'pick the .yaml plan file (make a starter with "plan init")'),
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(
      file,
      say('tệp không phải văn bản UTF-8 (có thể là mã TCVN3 hoặc VNI cũ)', 'the file is not UTF-8 text (perhaps an old TCVN3 or VNI encoding)'),
      say('mở tệp trong trình soạn thảo và lưu lại với bảng mã Unicode UTF-8', 'open the file in an editor and save it as Unicode UTF-8'),
    );
  }
}
