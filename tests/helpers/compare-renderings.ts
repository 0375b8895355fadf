// Compares two renderings of one document line by line: page count, identical lines on the same page, vertical drift.
import type { PdfFile, PdfItem } from './read-pdf';

/** A run of text on one baseline within one column (table columns split at gaps wider than 30 pt). */
export interface TextLine {
  page: number;
  y: number;
  x: number;
  text: string;
}

export interface Comparison {
  pages: [number, number];
  lines: [number, number];
  /** Lines with the same text on the same page in both renderings. */
  identical: number;
  /** identical / the larger line count. */
  identicalShare: number;
  /** Largest vertical distance between matching lines. */
  worstDriftPt: number;
  /** Matching lines more than 2 pt apart vertically. */
  drifted: Array<{ text: string; page: number; ours: number; theirs: number }>;
  onlyOurs: TextLine[];
  onlyTheirs: TextLine[];
}

export function textLines(pdf: PdfFile): TextLine[] {
  const out: TextLine[] = [];
  pdf.pages.forEach((page, index) => {
    const sorted = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
    const rows: PdfItem[][] = [];
    for (const item of sorted) {
      const row = rows.find((candidate) => Math.abs(candidate[0]!.y - item.y) < 0.5);
      if (row) row.push(item);
      else rows.push([item]);
    }
    for (const row of rows) {
      row.sort((a, b) => a.x - b.x);
      let segment: PdfItem[] = [];
      const flush = () => {
        if (segment.length) out.push({ page: index + 1, y: segment[0]!.y, x: segment[0]!.x, text: segment.map((item) => item.text).join('').replace(/\s+/g, '') });
        segment = [];
      };
      row.forEach((item, i) => {
        const previous = row[i - 1];
        if (previous && item.x - (previous.x + previous.width) > 30) flush();
        segment.push(item);
      });
      flush();
    }
  });
  return out;
}

export function compareRenderings(ours: PdfFile, theirs: PdfFile): Comparison {
  const a = textLines(ours);
  const b = textLines(theirs);
  const unmatched = new Set(b.map((_, i) => i));
  const onlyOurs: TextLine[] = [];
  const drifted: Comparison['drifted'] = [];
  let identical = 0;
  let worstDriftPt = 0;
  for (const line of a) {
    let best = -1;
    for (const i of unmatched) {
      const candidate = b[i]!;
      if (candidate.page !== line.page || candidate.text !== line.text) continue;
      if (best < 0 || Math.abs(candidate.y - line.y) < Math.abs(b[best]!.y - line.y)) best = i;
    }
    if (best < 0) {
      onlyOurs.push(line);
      continue;
    }
    unmatched.delete(best);
    identical++;
    const drift = Math.abs(b[best]!.y - line.y);
    worstDriftPt = Math.max(worstDriftPt, drift);
    if (drift > 2) drifted.push({ text: line.text, page: line.page, ours: line.y, theirs: b[best]!.y });
  }
  return {
    pages: [ours.pages.length, theirs.pages.length],
    lines: [a.length, b.length],
    identical,
    identicalShare: identical / Math.max(a.length, b.length, 1),
    worstDriftPt,
    drifted,
    onlyOurs,
    onlyTheirs: [...unmatched].map((i) => b[i]!),
  };
}
