// `plan init`: writes a commented starter plan that validates and builds, pointing editors at the schema.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { packageDir } from '../package-dir';
import { builtInTemplatesDir } from '../template/render-template';
import { inLanguage, type Io } from './io';
import { refuseOverwrite, whileWriting, writeAtomically } from './write-atomically';

const startersDir = path.join(builtInTemplatesDir, 'starters');
const schemaFile = path.join(packageDir, 'schema', 'plan.schema.json');

export function initCommand(file: string, options: { type: string; force?: boolean }, io: Io): void {
  const starter = path.join(startersDir, `${options.type}.yaml`);
  if (!fs.existsSync(starter)) {
    const types = fs.readdirSync(startersDir).map((name) => name.replace(/\.yaml$/, '')).join(', ');
    throw new UsageError(`chưa có tệp mẫu cho loại "${options.type}"; có: ${types}`, `no starter for the type "${options.type}"; there are: ${types}`);
  }
  refuseOverwrite(file, options.force);
  const schema = path.relative(path.dirname(path.resolve(file)), schemaFile).split(path.sep).join('/');
  const text = `# yaml-language-server: $schema=${schema}\n${fs.readFileSync(starter, 'utf8')}`;
  whileWriting(() => writeAtomically({ file, bytes: Buffer.from(text, 'utf8') }));
  io.stderr(inLanguage(io, `đã ghi ${file}; sửa nội dung rồi chạy: plan build ${file}`, `wrote ${file}; edit it, then run: plan build ${file}`));
  io.stdout(file);
}
