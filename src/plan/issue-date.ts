// The plan's issue date: a full calendar date, or a year and month with the day left blank.

export interface IssueDate {
  year: number;
  month: number;
  /** Absent when the day is left blank for the signer to fill in. */
  day?: number;
}

/** Days in a month of the proleptic Gregorian calendar (February follows the leap years). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY-MM-DD" or "YYYY-MM"; returns undefined for a date that does not exist. */
export function parseIssueDate(text: string): IssueDate | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}
