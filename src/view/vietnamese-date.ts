// Vietnamese date wording with Decree 30's zero rule: days below 10 and months 1–2 get a leading zero.

import type { IssueDate } from '../plan/issue-date';

export const blankDay = '....';

export function dayText(day: number): string {
  return String(day).padStart(2, '0');
}

export function monthText(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/** "ngày 05 tháng 02 năm 2025", or "ngày .... tháng 9 năm 2020" when the day is blank. */
export function longDate(date: IssueDate): string {
  const day = date.day === undefined ? blankDay : dayText(date.day);
  return `ngày ${day} tháng ${monthText(date.month)} năm ${date.year}`;
}
