// The JSON Schema file `plan init` writes beside a new plan, so the editor's link survives reinstalling or moving plan.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { planJsonSchemaText } from '../plan/json-schema';

/** Its name, beside the plan: the plan's first line links it as `# yaml-language-server: $schema=plan.schema.json`. */
export const schemaFileName = 'plan.schema.json';

/** The plan's first line: a link relative to the plan, which the editor resolves from the plan's own folder. */
export const schemaModeline = `# yaml-language-server: $schema=${schemaFileName}\n`;

/** A schema plan wrote, in this version or an earlier one: its root title is plan's (an editor's own is not). */
function isPlansSchema(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { title?: unknown };
    return parsed?.title === 'Kế hoạch (plan)';
  } catch {
    return false;
  }
}

/**
 * What to write at `plan.schema.json` beside `planFile`: nothing when it already holds this version's schema (left as
 * it was, its date too); this version's schema when it is missing or was written by plan (an older version: it is
 * ours and regenerable, so it is brought up to date); a file of any other content is refused unless --force.
 */
export function schemaBesidePlan(planFile: string, force: boolean | undefined): { file: string; bytes: Buffer } | undefined {
  const file = path.join(path.dirname(planFile), schemaFileName);
  if (path.basename(planFile).toLowerCase() === schemaFileName)
    throw new UsageError(`"${planFile}" là tên của tệp JSON Schema đặt cạnh kế hoạch; đặt tên khác, ví dụ ke-hoach.yaml`, `"${planFile}" is the name of the JSON Schema written beside the plan; choose another name, e.g. ke-hoach.yaml`);
  const bytes = Buffer.from(planJsonSchemaText(), 'utf8');
  let existing: Buffer | undefined;
  try {
    existing = fs.readFileSync(file);
  } catch {
    existing = undefined; // missing (or not a file: the write reports that with the folder's own error)
  }
  if (existing?.equals(bytes)) return undefined;
  if (existing !== undefined && !force && !isPlansSchema(existing.toString('utf8')))
    throw new UsageError(
      `"${file}" đã có và không phải JSON Schema do plan viết; thêm --force để ghi đè, hoặc tạo kế hoạch ở thư mục khác`,
      `"${file}" already exists and is not a JSON Schema written by plan; add --force to overwrite it, or make the plan in another folder`,
    );
  return { file, bytes };
}
