// The codes of the number's symbol: "KH" and the agency's, or for a joint document (liên tịch, experimental)
// the type code with "LT" and both agencies' codes, the lead's first: Số: 01/KHLT-SGDĐT-TĐ.
import type { Plan } from '../plan/plan-schema';

export function symbolCodes(plan: Pick<Plan, 'agency'>, typeCode: string): [typeCode: string, agencyCode: string] {
  const partner = plan.agency.partner;
  if (!partner) return [typeCode, plan.agency.code];
  return [`${typeCode}LT`, `${plan.agency.code}-${partner.code}`];
}
