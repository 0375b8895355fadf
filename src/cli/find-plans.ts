// Turns the paths given to `plan build` into plan files: files as they are, folders' *.yaml, glob patterns
// (expanded here, since Windows shells do not expand them), and "-" for standard input.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { refuseSpecialFile } from '../plan/read-plan-file';

const isPattern = (text: string) => /[*?]/.test(text);

/** "*" and "?" within one path segment, "**" for any number of folders. */
function patternToRegExp(pattern: string): RegExp {
  const normalized = pattern.split(path.sep).join('/');
  let source = '';
  for (let i = 0; i < normalized.length; i++) {
    const char = normalized[i]!;
    if (char === '*' && normalized[i + 1] === '*') {
      source += normalized[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += normalized[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** A folder's entries; one that cannot be listed is named (a pattern must not skip plans silently, nor crash). */
function readFolder(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const denied = code === 'EACCES' || code === 'EPERM';
    throw new UsageError(
      `không đọc được thư mục "${dir}" (${denied ? 'không có quyền đọc' : code}); sửa quyền đọc, hoặc dùng mẫu hẹp hơn để bỏ qua thư mục này`,
      `cannot read the folder "${dir}" (${denied ? 'no permission to read it' : code}); fix its permissions, or use a narrower pattern that leaves it out`,
    );
  }
}

function walk(dir: string): string[] {
  return readFolder(dir).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const isPlanFile = (file: string) => /\.ya?ml$/i.test(file);

/** A device, pipe or socket found as a plan (named, or matched by a folder or pattern) is refused before anything is built. */
function refuseSpecialFiles(files: readonly string[]): void {
  for (const file of files) {
    if (file === '-') continue;
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file, { throwIfNoEntry: false });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      const loop = code === 'ELOOP';
      throw new UsageError(
        `không mở được "${file}" (${loop ? 'liên kết vòng quanh chính nó' : code})`,
        `cannot open "${file}" (${loop ? 'a link that loops back on itself' : code})`,
      );
    }
    if (stat) refuseSpecialFile(file, stat);
  }
}

export function findPlans(inputs: readonly string[]): string[] {
  const found: string[] = [];
  for (const input of inputs) {
    if (input === '-') found.push(input); // standard input
    else if (isPattern(input)) {
      const base = input.split(/[\\/]/).findIndex((segment) => isPattern(segment));
      const root = input.split(/[\\/]/).slice(0, base).join(path.sep) || '.';
      const regex = patternToRegExp(path.normalize(input));
      const matches = fs.existsSync(root) ? walk(root).filter((file) => regex.test(path.normalize(file).split(path.sep).join('/'))) : [];
      if (matches.length === 0) throw new UsageError(`không có tệp nào khớp "${input}"`, `no file matches "${input}"`);
      found.push(...matches.sort());
    } else if (fs.existsSync(input) && fs.statSync(input).isDirectory()) {
      const plans = readFolder(input).map((entry) => entry.name).filter(isPlanFile).sort().map((name) => path.join(input, name));
      if (plans.length === 0) throw new UsageError(`thư mục "${input}" không có tệp .yaml nào`, `the folder "${input}" has no .yaml file`);
      found.push(...plans);
    } else if (fs.existsSync(input)) found.push(input);
    else throw new UsageError(`không tìm thấy tệp kế hoạch "${input}"`, `plan file "${input}" not found`);
  }
  const plans = [...new Set(found)];
  refuseSpecialFiles(plans);
  return plans;
}
