// The resolved document: the model with every layout decision made, in points; both renderers only translate it.

export interface ResolvedRun {
  text: string;
  bold: boolean;
  italic: boolean;
  sizePt: number;
  /** Underlined (the Party's "Nơi nhận:"); left out otherwise. */
  underline?: true;
}

export type LineSpacing =
  /** A multiple of the font's single line height (Word's "multiple", LibreOffice's "proportional"). */
  | { rule: 'multiple'; value: number }
  /** An exact line height in points. */
  | { rule: 'exact'; pt: number };

export interface ResolvedParagraph {
  kind: 'paragraph';
  runs: ResolvedRun[];
  align: 'left' | 'center' | 'right' | 'justify';
  indentLeftPt: number;
  indentRightPt: number;
  firstLinePt: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  lineSpacing: LineSpacing;
  keepNext: boolean;
  keepLines: boolean;
  /** A rule drawn under the paragraph, between its indents (the short rules of the header and title). */
  bottomRule: { thicknessPt: number } | null;
  /**
   * A frame drawn around the paragraph (the stamps of Decree 30, ô 10a, 10b, 11): a border on four sides, `paddingPt`
   * from the text above, below and beside it (w:space), outside the indents as Word draws it. `double`: two lines
   * (the secrecy stamp's), each `thicknessPt` wide with as much between them.
   */
  frame?: ParagraphFrame;
  /** Font size an empty paragraph (a rule carrier) takes its height from. */
  emptySizePt: number;
  /**
   * Where the paragraph stands in the document's outline: a section heading's level (1 to 3: a heading style in the
   * DOCX, a bookmark in the PDF), or an appendix's label (a top-level bookmark in the PDF, titled `appendix`: the label and the title).
   */
  outline?: { level: 1 | 2 | 3 } | { appendix: string };
  /** The second part of the heading before it (a chapter's title): tagged as that heading is, with no bookmark. */
  headingPart?: true;
  /**
   * A list item: its depth (1 an item, 2 a sub-item) and how many characters of its text are the label ("-", "+"),
   * for the PDF's structure tree (L, LI, Lbl, LBody).
   */
  list?: { depth: 1 | 2; labelLength: number };
}

export interface ParagraphFrame {
  thicknessPt: number;
  double: boolean;
  /** Between the text and the frame, above and below (whole points: w:space). */
  paddingPt: number;
  /** Between the text area (the indents) and the frame at the sides (whole points: w:space). */
  sidePaddingPt: number;
}

/** How wide a frame's line is, both lines and the gap between them for a double one. */
export const frameWidth = (frame: ParagraphFrame): number => (frame.double ? 3 : 1) * frame.thicknessPt;

export interface ResolvedCell {
  widthPt: number;
  paragraphs: ResolvedParagraph[];
  /** Grid columns the cell spans, when more than one (a cell merged across). */
  gridSpan?: number;
  /** Rows a cell merged down spans, on the cell that starts it (more than one). */
  rowSpan?: number;
  /** A place a cell merged down from a row above covers: drawn as part of that cell, with an empty paragraph. */
  merged?: true;
  /** Text centred between the cell's top and bottom (header cells); at the top otherwise. */
  vAlignCenter?: true;
}

export interface ResolvedRow {
  cells: ResolvedCell[];
  cantSplit: boolean;
  /** A header row: repeated at the top of every page the table runs onto. */
  header?: true;
  /** The row stays on the page of the row after it (a group row). */
  keepNext?: true;
  /**
   * The rows a cell merged down spans, taller than a page together: not held together, they part at a page break as
   * LibreOffice parts them (flow-table.ts).
   */
  spanBreaks?: true;
}

export interface ResolvedTable {
  kind: 'table';
  /** Offset from the left margin (negative reaches into the margin). */
  indentPt: number;
  cellPaddingPt: number;
  rows: ResolvedRow[];
  /**
   * A table with its grid drawn (a table of the content): its columns, whose widths the cells add up, and the lines'
   * thickness. Without it, a borderless layout table (the header, the signature), its columns from its first row.
   */
  grid?: { columnsPt: number[]; borderPt: number };
}

export type ResolvedBlock = ResolvedParagraph | ResolvedTable;

export interface ResolvedPage {
  widthPt: number;
  heightPt: number;
  margins: { top: number; bottom: number; left: number; right: number };
  headerDistancePt: number;
}

/**
 * A run of pages with one page set-up: the main text, then one per appendix. Each starts on a new page; in the DOCX
 * each is a section (w:sectPr) of its own.
 */
export interface ResolvedSection {
  page: ResolvedPage;
  /** Page numbers start again at 1 on the section's first page (otherwise they go on from the section before). */
  restartPageNumbers: boolean;
  /** The section's first page shows no number (the decree's page 1, and each appendix's first page). */
  hideFirstPageNumber: boolean;
  /** The first page's footer, when it has one: the contact block (ô 13), on the main text's first page only. */
  firstPageFooter?: ResolvedParagraph[];
  /** Every page's footer is empty: a section after one with a first-page footer says so, or Word would repeat it. */
  emptyFooters?: true;
  blocks: ResolvedBlock[];
}

export interface ResolvedDocument {
  sections: ResolvedSection[];
  /** The page number's paragraph, centred in the top margin (its run's text is the number). */
  pageNumber: ResolvedParagraph;
  meta: { title: string; author: string; subject: string; language: string };
}

export const mm = (value: number): number => (value * 72) / 25.4;
