// The two size profiles of Decree 30 (Phụ lục I, the footnote to Mục V): every size goes up or down together, in pt.

export type SizeProfile = '13/14' | '12/13';

/** The names a plan's layout.sizes takes, the default first. */
export const sizeProfileNames = ['13/14', '12/13'] as const satisfies readonly SizeProfile[];

export interface DecreeSizes {
  parentAgency: number;
  agency: number;
  number: number;
  nation: number;
  motto: number;
  placeDate: number;
  typeName: number;
  summary: number;
  body: number;
  signer: number;
  recipientsLabel: number;
  recipients: number;
  pageNumber: number;
  /** "Phụ lục I", the appendix's title and its "(Kèm theo …)" line (Decree 30, Phụ lục I, III.1.b–c: 13–14). */
  appendixLabel: number;
  appendixTitle: number;
  appendixReference: number;
}

const sizes13_14: DecreeSizes = {
  parentAgency: 13,
  agency: 13,
  number: 13,
  nation: 13,
  motto: 14,
  placeDate: 14,
  typeName: 14,
  summary: 14,
  body: 14,
  signer: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 14,
  appendixLabel: 14,
  appendixTitle: 14,
  appendixReference: 14,
};

const sizes12_13: DecreeSizes = {
  ...sizes13_14,
  parentAgency: 12,
  agency: 12,
  nation: 12,
  motto: 13,
  placeDate: 13,
  typeName: 13,
  summary: 13,
  body: 13,
  signer: 13,
  pageNumber: 13,
  appendixLabel: 13,
  appendixTitle: 13,
  appendixReference: 13,
};

export const sizeProfiles: Record<SizeProfile, DecreeSizes> = { '13/14': sizes13_14, '12/13': sizes12_13 };
