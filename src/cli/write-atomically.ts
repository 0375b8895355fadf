// Writes a file through a temporary sibling and a rename, so a failed build never leaves a half-written output.
import fs from 'node:fs';
import path from 'node:path';

export function writeAtomically(file: string, bytes: Buffer): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
