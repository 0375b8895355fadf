// The document's number as the clerk wrote it: decimal digits only. YAML reads 0x10, 0o20, 1e1, +5 and 5.0 as
// numbers (16, 16, 10, 5, 5), which would print a number nobody typed; a leading zero (05, as registries write it)
// is fine: YAML 1.2 reads 010 as ten, never as octal.
import { say } from '../i18n/language';
import type { PlanProblem } from './check-plan';
import type { Plan } from './plan-schema';

/** A top-level "number:" line with digits only: the usual case, told without parsing the file again. */
const plainNumberLine = /^number: *[0-9]+ *(?: #.*)?\r?$/m;

export function numberFormProblems(plan: Plan, text: string, sourceText: (path: PropertyKey[]) => string | undefined): PlanProblem[] {
  if (plan.number === undefined || plainNumberLine.test(text)) return [];
  const written = sourceText(['number']);
  if (written === undefined || /^[0-9]+$/.test(written)) return [];
  return [
    {
      path: ['number'],
      severity: 'error',
      message: say(
        `số văn bản phải viết bằng chữ số thập phân, nhưng gặp "${written}" (YAML đọc thành ${plan.number})`,
        `the number must be written in decimal digits, found "${written}" (YAML reads it as ${plan.number})`,
      ),
      hint: say(
        'chỉ dùng các chữ số 0–9, ví dụ 5 hoặc 05, không có dấu +, dấu chấm, dấu _ hay chữ cái',
        'use the digits 0–9 only, e.g. 5 or 05, without +, a point, _ or letters',
      ),
    },
  ];
}
