// Hợp đồng, Bản ghi nhớ, Bản thỏa thuận: the two parties ("Bên A", "Bên B" in a contract; "Bên thứ nhất", "Bên thứ
// hai" in the others), then the terms as articles; each party signs on its side.
import type { FormPlans } from '../../plan/plan-schema';
import { bodyLines, oneLine, toLines, type BodyLine } from '../body-lines';
import { emptyFormView, type FormContext, type FormView } from './form-view';

/** How the parties are named: a contract's "Bên A"/"Bên B", the other agreements' "Bên thứ nhất"/"Bên thứ hai". */
function partyLabels(typeKey: string): [string, string] {
  return typeKey === 'hop-dong' ? ['Bên A', 'Bên B'] : ['Bên thứ nhất', 'Bên thứ hai'];
}

export function agreementView(plan: FormPlans['agreement'], { type }: FormContext): FormView {
  const labels = partyLabels(type.key);
  const parties: BodyLine[] = plan.parties.flatMap((party, index) => [
    { tag: 'body' as const, text: `**${labels[index]}: ${oneLine(party.name)}**` },
    ...(party.lines ?? []).map((line) => ({ tag: 'body' as const, text: oneLine(line) })),
  ]);
  return {
    ...emptyFormView(type),
    summaryLines: toLines(plan.summary),
    bases: toLines(plan.bases),
    opening: toLines(plan.opening),
    body: [...parties, ...bodyLines(plan.body, plan.numbering)],
    closing: toLines(plan.closing),
  };
}
