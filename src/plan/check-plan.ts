// Decree 30 rules the schema cannot express: the archive line, the signer's form, characters the font lacks.
import { missingCharacters } from '../fonts/font-metrics';
import { say, type Bilingual } from '../i18n/language';
import type { Plan } from './plan-schema';

export interface PlanProblem {
  path: PropertyKey[];
  severity: 'error' | 'warning';
  message: Bilingual;
  hint?: Bilingual;
}

/** Every string of the plan with its path, for checks that read all text. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, [...path, index]);
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function checkPlan(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];

  if (!plan.archive.some((unit) => unit.trim() === 'VT'))
    problems.push({
      path: ['archive'],
      severity: 'error',
      message: say('dòng "Lưu:" phải có VT (Văn thư)', 'the "Lưu:" line must include VT (the registry)'),
      hint: say('viết archive: [VT, <đơn vị soạn thảo>], ví dụ [VT, P.GDTX]', 'write archive: [VT, <drafting unit>], e.g. [VT, P.GDTX]'),
    });

  if (['KT.', 'TM.', 'TL.', 'TUQ.'].includes(plan.signer.authority) && !plan.signer.head)
    problems.push({
      path: ['signer', 'authority'],
      severity: 'error',
      message: say(
        `"${plan.signer.authority}" cần chức vụ của người đứng đầu hoặc tên tập thể (signer.head)`,
        `"${plan.signer.authority}" needs the head's title or the collective body (signer.head)`,
      ),
      hint: say('ví dụ authority: KT., head: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC', 'e.g. authority: KT., head: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC'),
    });

  // Every character must exist in the embedded font, or the PDF would show an empty box.
  for (const [path, text] of strings(plan)) {
    const missing = missingCharacters(text, { bold: false, italic: false });
    if (missing.length === 0) continue;
    const shown = missing.map((char) => `"${char}" (${codePoint(char)})`).join(', ');
    problems.push({
      path,
      severity: 'error',
      message: say(`phông chữ không có ký tự ${shown}`, `the font has no glyph for ${shown}`),
      hint: say('xóa hoặc thay ký tự này (ví dụ biểu tượng, chữ Hán, emoji)', 'remove or replace the character (e.g. a symbol, a CJK character, an emoji)'),
    });
  }
  return problems;
}
