// What the header of page 1 can hold: the agency's names, the number and the place-date get a fixed number of lines in
// their columns, since the header is one block of page 1 and never flows onto page 2 (a longer text is refused).
import { findIssuerKind } from '../decree/issuer-kinds';
import { say } from '../i18n/language';
import type { PlanProblem } from '../plan/check-plan';
import { parseIssueDate } from '../plan/issue-date';
import type { Plan } from '../plan/plan-schema';
import { headerTexts } from '../view/to-view-model';
import { breakLines } from './break-lines';
import { LayoutContext } from './paragraph-parts';
import { headerColumns } from './resolve-header';
import { makeTheme } from './theme';

/** Lines each header field may take in its column; the longest real names take 2, 5, 1 and 2 (see README, "Bad input and faults"). */
export const headerLineLimits = { parent: 5, name: 8, number: 2, placeDate: 3 } as const;

/** Plan text as it is printed: each item on its own line, line breaks inside an item as spaces. */
const printed = (value: string | string[] | undefined): string[] =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((text) => text.replace(/\s*\r?\n\s*/g, ' ').trim());

/** How many lines the texts take in a column of the given width (a word wider than the column counts as the lines
 * an office suite cuts it into). */
function lineCount(texts: string[], style: { bold: boolean; italic: boolean }, sizePt: number, widthPt: number): number {
  let count = 0;
  for (const text of texts) {
    const lines = text ? breakLines([{ text, sizePt, ...style }], widthPt, widthPt) : [];
    count += Math.max(1, lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.widthPt / widthPt)), 0));
  }
  return count;
}

/** The header fields that take more lines than their limit, measured as the layout sets them (view.ts words them). */
export function headerLimitProblems(plan: Plan): PlanProblem[] {
  const date = parseIssueDate(plan.date);
  if (!date) return []; // an impossible date is reported on its own
  const kind = findIssuerKind(plan.agency.kind);
  const printedLines = headerTexts(plan);
  const theme = makeTheme({ sizes: plan.layout.sizes, margins: plan.layout.margins, firstLineIndentCm: plan.layout.firstLineIndent, issuerKind: plan.agency.kind });
  const ctx = new LayoutContext(theme);
  const s = theme.sizesPt;
  const { leftPt, rightPt } = headerColumns({ nation: kind.nation, motto: kind.motto, placeDate: printedLines.placeDate }, ctx);
  const left = leftPt - 2 * ctx.paddingPt;
  const right = rightPt - 2 * ctx.paddingPt;
  const regular = { bold: false, italic: false };
  const names = say(
    'phần đầu văn bản là một khối cố định của trang 1; ghi tên chính thức, ngắn gọn (được viết tắt như UBND, HĐND)',
    'the header is a fixed block of page 1; write the official name, briefly (abbreviations such as UBND, HĐND are allowed)',
  );
  const fields = [
    { path: ['agency', 'parent'], vi: 'tên cơ quan chủ quản', en: 'the parent body', limit: headerLineLimits.parent, lines: lineCount(printed(plan.agency.parent), regular, s.parentAgency, left), column: 'trái', hint: names },
    { path: ['agency', 'name'], vi: 'tên cơ quan ban hành', en: "the agency's name", limit: headerLineLimits.name, lines: lineCount(printed(plan.agency.name), { bold: true, italic: false }, s.agency, left), column: 'trái', hint: names },
    ...(plan.agency.partner
      ? [
          { path: ['agency', 'partner', 'parent'], vi: 'tên cơ quan chủ quản của cơ quan phối hợp', en: "the partner's parent body", limit: headerLineLimits.parent, lines: lineCount(printed(plan.agency.partner.parent), regular, s.parentAgency, left), column: 'trái', hint: names },
          { path: ['agency', 'partner', 'name'], vi: 'tên cơ quan phối hợp', en: "the partner agency's name", limit: headerLineLimits.name, lines: lineCount(printed(plan.agency.partner.name), { bold: true, italic: false }, s.agency, left), column: 'trái', hint: names },
        ]
      : []),
    { path: ['agency', 'code'], vi: 'dòng số, ký hiệu', en: 'the number and symbol line', limit: headerLineLimits.number, lines: lineCount([printedLines.numberLine], regular, s.number, left), column: 'trái', hint: say('agency.code là chữ viết tắt ngắn của cơ quan, ví dụ SGDĐT', 'agency.code is the agency\'s short abbreviation, e.g. SGDĐT') },
    ...(printedLines.placeDate ? [{ path: ['place'], vi: 'dòng địa danh, ngày tháng', en: 'the place and date line', limit: headerLineLimits.placeDate, lines: lineCount([printedLines.placeDate], { bold: false, italic: true }, s.placeDate, right), column: 'phải', hint: say('place chỉ ghi địa danh, ví dụ Quảng Ninh hoặc Thành phố Hồ Chí Minh', 'place holds only the place name, e.g. Quảng Ninh or Thành phố Hồ Chí Minh') }] : []),
  ];
  return fields
    .filter((field) => field.lines > field.limit)
    .map((field) => ({
      path: field.path,
      severity: 'error' as const,
      message: say(
        `${field.vi} chiếm ${field.lines} dòng ở cột ${field.column} phần đầu văn bản; tối đa ${field.limit} dòng`,
        `${field.en} takes ${field.lines} lines in its column of the header; at most ${field.limit} lines`,
      ),
      hint: field.hint,
    }));
}
