// The plan's signers with their paths: `signer`, or the two of `signers` (the first on the left, the second on the right).
import type { Plan } from './plan-schema';

export type Signer = NonNullable<Plan['signer']>;

/** Each signer the plan writes, with where it is written (for located messages). */
export function signersOf(plan: Pick<Plan, 'signer' | 'signers'>): Array<{ signer: Signer; path: Array<string | number> }> {
  const listed = (plan.signers ?? []).map((signer, index) => ({ signer, path: ['signers', index] as Array<string | number> }));
  return plan.signer ? [{ signer: plan.signer, path: ['signer'] }, ...listed] : listed;
}

/** The signer in the right column (ô 7): the only one, or the second of two (a joint document's lead agency). */
export function rightSigner(plan: Pick<Plan, 'signer' | 'signers'>): Signer {
  // The schema has made sure of one of the two.
  return plan.signer ?? plan.signers![1]!;
}

/** A path as a plan names it: signers[1].head. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('');
}

/** The kind of the agency a signer signs for: the partner's for the left one of two (a joint document), else the lead's. */
export function signerKindName(plan: Pick<Plan, 'agency'>, path: readonly PropertyKey[]): NonNullable<Plan['agency']['kind']> {
  const partnerSigns = path[0] === 'signers' && path[1] === 0;
  return (partnerSigns ? plan.agency.partner?.kind : undefined) ?? plan.agency.kind ?? 'nha-nuoc';
}
