// The codes of the number's symbol: "KH" and the agency's; a công văn's agency and drafting unit (05/SGDĐT-GDTrH);
// for a joint document (liên tịch, experimental) the type code with "LT" and both agencies' codes, the lead's first:
// Số: 01/KHLT-SGDĐT-TĐ.
import type { Plan } from '../plan/plan-schema';

export function symbolCodes(plan: Pick<Plan, 'agency'> & { unit?: string | undefined }, typeCode: string): [typeCode: string, agencyCode: string] {
  const partner = plan.agency.partner;
  if (partner) return [`${typeCode}LT`, `${plan.agency.code}-${partner.code}`];
  return [typeCode, plan.unit ? `${plan.agency.code}-${plan.unit}` : plan.agency.code];
}
