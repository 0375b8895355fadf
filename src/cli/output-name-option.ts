// `plan build - --name 2021`: the name of the outputs of a plan read from standard input (out/2021.docx, .pdf). A plan
// file's outputs take the file's name, so --name goes only with "-", alone, and must be a bare file name on every system.
import { UsageError } from '../errors';

/** Names Windows keeps for devices, with or without an extension ("con.docx" opens the console there). */
const reservedOnWindows = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** What plan adds or reads itself: "2021.docx" would give 2021.docx.docx. */
const planExtension = /\.(docx|pdf|ya?ml)$/i;

/** Characters no Windows file name holds (and "/" no Unix one), control characters included. */
const forbiddenCharacter = /[<>:"/\\|?*\u0000-\u001f\u007f]/;

/** Refuses --name where it does not apply, and a name that is not a bare, portable file name. */
export function refuseBadOutputName(name: string | undefined, plans: readonly string[]): void {
  if (name === undefined) return;
  const refuse = (vi: string, en: string): never => {
    throw new UsageError(`--name "${name}": ${vi}`, `--name "${name}": ${en}`);
  };
  if (!plans.includes('-'))
    refuse(
      'chỉ dùng khi đọc kế hoạch từ đầu vào chuẩn ("-"); kết quả của một tệp kế hoạch mang tên tệp đó',
      'goes only with a plan read from standard input ("-"); the outputs of a plan file take the file\'s name',
    );
  if (plans.length > 1)
    refuse(`đặt tên cho kết quả của một kế hoạch, ở đây có ${plans.length} kế hoạch`, `names the outputs of one plan, and ${plans.length} plans are given`);
  if (name === '') refuse('tên trống', 'the name is empty');
  const match = forbiddenCharacter.exec(name);
  if (match)
    refuse(
      `chỉ là tên tệp, không có thư mục và không có ký tự ${JSON.stringify(match[0])} (không dùng < > : " / \\ | ? *); thư mục ghi kết quả là --out`,
      `is a bare file name, with no folder and no ${JSON.stringify(match[0])} (none of < > : " / \\ | ? *); the output folder is --out`,
    );
  if (name.startsWith('.')) refuse('không bắt đầu bằng dấu chấm (tệp ẩn)', 'must not start with a dot (a hidden file)');
  if (/[. ]$/.test(name)) refuse('không kết thúc bằng dấu chấm hay dấu cách (Windows bỏ chúng đi)', 'must not end with a dot or a space (Windows drops them)');
  if (planExtension.test(name)) refuse('ghi tên không có phần mở rộng; plan tự thêm .docx và .pdf', 'write the name without an extension; plan adds .docx and .pdf');
  if (reservedOnWindows.test(name)) refuse('là tên thiết bị dành riêng của Windows; chọn tên khác', 'is a device name Windows reserves; choose another name');
  // The longest file made from the name (".<name>.plan-lock-takeover", ".<name>.docx.<pid>.tmp") stays under the 255
  // bytes file systems allow.
  if ([...name].length > 64 || Buffer.byteLength(name) > 200) refuse('quá dài (tối đa 64 ký tự)', 'is too long (at most 64 characters)');
}
