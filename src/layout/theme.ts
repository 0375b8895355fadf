// The theme: every size, spacing, indent and width of the document, in human units (mm, pt), defaulting to Decree 30.
// The decree's own numbers (page, margins, font sizes) come from src/decree/; the rest is measured against its samples.
import { a4Mm, defaultMargins, type FirstLineIndentCm, type Margins } from '../decree/page';
import type { IssuerKindName } from '../decree/issuer-kinds';
import { sizeProfiles, type DecreeSizes, type SizeProfile } from '../decree/size-profiles';
import { findIssuerTheme, issuerSizes } from './issuer-theme';

export interface Theme {
  pageMm: { width: number; height: number };
  marginsMm: Margins;
  /** Distance of the page-number header from the top edge. */
  headerDistanceMm: number;
  sizesPt: DecreeSizes;
  /** Line spacing of body paragraphs, as a multiple of the font's single line (decree: 1 to 1.5). */
  bodyLineSpacing: number;
  firstLineIndentMm: number;
  /** Space between body paragraphs (decree: at least 6 pt). */
  paragraphSpacingPt: number;
  /** Right column of the header at least this wide; the left column takes the rest of the text width. */
  headerRightColumnMm: number;
  /** Room added to the widest right-column line: office suites round widths to twips and must not wrap it. */
  headerSlackMm: number;
  /** The header's left column (agency, Số) never gets narrower than this. */
  headerLeftColumnMinMm: number;
  /** How far the header table may reach into the left margin when a line would not fit (as the decree's samples do). */
  headerMaxOverhangMm: number;
  /** Left column of the signature table as a share of the text width. */
  signatureLeftShare: number;
  /** Two signers side by side (a joint document): equal columns, as Mẫu 1.9 draws them. */
  twoSignersLeftShare: number;
  /** Space between the left signer's name and "Nơi nhận:" under it (two signers). */
  twoSignersRecipientsGapPt: number;
  cellPaddingMm: number;
  /** Space above the date row of the header. */
  headerRowGapPt: number;
  /** Space above the type name ("one blank line"). */
  titleSpaceBeforePt: number;
  /** Space above the signature table. */
  signatureSpaceBeforePt: number;
  /** Room for the signature and seal, between the signer's title (or note) and the name. */
  signatureGapPt: number;
  /** The signer's own title (the last authority line) in bold: not on Party documents (issuer-theme.ts). */
  signerTitleBold: boolean;
  /** "Nơi nhận:" bold italic, or upright and underlined on Party documents (issuer-theme.ts). */
  recipientsLabelStyle: { bold: boolean; italic: boolean; underline: boolean };
  /** Space between the signer's title and the "(Đã ký)" note. */
  signatureNoteGapPt: number;
  /** Short rules under the agency name and the trích yếu, as a share of the text above (decree: 1/3 to 1/2). */
  shortRuleShare: number;
  ruleThicknessPt: number;
  /** Height of the empty paragraph that carries a rule as its bottom border. */
  ruleParagraphPt: number;
  /** Tables of the content: cell padding left and right, grid lines (Decree 30's own tables: 1.9 mm, 0.5 pt). */
  tableCellPaddingMm: number;
  tableBorderPt: number;
  /** The marks of page 1 (ô 10, 11, the draft mark): bold capitals of this size (decree: 13 to 14), framed. */
  markSizePt: number;
  markFramePt: number;
  /** Room between a mark's words and the sides of its frame, for the frames as wide as their words. */
  markSidePaddingMm: number;
  /** A frame's padding above and below its line (w:space, whole points), single and double, and at its sides. */
  markFramePaddingPt: { single: number; double: number; side: number };
  /** Space between a mark and what is above or below it. */
  markGapPt: number;
  /** The contact block at the foot of page 1 (ô 13; decree: 11 to 12). */
  contactSizePt: number;
  /** The rule under an appendix's head: the share of its title as the trích yếu's, within these lengths (mm). */
  appendixRuleMm: readonly [number, number];
  /** A Công văn's "V/v …" under the number: its size and the space above it. */
  subjectSizePt: number;
  subjectSpaceBeforePt: number;
  /** "Kính gửi:" (ô 9a): the space above it, and where the dashes of several addressees stand from the text's left edge. */
  addresseesSpaceBeforePt: number;
  addresseesDashMm: number;
  /** Space above a decision's authority line ("GIÁM ĐỐC SỞ …"): one empty line under the title's rule. */
  authorityLineSpaceBeforePt: number;
}


export interface ThemeOptions {
  sizes: SizeProfile;
  margins?: Margins;
  firstLineIndentCm: FirstLineIndentCm;
  /** The issuer's kind; a state body when left out. */
  issuerKind?: IssuerKindName;
}

export function makeTheme(options: ThemeOptions): Theme {
  const kind = options.issuerKind ?? 'nha-nuoc';
  const issuer = findIssuerTheme(kind);
  const marginsMm = options.margins ?? defaultMargins;
  return {
    pageMm: { width: a4Mm.width, height: a4Mm.height },
    marginsMm,
    headerDistanceMm: 10,
    sizesPt: issuerSizes(kind, options.sizes, sizeProfiles[options.sizes]),
    bodyLineSpacing: 1.15,
    firstLineIndentMm: options.firstLineIndentCm * 10,
    paragraphSpacingPt: 6,
    headerRightColumnMm: issuer.headerRightShare === null ? 100 : (a4Mm.width - marginsMm.left - marginsMm.right) * issuer.headerRightShare,
    headerSlackMm: 2,
    headerLeftColumnMinMm: 60,
    headerMaxOverhangMm: 6,
    signatureLeftShare: 0.42,
    twoSignersLeftShare: 0.5,
    twoSignersRecipientsGapPt: 12,
    cellPaddingMm: 1,
    headerRowGapPt: 4,
    titleSpaceBeforePt: 18,
    signatureSpaceBeforePt: 12,
    signatureGapPt: 60,
    signatureNoteGapPt: 12,
    signerTitleBold: issuer.signerTitleBold,
    recipientsLabelStyle: issuer.recipientsLabelStyle,
    shortRuleShare: 0.4,
    ruleThicknessPt: 0.5,
    ruleParagraphPt: 4,
    appendixRuleMm: [16, 40],
    // Research §5.2 (Mẫu 1.5): "V/v …" 12–13 regular, the sample 12 in both profiles; 6 pt above as the decree's text says.
    subjectSizePt: 12,
    subjectSpaceBeforePt: 6,
    // Spec §9 [MẪU] (Mẫu 1.5): 12 pt above "Kính gửi:"; the list's items at 45 mm from the text's left edge.
    addresseesSpaceBeforePt: 12,
    addresseesDashMm: 45,
    // Research §5.1 row 6 [MẪU] (Mẫu 1.2/1.3): an empty line between the trích yếu's rule and the authority line.
    authorityLineSpaceBeforePt: 12,
    markSizePt: 13,
    markFramePt: 0.5,
    markSidePaddingMm: 2,
    markFramePaddingPt: { single: 3, double: 2, side: 1 },
    markGapPt: 6,
    contactSizePt: 11,
    tableCellPaddingMm: 1.9,
    tableBorderPt: 0.5,
  };
}
