// How many people sign a document: the one place that says which documents take two signers side by side.
// Decree 30 shows two signatures in Mẫu 1.9 (Biên bản: the secretary and the chair); agreements (hợp đồng, bản ghi
// nhớ, bản thỏa thuận) are signed by both parties and joint documents (liên tịch) by each issuer, as practice does.
import { findDocumentType } from './document-types';

/** What decides the count: the document's type and its issuers (a partner agency makes a joint document). */
export interface SignerCountInput {
  type: string;
  agency: { partner?: unknown };
}

/** Why two sign: a joint document, the minutes of a meeting, an agreement of two parties; `single` for one signer. */
export type SignerReason = 'joint' | 'minutes' | 'agreement' | 'single';

export function signerReason(document: SignerCountInput): SignerReason {
  const form = findDocumentType(document.type).form;
  if (form === 'minutes' || form === 'agreement') return form;
  return document.agency.partner !== undefined ? 'joint' : 'single';
}

/** 2 for a joint document, minutes or an agreement; 1 otherwise. */
export function signerCount(document: SignerCountInput): 1 | 2 {
  return signerReason(document) === 'single' ? 1 : 2;
}

/**
 * A Giấy ủy quyền is signed by the one authorizing, and may be signed by the one authorized too, side by side
 * (practice; the decree has no mẫu for it): one signer or two.
 */
export function twoMaySign(document: SignerCountInput): boolean {
  return document.type === 'giay-uy-quyen' || signerCount(document) === 2;
}
