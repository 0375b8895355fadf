// The page of Decree 30 (Phụ lục I): A4, the margins it allows and the ones used when a plan gives none, in mm.

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A4 upright; a landscape page turns it (297 × 210 mm). */
export const a4Mm = { width: 210, height: 297 } as const;

export const defaultMargins: Margins = { top: 20, bottom: 20, left: 30, right: 15 };

/** The margins Decree 30 allows, in mm: [least, most]. */
export const marginRangesMm: Record<keyof Margins, readonly [number, number]> = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] };

/** The first-line indents of paragraphs a plan may choose, in cm (1 cm or 1.27 cm). */
export type FirstLineIndentCm = 1 | 1.27;
