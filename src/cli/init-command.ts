// `plan init`: writes a commented starter plan that validates and builds, and the schema beside it for editors.
import fs from 'node:fs';
import path from 'node:path';
import { documentTypes } from '../decree/document-types';
import { builtInTemplatesDir } from '../template/render-template';
import { unknownTypeError } from './document-type-list';
import { inLanguage, type Io } from './io';
import { refuseEmptyPath } from './refuse-empty-path';
import { schemaBesidePlan, schemaModeline } from './schema-beside-plan';
import { refuseOutputsOnInputs } from './same-file';
import { refuseOverwrite, scratchFiles, whileWriting, writeAtomically } from './write-atomically';

const startersDir = path.join(builtInTemplatesDir, 'starters');

/** The document types with a starter plan; the list is the table's keys, so no path is ever made of user text. */
function startersByType(): Map<string, string> {
  const starters = new Map<string, string>();
  for (const { key } of documentTypes) {
    const starter = path.join(startersDir, `${key}.yaml`);
    if (fs.existsSync(starter)) starters.set(key, starter);
  }
  return starters;
}

/** `file` left out: named after the type (bao-cao.yaml), so that `plan init --type bao-cao` never writes ke-hoach.yaml. */
export function initCommand(named: string | undefined, options: { type: string; force?: boolean }, io: Io): void {
  if (named !== undefined) refuseEmptyPath({ vi: 'tên tệp', en: 'the file name' }, named);
  const starters = startersByType();
  const starter = starters.get(options.type);
  if (starter === undefined) throw unknownTypeError(options.type, [...starters.keys()]);
  const file = named ?? `${options.type}.yaml`;
  // The starter is read: never written over, not even with --force.
  refuseOutputsOnInputs([file, ...scratchFiles(file)], [starter]);
  refuseOverwrite(file, options.force);
  // The link is to a copy beside the plan, not into plan's install folder, which a reinstall or an upgrade moves.
  const schema = schemaBesidePlan(file, options.force);
  const plan = { file, bytes: Buffer.from(`${schemaModeline}${fs.readFileSync(starter, 'utf8')}`, 'utf8') };
  // Both or neither: a plan never links a schema that is not there.
  whileWriting(() => writeAtomically(...(schema ? [schema, plan] : [plan])));
  const wrote = schema ? `${file}, ${schema.file}` : file;
  io.stderr(inLanguage(io, `đã ghi ${wrote}; sửa nội dung rồi chạy: plan build ${file}`, `wrote ${wrote}; edit it, then run: plan build ${file}`));
  io.stdout(file);
}
