// Validates a plan by its type's schema. A plan whose type is missing or unknown is told so, with the closest type,
// and the rest of it is still checked, by the schema of the type it most likely means (a Kế hoạch when none is near),
// so that every mistake is reported at once.
import type { z } from 'zod';
import { documentTypeKeys } from '../decree/document-types';
import { closestWord, plainWord } from './closest-word';
import { planSchema, typeSchemas, type Plan } from './plan-schema';

type Issue = z.core.$ZodIssue;

/** The type a plan means: its own when known, the closest to what it wrote, else a Kế hoạch. */
export function meantType(raw: unknown): string {
  const written = raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  if (typeof written !== 'string') return 'ke-hoach';
  if (typeSchemas.has(written)) return written;
  return closestWord(written, documentTypeKeys) ?? closestWord(plainWord(written), documentTypeKeys) ?? 'ke-hoach';
}

/** The schema a plan is read by: its type's (or the type it most likely means). */
export function schemaOf(raw: unknown) {
  return typeSchemas.get(meantType(raw))!;
}

export function parseByType(raw: unknown): { success: true; data: Plan } | { success: false; issues: Issue[] } {
  const result = planSchema.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { success: false, issues: result.error.issues };
  const written = (raw as { type?: unknown }).type;
  if (typeof written === 'string' && typeSchemas.has(written)) return { success: false, issues: result.error.issues };
  const typeIssue: Issue =
    written === undefined
      ? { code: 'invalid_type', expected: 'string', path: ['type'], message: '', input: undefined }
      : { code: 'invalid_value', values: [...documentTypeKeys], path: ['type'], message: '', input: written };
  const rest = schemaOf(raw).safeParse({ ...raw, type: meantType(raw) });
  return { success: false, issues: [typeIssue, ...(rest.success ? [] : rest.error.issues.filter((issue) => issue.path[0] !== 'type'))] };
}
