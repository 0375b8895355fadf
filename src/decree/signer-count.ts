// How many people sign a document: the one place that says which forms take two signers side by side.
// Decree 30 shows two signatures only in Mẫu 1.9 (Biên bản); joint documents (liên tịch) follow practice: one signer
// per issuing body. A Biên bản with two signers and no partner agency can be added here (issue 17).

/** What decides the count: the document's issuers (a partner agency makes a joint document). */
export interface SignerCountInput {
  agency: { partner?: unknown };
}

/** 2 for a joint document of two issuers, 1 otherwise. */
export function signerCount(document: SignerCountInput): 1 | 2 {
  return document.agency.partner !== undefined ? 2 : 1;
}
