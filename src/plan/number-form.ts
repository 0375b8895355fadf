// The plan's numbers as the clerk wrote them: in decimal notation. YAML reads 0x10, 0o20, 1e1, +5 and .5 as numbers
// (16, 16, 10, 5, 0.5), which would print or lay out a number nobody typed. The document's number takes digits only
// (05, as registries write it, is fine: YAML 1.2 reads 010 as ten, never as octal); margins and the first-line
// indent take digits with at most one decimal point (20, 20.5, 1.27).
import { say, type Bilingual } from '../i18n/language';
import type { PlanProblem } from './check-plan';

/** A top-level "number:" line with digits only: the usual case, told without parsing the file again. */
const plainNumberLine = /^number: *[0-9]+ *(?: #.*)?\r?$/m;
const digits = /^[0-9]+$/;
const decimal = /^-?[0-9]+(?:\.[0-9]+)?$/;

export interface NumberFormProblem extends PlanProblem {
  /** Written in decimal notation all the same (-3, 2.5): wrong for the number, where the schema says better why. */
  decimal: boolean;
}

interface NumberField {
  path: string[];
  form: RegExp;
  name: Bilingual;
  example: Bilingual;
}

const sides: Record<string, Bilingual> = {
  top: say('lề trên', 'the top margin'),
  bottom: say('lề dưới', 'the bottom margin'),
  left: say('lề trái', 'the left margin'),
  right: say('lề phải', 'the right margin'),
};

const documentNumber: NumberField = {
  path: ['number'],
  form: digits,
  name: say('số văn bản', 'the number'),
  example: say('chỉ dùng các chữ số 0–9, ví dụ 5 hoặc 05, không có dấu +, dấu chấm, dấu _ hay chữ cái', 'use the digits 0–9 only, e.g. 5 or 05, without +, a point, _ or letters'),
};

const layoutNumbers: NumberField[] = [
  ...Object.entries(sides).map(([side, name]) => ({
    path: ['layout', 'margins', side],
    form: decimal,
    name,
    example: say('viết số mm bằng các chữ số 0–9, có thể có một dấu chấm thập phân, ví dụ 20 hoặc 20.5', 'write the millimetres in the digits 0–9, with at most one decimal point, e.g. 20 or 20.5'),
  })),
  {
    path: ['layout', 'firstLineIndent'],
    form: decimal,
    name: say('thụt đầu dòng', 'the first-line indent'),
    example: say('viết 1 hoặc 1.27 (cm)', 'write 1 or 1.27 (cm)'),
  },
];

/** The marks' whole numbers: the draft's number ("DỰ THẢO LẦN 2") and the copies issued ("PL.(300)"). */
const markNumbers: NumberField[] = [
  { path: ['marks', 'draft'], form: digits, name: say('số lần dự thảo', "the draft's number"), example: say('chỉ dùng các chữ số 0–9, ví dụ 2', 'use the digits 0–9 only, e.g. 2') },
  { path: ['marks', 'drafter', 'copies'], form: digits, name: say('số bản phát hành', 'the number of copies'), example: say('chỉ dùng các chữ số 0–9, ví dụ 300', 'use the digits 0–9 only, e.g. 300') },
];

/**
 * Every number of the plan (`value`, as YAML read it) not written in its decimal form, at its path. The fast reader
 * (`readPlainly`) reads decimal notation only, so then only the number, where a point is also wrong, is looked at.
 */
export function numberFormProblems(
  value: unknown,
  text: string,
  sourceText: (path: PropertyKey[]) => string | undefined,
  readPlainly: boolean,
): NumberFormProblem[] {
  const fields = readPlainly ? [documentNumber] : [documentNumber, ...layoutNumbers, ...markNumbers];
  const problems: NumberFormProblem[] = [];
  for (const field of fields) {
    const read = valueAt(value, field.path);
    if (typeof read !== 'number' || (field === documentNumber && plainNumberLine.test(text))) continue;
    const written = sourceText(field.path);
    if (written === undefined || field.form.test(written)) continue;
    problems.push({
      path: field.path,
      severity: 'error',
      message: say(
        `${field.name.vi} phải viết bằng ${field.form === digits ? 'chữ số' : 'số'} thập phân, nhưng gặp "${written}" (YAML đọc thành ${read})`,
        `${field.name.en} must be written in decimal ${field.form === digits ? 'digits' : 'notation'}, found "${written}" (YAML reads it as ${read})`,
      ),
      hint: field.example,
      decimal: decimal.test(written),
    });
  }
  return problems;
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
