// The label of an appendix: "Phụ lục I", "Phụ lục II"…, or "Phụ lục" alone when there is only one (Decree 30,
// Phụ lục I, III.1.a–b: Roman numerals for two or more, written in lower case after the capital P).
import { toRoman } from './roman-numerals';

export function appendixLabel(number: number, count: number): string {
  return count === 1 ? 'Phụ lục' : `Phụ lục ${toRoman(number)}`;
}
