// `plan init`: writes a commented starter plan that validates and builds, pointing editors at the schema.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { packageDir } from '../package-dir';
import { documentTypes } from '../plan/document-types';
import { builtInTemplatesDir } from '../template/render-template';
import { inLanguage, type Io } from './io';
import { refuseEmptyPath } from './refuse-empty-path';
import { refuseOutputsOnInputs } from './same-file';
import { refuseOverwrite, scratchFiles, whileWriting, writeAtomically } from './write-atomically';

const startersDir = path.join(builtInTemplatesDir, 'starters');
const schemaFile = path.join(packageDir, 'schema', 'plan.schema.json');

/** The document types with a starter plan; the list is the table's keys, so no path is ever made of user text. */
function startersByType(): Map<string, string> {
  const starters = new Map<string, string>();
  for (const { key } of documentTypes) {
    const starter = path.join(startersDir, `${key}.yaml`);
    if (fs.existsSync(starter)) starters.set(key, starter);
  }
  return starters;
}

export function initCommand(file: string, options: { type: string; force?: boolean }, io: Io): void {
  refuseEmptyPath({ vi: 'tên tệp', en: 'the file name' }, file);
  const starters = startersByType();
  const starter = starters.get(options.type);
  if (starter === undefined) {
    const types = [...starters.keys()].join(', ');
    throw new UsageError(`chưa có tệp mẫu cho loại "${options.type}"; có: ${types}`, `no starter for the type "${options.type}"; there are: ${types}`);
  }
  // The starter is read: never written over, not even with --force.
  refuseOutputsOnInputs([file, ...scratchFiles(file)], [starter]);
  refuseOverwrite(file, options.force);
  const schema = path.relative(path.dirname(path.resolve(file)), schemaFile).split(path.sep).join('/');
  const text = `# yaml-language-server: $schema=${schema}\n${fs.readFileSync(starter, 'utf8')}`;
  whileWriting(() => writeAtomically({ file, bytes: Buffer.from(text, 'utf8') }));
  io.stderr(inLanguage(io, `đã ghi ${file}; sửa nội dung rồi chạy: plan build ${file}`, `wrote ${file}; edit it, then run: plan build ${file}`));
  io.stdout(file);
}
