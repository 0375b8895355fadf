// Unit conversion at the DOCX edge: points to twips and half-points (the layout speaks points only).

/** Points to twentieths of a point, rounded (docx's own mm helper floors, which loses a twip). */
export const twips = (pt: number): number => Math.round(pt * 20);

/** Points to half-points, the unit of w:sz. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** Points to eighths of a point, the unit of border widths. */
export const eighths = (pt: number): number => Math.max(2, Math.round(pt * 8));

/** Line spacing in 240ths of a line (w:line with lineRule="auto"). */
export const lineMultiple = (value: number): number => Math.round(value * 240);
