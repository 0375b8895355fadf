// The plan's issue date: a full calendar date, or a year and month with the day left blank.

export interface IssueDate {
  year: number;
  month: number;
  /** Absent when the day is left blank for the signer to fill in. */
  day?: number;
}

/** The years a plan's dates may have, across the tool (plan next stops at the last): four digits, and no year before
 * the modern administration (a year 0000 or 0201 is a slip of the keyboard). */
export const firstYear = 1900;
export const lastYear = 9999;

/** Days in a month of the proleptic Gregorian calendar (February follows the leap years). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY-MM-DD" or "YYYY-MM"; returns undefined for a date that does not exist or is outside firstYear–lastYear. */
export function parseIssueDate(text: string): IssueDate | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < firstYear || year > lastYear) return undefined;
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}
