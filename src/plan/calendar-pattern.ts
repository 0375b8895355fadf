// Regular expressions for dates that exist in the calendar (years 1900–9999), for the JSON Schema editors read.
// plan itself checks dates with its own calendar (parseIssueDate); these let the editor flag 2021-02-30 as the clerk types.

/** A year from 1900 to 9999: the range `plan` accepts. */
const anyYear = '(?:19\\d\\d|[2-9]\\d{3})';

/**
 * A leap year from 1900 to 9999 (Gregorian: divisible by 4, except whole centuries not divisible by 400).
 * The last two digits a multiple of 4 other than 00 (04, 08, 12 … 96) after any century 19–99, or 00 after a
 * century that is a multiple of 4 (2000, 2400 … 9600; 1900 is not one).
 */
const quadrennialEndings = '0[48]|[2468][048]|[13579][26]';
const leapCenturies = '[2468][048]|[3579][26]';
const leapYear = `(?:(?:19|[2-9]\\d)(?:${quadrennialEndings})|(?:${leapCenturies})00)`;

/** Month and day for months of 31, 30 and 28 days; 29 February is added for leap years only. */
const monthAndDay = [
  '(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])', // January, March, May, July, August, October, December
  '(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)', // April, June, September, November
  '02-(?:0[1-9]|1\\d|2[0-8])', // February, up to the 28th
].join('|');

const dayPattern = `${anyYear}-(?:${monthAndDay})|${leapYear}-02-29`;

/** "YYYY-MM-DD" that exists: 2024-02-29 yes, 2021-02-29, 2021-02-30 and 2021-13-01 no. */
export const calendarDatePattern = `^(?:${dayPattern})$`;

/** The same, or "YYYY-MM" alone (the issue date whose day the signer fills in). */
export const issueDatePattern = `^(?:${dayPattern}|${anyYear}-(?:0[1-9]|1[0-2]))$`;
