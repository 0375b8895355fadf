// `plan schema`: prints the plan file's JSON Schema for editors, or writes it to a file with --out.
import { planJsonSchemaText } from '../plan/json-schema';
import { inLanguage, type Io } from './io';
import { refuseEmptyPath } from './refuse-empty-path';
import { writeAtomically } from './write-atomically';

/** Prints the schema on stdout (same bytes as schema/plan.schema.json), or writes it to `out`, creating folders. */
export async function schemaCommand(options: { out?: string }, io: Io): Promise<void> {
  refuseEmptyPath({ vi: '--out', en: '--out' }, options.out);
  const text = planJsonSchemaText();
  if (options.out === undefined) {
    io.stdout(text.replace(/\n$/, '')); // io.stdout ends the line itself
    return;
  }
  writeAtomically({ file: options.out, bytes: Buffer.from(text, 'utf8') });
  io.stderr(inLanguage(io, `đã ghi ${options.out}`, `wrote ${options.out}`));
}
