// Decree 30 rules the schema cannot express: the archive line, the signer's form, characters the font lacks.
import { authoritiesNamingTheHead } from '../decree/authority-prefixes';
import { findIssuerKind } from '../decree/issuer-kinds';
import { missingCharacters } from '../fonts/font-metrics';
import { say, type Bilingual } from '../i18n/language';
import { headerLimitProblems } from '../layout/header-limits';
import { issuerProblems } from './issuer-checks';
import { signerLinesProblems } from './signer-lines-checks';
import { pathText, signerKindName, signersOf } from './signers';
import { twoSignerProblems } from './two-signers-checks';
import { closestWord } from './closest-word';
import { tableProblems } from './table-checks';
import { formProblems } from './form-checks';
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

/** C0 and C1 controls (tab and line ends aside), zero-width spaces and joiners, the BOM, soft hyphen, word joiner. */
const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060\uFEFF]/g;
const hasInvisible = new RegExp(invisible.source);

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function checkPlan(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const kind = findIssuerKind(plan.agency.kind);

  // Party and Đoàn documents write "- Lưu Văn phòng Huyện ủy." without the registry's VT (issuer-kinds.ts).
  if (kind.archiveNeedsRegistry && plan.archive && !plan.archive.some((unit) => unit.trim() === 'VT'))
    problems.push({
      path: ['archive'],
      severity: 'error',
      message: say('dòng "Lưu:" phải có VT (Văn thư)', 'the "Lưu:" line must include VT (the registry)'),
      hint: say('viết archive: [VT, <đơn vị soạn thảo>], ví dụ [VT, P.GDTX]', 'write archive: [VT, <drafting unit>], e.g. [VT, P.GDTX]'),
    });

  for (const { signer, path } of signersOf(plan)) {
    if (authoritiesNamingTheHead.has(signer.authority) && !signer.head)
      problems.push({
        path: [...path, 'authority'],
        severity: 'error',
        message: say(
          `"${signer.authority}" cần chức vụ của người đứng đầu hoặc tên tập thể (${pathText(path)}.head)`,
          `"${signer.authority}" needs the head's title or the collective body (${pathText(path)}.head)`,
        ),
        hint: say('ví dụ authority: KT., head: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC', 'e.g. authority: KT., head: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC'),
      });
    problems.push(...signerLinesProblems(signer, path, findIssuerKind(signerKindName(plan, path))));
  }
  problems.push(...twoSignerProblems(plan));
  problems.push(...issuerProblems(plan));
  problems.push(...scheduleProblems(plan));
  problems.push(...tableProblems(plan));
  problems.push(...formProblems(plan));

  problems.push(...textProblems(plan));
  // The header is measured only in a plan otherwise right (a character the font lacks has no width to measure).
  if (!problems.some((problem) => problem.severity === 'error')) problems.push(...headerLimitProblems(plan));
  return problems;
}

/** Every string of the plan, in one array. */
function allStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) allStrings(item, into);
  return into;
}

/**
 * Control and invisible characters (pasted from PDFs and web pages) would print nothing or break lines; a character
 * missing from the embedded font would print as an empty box. The plan's text is looked at in one piece first; only
 * text that has such a character is walked string by string, to say where.
 */
function textProblems(plan: Plan): PlanProblem[] {
  const allText = allStrings(plan).join('\n');
  if (!hasInvisible.test(allText) && missingCharacters(allText, { bold: false, italic: false }).length === 0) return [];
  const hiddenProblems: PlanProblem[] = [];
  const glyphProblems: PlanProblem[] = [];
  for (const [path, text] of strings(plan)) {
    const hidden = [...new Set(text.match(invisible) ?? [])];
    if (hidden.length > 0) {
      const shown = hidden.map(codePoint).join(', ');
      hiddenProblems.push({
        path,
        severity: 'error',
        message: say(`có ký tự điều khiển hoặc ký tự vô hình (${shown})`, `contains control or invisible characters (${shown})`),
        hint: say('thường do dán từ PDF hoặc trang web; gõ lại đoạn này hoặc xóa ký tự đó', 'usually pasted from a PDF or a web page; retype the passage or delete the character'),
      });
    }
    const missing = missingCharacters(hidden.length > 0 ? text.replace(invisible, '') : text, { bold: false, italic: false });
    if (missing.length > 0) {
      const shown = missing.map((char) => `"${char}" (${codePoint(char)})`).join(', ');
      glyphProblems.push({
        path,
        severity: 'error',
        message: say(`phông chữ không có ký tự ${shown}`, `the font has no glyph for ${shown}`),
        hint: say('xóa hoặc thay ký tự này (ví dụ biểu tượng, chữ Hán, emoji)', 'remove or replace the character (e.g. a symbol, a CJK character, an emoji)'),
      });
    }
  }
  return [...hiddenProblems, ...glyphProblems];
}

/** The schedule names dates that exist, none before the issue date, in order (the last two are warnings). */
function scheduleProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const dates = plan.dates ?? {};
  const issued = plan.date.length === 7 ? `${plan.date}-01` : plan.date;
  let previous: { name: string; date: string } | undefined;
  (plan.schedule ?? []).forEach((name, index) => {
    const date = dates[name];
    if (date === undefined) {
      const suggestion = closestWord(name, Object.keys(dates));
      problems.push({
        path: ['schedule', index],
        severity: 'error',
        message: say(`lịch thực hiện nhắc tới ngày "${name}" không có trong dates`, `the schedule names "${name}", which is not in dates`),
        hint: suggestion ? say(`có phải ý bạn là "${suggestion}"?`, `did you mean "${suggestion}"?`) : say('thêm ngày này vào dates', 'add this date to dates'),
      });
      return;
    }
    if (date < issued)
      problems.push({
        path: ['dates', name],
        severity: 'warning',
        message: say(`ngày "${name}" (${date}) sớm hơn ngày ban hành (${plan.date})`, `the date "${name}" (${date}) is before the issue date (${plan.date})`),
        hint: say('kiểm tra lại năm hoặc ngày ban hành', 'check the year or the issue date'),
      });
    if (previous && date < previous.date)
      problems.push({
        path: ['schedule', index],
        severity: 'warning',
        message: say(`"${name}" (${date}) đứng sau "${previous.name}" (${previous.date}) nhưng sớm hơn`, `"${name}" (${date}) comes after "${previous.name}" (${previous.date}) but is earlier`),
        hint: say('sắp lại thứ tự trong schedule hoặc sửa ngày', 'reorder the schedule or fix the date'),
      });
    previous = { name, date };
  });
  return problems;
}
