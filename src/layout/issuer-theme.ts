// The layout settings of each issuer kind (src/decree/issuer-kinds.ts): sizes, the header's split, the signer's weight.
// Values marked uncertain follow Hướng dẫn 36-HD/VPTW as practitioners sum it up ([HD36?] in shared/research §4.2)
// or the Đoàn's slides ([ĐOÀN?] §4.3); change them here.
import type { IssuerKindName } from '../decree/issuer-kinds';
import type { DecreeSizes, SizeProfile } from '../decree/size-profiles';

export interface IssuerTheme {
  /** The header's right column as a share of the text width, or null for the state's (at least 100 mm). */
  headerRightShare: number | null;
  /** Sizes apart from the decree's profile, in pt of the 13/14 profile (the 12/13 profile takes 1 pt less). */
  sizes: Partial<DecreeSizes>;
  /** The signer's own title (the last line of the authority) in bold, as Decree 30 has it. */
  signerTitleBold: boolean;
  /** "Nơi nhận:": bold italic (Decree 30), or upright and underlined (the Party). */
  recipientsLabelStyle: { bold: boolean; italic: boolean; underline: boolean };
}

const decreeLabel = { bold: true, italic: true, underline: false };

const issuerThemes: Record<IssuerKindName, IssuerTheme> = {
  'nha-nuoc': { headerRightShare: null, sizes: {}, signerTitleBold: true, recipientsLabelStyle: decreeLabel },
  // HD 36 (Phụ lục 3, rows 1–6): title 15 bold, parent and committee 14, Số 14, type name 15–16. Half and half: the
  // right column holds "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 bold (72.9 mm) and the date, the left one long names such as
  // "BAN CHẤP HÀNH TRUNG ƯƠNG" (74.4 mm); no source gives the widths. Uncertain: recipients 12, the title upright not
  // bold, "Nơi nhận:" 14 upright underlined ([HD36?]; real Party documents show it so).
  dang: {
    headerRightShare: 0.5,
    sizes: { nation: 15, parentAgency: 14, agency: 14, number: 14, typeName: 15, recipientsLabel: 14, recipients: 12 },
    signerTitleBold: false,
    recipientsLabelStyle: { bold: false, italic: false, underline: true },
  },
  // Uncertain ([ĐOÀN?], the slides): title 15 bold, names 14; the split as the Party's, for the same widths.
  doan: { headerRightShare: 0.5, sizes: { nation: 15, parentAgency: 14, agency: 14 }, signerTitleBold: true, recipientsLabelStyle: decreeLabel },
};

/** The profile's sizes with the kind's own, moved by the profile's step. */
export function issuerSizes(kind: IssuerKindName, profile: SizeProfile, base: DecreeSizes): DecreeSizes {
  const own = Object.entries(issuerThemes[kind].sizes);
  if (own.length === 0) return base;
  const step = profile === '12/13' ? 1 : 0;
  const sizes = { ...base };
  for (const [key, value] of own) sizes[key as keyof DecreeSizes] = value - step;
  return sizes;
}

export function findIssuerTheme(kind: IssuerKindName): IssuerTheme {
  return issuerThemes[kind];
}
