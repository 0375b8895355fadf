// Validates a plan by its type's schema. A plan whose type is missing or unknown is told so, with the closest type,
// and the rest of it is still checked, by the schema of the type its keys fit best, so that every mistake is
// reported at once.
import type { z } from 'zod';
import { documentTypeKeys } from '../decree/document-types';
import { closestWord, plainWord } from './closest-word';
import { typeSchemas, type Plan } from './plan-schema';

type Issue = z.core.$ZodIssue;

const meant = new WeakMap<object, string>();

/**
 * The type a plan means: its own when known; else the type whose schema its keys and values fit best (fewest
 * problems), the one closest to what it wrote among equals, else the first of the table.
 */
export function meantType(raw: unknown): string {
  if (raw === null || typeof raw !== 'object') return 'ke-hoach';
  const written = (raw as { type?: unknown }).type;
  if (typeof written === 'string' && typeSchemas.has(written)) return written;
  const known = meant.get(raw);
  if (known !== undefined) return known;
  const problems = new Map(documentTypeKeys.map((key) => [key, problemCount(raw, key)]));
  const fewest = Math.min(...problems.values());
  const best = documentTypeKeys.filter((key) => problems.get(key) === fewest);
  const near = typeof written === 'string' ? (closestWord(written, best) ?? closestWord(plainWord(written), best)) : undefined;
  const chosen = near ?? best[0]!;
  meant.set(raw, chosen);
  return chosen;
}

/** How many problems the plan has when read as the given type. */
function problemCount(raw: object, key: string): number {
  const result = typeSchemas.get(key)!.safeParse({ ...raw, type: key });
  return result.success ? 0 : result.error.issues.length;
}

/** The schema a plan is read by: its type's (or the type it most likely means). */
export function schemaOf(raw: unknown) {
  return typeSchemas.get(meantType(raw))!;
}

export function parseByType(raw: unknown): { success: true; data: Plan } | { success: false; issues: Issue[] } {
  const written = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { type?: unknown }).type : undefined;
  if (typeof written === 'string' && typeSchemas.has(written)) {
    const result = typeSchemas.get(written)!.safeParse(raw);
    return result.success ? { success: true, data: result.data as Plan } : { success: false, issues: result.error.issues };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { success: false, issues: [{ code: 'invalid_type', expected: 'object', path: [], message: '', input: raw }] };
  const typeIssue: Issue =
    written === undefined
      ? { code: 'invalid_type', expected: 'string', path: ['type'], message: '', input: undefined }
      : { code: 'invalid_value', values: [...documentTypeKeys], path: ['type'], message: '', input: written };
  const rest = schemaOf(raw).safeParse({ ...raw, type: meantType(raw) });
  return { success: false, issues: [typeIssue, ...(rest.success ? [] : rest.error.issues.filter((issue) => issue.path[0] !== 'type'))] };
}
