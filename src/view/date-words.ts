// Vietnamese wording of calendar dates used inside plan text: "ngày 01 tháng 10 năm 2020", "01/10/2020", "thứ Năm".
import { longDate } from './vietnamese-date';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses "YYYY-MM-DD" into a date that exists, or undefined. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** "05 tháng 3 năm 2021": the long form without "ngày", for sentences that start with "Ngày". */
export function dayMonthYearText(date: CalendarDate): string {
  return longDate(date).slice('ngày '.length);
}

/** "05/03/2021": day and month always on two digits, as Vietnamese documents write numeric dates. */
export function numericDateText(date: CalendarDate): string {
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}

/** "05/3": day and month, for ranges within one year. */
export function dayMonthText(date: CalendarDate): string {
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}`;
}

const weekdays = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** "thứ Năm", "Chủ nhật". */
export function weekdayText(date: CalendarDate): string {
  return weekdays[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
}

/** The school year a date falls in: from August on, "2020-2021"; before, "2019-2020". */
export function schoolYearText(year: number, month: number): string {
  return month >= 8 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}
