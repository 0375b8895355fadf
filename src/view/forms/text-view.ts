// Mẫu 1.4 (Kế hoạch, Báo cáo, Tờ trình, Thông báo…): the type name and trích yếu, Kính gửi where the type has it, the
// bases, opening, numbered body and closing.
import type { FormPlans } from '../../plan/plan-schema';
import { bodyLines, oneLine, toLines } from '../body-lines';
import { addresseesView } from './addressees';
import { emptyFormView, type FormContext, type FormView } from './form-view';

export function textView(plan: FormPlans['text'], { type }: FormContext): FormView {
  // Only some types of this form have Kính gửi, and only a thư công its own title (plan-schema.ts).
  const { to, title } = plan as { to?: string | string[]; title?: string };
  return {
    ...emptyFormView(type),
    typeName: title ? oneLine(title).toLocaleUpperCase('vi') : type.title,
    summaryLines: toLines(plan.summary),
    addressees: addresseesView(to),
    bases: toLines(plan.bases),
    opening: toLines(plan.opening),
    body: bodyLines(plan.body, plan.numbering),
    closing: toLines(plan.closing),
  };
}
