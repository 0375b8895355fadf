// Reads SOURCE_DATE_EPOCH (the reproducible-builds date) once per build: a whole number of seconds whose date both
// formats can carry, or an input mistake (exit 2) named as such, never an internal error or silently ignored.
import { UsageError } from '../errors';

/**
 * 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z: DOCX (dcterms, W3CDTF) and PDF (D:YYYY…) dates hold four-digit years.
 * The zip entries' own times do not take it (they are fixed at 1980-01-01, the first DOS date), so the zip format's
 * 1980–2107 does not bound it.
 */
export const sourceDateEpochRange = { min: 0, max: 253_402_300_799 } as const;

/** The seconds, or undefined when the variable is unset or empty (an empty value counts as unset, as CI systems leave it). */
export function readSourceDateEpoch(env: NodeJS.ProcessEnv): number | undefined {
  const text = env.SOURCE_DATE_EPOCH;
  if (text === undefined || text === '') return undefined;
  const seconds = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  if (seconds >= sourceDateEpochRange.min && seconds <= sourceDateEpochRange.max) return seconds;
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  throw new UsageError(
    `SOURCE_DATE_EPOCH="${shown}" không hợp lệ: cần số giây nguyên từ 0 (1970-01-01) đến 253402300799 (9999-12-31 23:59:59 UTC), hoặc để trống`,
    `SOURCE_DATE_EPOCH="${shown}" is not valid: it must be a whole number of seconds from 0 (1970-01-01) to 253402300799 (9999-12-31 23:59:59 UTC), or empty`,
  );
}
