// The document model: the plain data tree a template produces and the layout stage consumes (see README.md here).

/** A piece of text in one style. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** How a paragraph of the content is to be set; the layout decides what each role looks like. */
export type ParagraphRole =
  | 'basis'
  | 'body'
  | 'heading-1'
  | 'heading-2'
  | 'heading-3'
  | 'item'
  | 'subitem'
  // The forms of issue 17: a decision's authority line and enacting word, a regulation's chapters and articles.
  | 'authority-line'
  | 'enacting'
  | 'chapter'
  | 'chapter-title'
  | 'article';

export const paragraphRoles: readonly ParagraphRole[] = ['basis', 'body', 'heading-1', 'heading-2', 'heading-3', 'item', 'subitem', 'authority-line', 'enacting', 'chapter', 'chapter-title', 'article'];

/** The two-column header: ô 2 and 3 on the left, ô 1 and 4 on the right. */
export interface HeaderBlock {
  type: 'header';
  parentAgency: string[];
  agency: string[];
  /** The mark under the agency's name on Party ("*") and Đoàn ("***") documents; none for the state's short rule. */
  agencyMark?: string;
  /** Ô 3; empty when the document has none (an attached document's header): with no place-date either, no number row. */
  number: string;
  /** A Công văn's trích yếu ("V/v …", ô 5b), one entry per line, under the number; only when the template writes one. */
  subject?: string[];
  nation: string;
  /** Empty only under an agency mark: Party and Đoàn documents have no motto. */
  motto: string;
  /** Ô 4; empty when the document has none (Biên bản; an attached document). */
  placeDate: string;
  /** The marks of page 1 (Decree 30, ô 10–13), only when the plan has any: their printed words. */
  marks?: HeaderMarks;
  /** A joint document's second issuer (liên tịch), printed under the first: its parent lines and its name. */
  partner?: { parentAgency: string[]; agency: string[] };
}

/** Ô 10a, 10b under the number; ô 11 and the draft mark above the national title; ô 13 at the foot of page 1. */
export interface HeaderMarks {
  draft?: string;
  circulation?: string;
  secrecy?: string;
  urgency?: string;
  /** The contact block's lines (address, phone, email, website). */
  contact?: string[];
}

/** Ô 5a: the type name and the trích yếu under it. */
export interface TitleBlock {
  type: 'title';
  name: string;
  /** May be empty (Giấy giới thiệu): the rule then goes under the name. */
  summary: string[];
  /** "(Kèm theo Quyết định số … của …)" under the summary of an attached document, in its parts (joined when they fit). */
  reference?: string[];
  /** Hyphens under the trích yếu of a Party ("-----") or Đoàn document, in place of the short rule; none for the state. */
  mark?: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  role: ParagraphRole;
  runs: Run[];
}

/** Ô 9a: "Kính gửi:" and the addressees, each name as the view wrote it ("- …;" when there are several). */
export interface AddresseesBlock {
  type: 'addressees';
  label: string;
  names: string[];
}

/** The closing two-column table: Nơi nhận on the left (ô 9b), the signature on the right (ô 7); or two signers. */
export interface SignatureBlock {
  type: 'signature';
  /** Empty, with no recipients, when the document has no Nơi nhận (an agreement): the left cell holds the left signer or nothing. */
  recipientsLabel: string;
  recipients: string[];
  authority: string[];
  note: string | null;
  /** The signer's other post (ô 7b), above the name. */
  otherPost?: string;
  name: string | null;
  /** A second signer beside this one, on the left, Nơi nhận under it (a joint document; Mẫu 1.9). */
  left?: SignerPart;
  /** Ô 12, "PL.(300)": under the Lưu line, only when the plan gives it. */
  drafter?: string;
}

/** One signer's part of the closing table. */
export interface SignerPart {
  authority: string[];
  note: string | null;
  otherPost?: string;
  name: string | null;
}

/** The head of an appendix (Phụ lục): its label, its title and the line naming the document it goes with. */
export interface AppendixHeadBlock {
  type: 'appendix-head';
  /** "Phụ lục I", or "Phụ lục" when there is only one. */
  label: string;
  /** The title's lines (bold capitals); may be empty. */
  title: string[];
  /** "(Kèm theo … số … ngày … của …)" in its parts: the layout joins them when they fit on one line. */
  reference: string[];
}

export type TextAlign = 'left' | 'center' | 'right' | 'justify';

export interface TableColumn {
  /** Width in mm, or null for "*" (an equal share of what the fixed columns leave). */
  widthMm: number | null;
  align: TextAlign;
}

export interface TableCell {
  colspan: number;
  rowspan: number;
  /** The cell's own alignment, or null for its column's. */
  align: TextAlign | null;
  runs: Run[];
}

/**
 * A table of the content, drawn with its grid. Rows list their cells as HTML does: a cell merged down from a row above
 * is left out of the rows it covers. The first `headerRows` rows are the header, repeated on every page.
 */
export interface TableBlock {
  type: 'table';
  columns: TableColumn[];
  headerRows: number;
  /** The last header row is the column-number row (1), (2)…: in regular weight (Decree 30's forms, Phụ lục IV–V). */
  columnNumbers?: true;
  /** Text size in pt, or null for the theme's (one less than the body). */
  sizePt: number | null;
  /** `keepNext`: the row stays on the page of the row after it (a group row, as a heading keeps with its text). */
  rows: Array<{ cells: TableCell[]; keepNext?: true }>;
}

export type Block = HeaderBlock | TitleBlock | AddresseesBlock | ParagraphBlock | SignatureBlock | AppendixHeadBlock | TableBlock;

/**
 * A part of the document with its own pages: the main text, then each appendix or attachment (new page, numbers from
 * 1). An attachment is a document issued with the main one (a decision's plan): its own header, title and content.
 */
export interface Section {
  kind: 'main' | 'appendix' | 'attachment';
  landscape: boolean;
  blocks: Block[];
}

export interface DocumentModel {
  meta: { title: string; author: string; subject: string; language: string };
  sections: Section[];
}
