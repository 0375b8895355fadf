// A plan of mẫu 1.4 (Kế hoạch and its kin) with its form's fields typed, for tests that read them; throws otherwise.
import { asForm } from '../../src/plan/plan-forms';
import type { FormPlans, Plan } from '../../src/plan/plan-schema';

export function textPlan(plan: Plan): FormPlans['text'] {
  const text = asForm(plan, 'text');
  if (!text) throw new Error(`a plan of type ${plan.type} is not of the text form`);
  return text;
}
