// Mẫu 1.5 (Công văn): no type name, "V/v …" under the number, Kính gửi, Nơi nhận opening "- Như trên;". Mẫu 1.6
// (Công điện): the type name and trích yếu, then "<who> điện:" and the addressees listed before the text.
import type { FormPlans } from '../../plan/plan-schema';
import { bodyLines, toLines } from '../body-lines';
import { addresseesView, listed } from './addressees';
import { emptyFormView, type FormContext, type FormView } from './form-view';

export function letterView(plan: FormPlans['letter'], { type }: FormContext): FormView {
  const subject = toLines(plan.subject);
  return {
    ...emptyFormView(type),
    typeName: '',
    subjectLines: subject.map((line, index) => (index === 0 ? `V/v ${line}` : line)),
    addressees: addresseesView(plan.to),
    bases: toLines(plan.bases),
    opening: toLines(plan.opening),
    body: bodyLines(plan.body, plan.numbering),
    closing: toLines(plan.closing),
  };
}

export function telegramView(plan: FormPlans['telegram'], { type }: FormContext): FormView {
  const sender = toLines(plan.sender).map((line) => line.toLocaleUpperCase('vi'));
  return {
    ...emptyFormView(type),
    summaryLines: toLines(plan.summary),
    authorityLines: sender.map((line, index) => (index === sender.length - 1 ? `${line} điện:` : line)),
    body: [...listed(toLines(plan.to)).map((text) => ({ tag: 'item' as const, text })), ...bodyLines(plan.body, plan.numbering)],
    closing: toLines(plan.closing),
  };
}
