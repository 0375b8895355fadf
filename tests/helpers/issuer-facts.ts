// The header of a Party or Đoàn document on any PDF rendering of it (ours or LibreOffice's): its title with the rule
// under it, no national title or motto, its mark under the agency, its number line and the hyphens under the trích
// yếu. Returns what fails.
import { findIssuerKind } from '../../src/decree/issuer-kinds';
import type { Plan } from '../../src/plan/plan-schema';
import { find, styleOf } from './layout-facts';
import type { PdfFile, PdfItem } from './read-pdf';

const span = (items: PdfItem[]) => ({ x1: Math.min(...items.map((i) => i.x)), x2: Math.max(...items.map((i) => i.x + i.width)) });

export function issuerHeaderProblems(pdf: PdfFile, plan: Plan, small: boolean): string[] {
  const problems: string[] = [];
  const kind = findIssuerKind(plan.agency.kind);
  const page = pdf.pages[0]!;
  const text = page.items.map((item) => item.text).join(' ');
  if (/CỘNG HÒA|Độc lập/.test(text)) problems.push('page 1 shows the national title or the motto');

  // The title: 15 pt bold (14 in the 12/13 sizes), a rule under it as long as it.
  const title = find(pdf, kind.nation);
  if (!title || title.page !== 0) return [...problems, `"${kind.nation}" is not on one line of page 1`];
  if (styleOf(title.items) !== `${small ? 14 : 15}B`) problems.push(`"${kind.nation}" is ${styleOf(title.items)}, not ${small ? 14 : 15}B`);
  const titleSpan = span(title.items);
  const rule = page.rules.find((r) => r.y > title.items[0]!.y && r.y < title.items[0]!.y + 12 && r.x1 < titleSpan.x2 && r.x2 > titleSpan.x1);
  if (!rule) problems.push(`no rule under "${kind.nation}"`);
  else if (Math.abs(rule.x1 - titleSpan.x1) > 1.5 || Math.abs(rule.x2 - titleSpan.x2) > 1.5)
    problems.push(`the rule under the title (${(rule.x2 - rule.x1).toFixed(1)} pt) is not as long as it (${(titleSpan.x2 - titleSpan.x1).toFixed(1)} pt)`);
  // No rule in the left column: the mark stands there, centred under the agency's last line, above the number.
  if (page.rules.some((r) => r.y < title.items[0]!.y + 40 && r.x2 < titleSpan.x1)) problems.push('a rule under the agency, where the mark belongs');
  const names = Array.isArray(plan.agency.name) ? plan.agency.name : [plan.agency.name];
  const agency = find(pdf, names.at(-1)!);
  const mark = page.items.find((item) => item.text.trim() === kind.agencyMark);
  // Written out here rather than taken from the view: "Số 12-KH/HU", "Số: 08-KH/ĐTN".
  // A number left blank for the registry leaves a gap after "Số": the symbol after it is found on its own.
  const symbol = `${kind.numberJoin}KH${kind.typeJoin}${plan.agency.code}`;
  const number = find(pdf, plan.number === undefined ? symbol : `${kind.numberLabel}${String(plan.number).padStart(2, '0')}${symbol}`);
  if (!agency || !mark || !number) return [...problems, `the agency, its mark "${kind.agencyMark}" or the number line is missing`];
  const agencyCentre = (span(agency.items).x1 + span(agency.items).x2) / 2;
  if (Math.abs(mark.x + mark.width / 2 - agencyCentre) > 2) problems.push(`the mark "${kind.agencyMark}" is not centred under the agency`);
  if (!(mark.y > agency.items[0]!.y && mark.y < number.items[0]!.y)) problems.push(`the mark "${kind.agencyMark}" is not between the agency and the number`);

  // Under the trích yếu: the hyphens, centred under the type name, and no rule.
  const typeName = find(pdf, 'KẾ HOẠCH');
  const hyphens = typeName && page.items.find((item) => item.text.trim() === kind.summaryMark && item.y > typeName.items[0]!.y);
  if (!typeName || !hyphens) return [...problems, `no "${kind.summaryMark}" under the trích yếu`];
  const typeCentre = (span(typeName.items).x1 + span(typeName.items).x2) / 2;
  if (Math.abs(hyphens.x + hyphens.width / 2 - typeCentre) > 2) problems.push(`"${kind.summaryMark}" is not centred under the type name`);
  if (page.rules.some((r) => r.y > typeName.items[0]!.y && r.y < hyphens.y + 6)) problems.push('a rule under the trích yếu, where the hyphens belong');
  return problems;
}
