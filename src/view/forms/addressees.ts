// Kính gửi (ô 9a), worded: one addressee as written; several, each "- name;" and the last "- name." (Decree 30,
// Phụ lục I, II.9.d).
import { toLines } from '../body-lines';

export function addresseesView(to: string | string[] | undefined): { label: string; names: string[] } | null {
  if (to === undefined) return null;
  const names = toLines(to);
  if (!Array.isArray(to)) return { label: 'Kính gửi:', names };
  return { label: 'Kính gửi:', names: listed(names) };
}

/** Each name after "- ", ending ";" and the last ".": the decree's list of addressees. */
export function listed(names: readonly string[]): string[] {
  return names.map((name, index) => `- ${name.replace(/[;.,]$/, '')}${index === names.length - 1 ? '.' : ';'}`);
}
