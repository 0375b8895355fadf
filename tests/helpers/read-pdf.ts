// Reads a PDF with a real parser (pdf.js): pages, text lines with position, font and size, and the metadata.
import fs from 'node:fs';

// pdf.js's legacy build runs in Node without a DOM; it logs once about canvas, which text extraction does not need.
const originalLog = console.log;
console.log = () => undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as typeof import('pdfjs-dist');
console.log = originalLog;

export interface PdfItem {
  text: string;
  /** Left edge, from the left of the page. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  size: number;
  font: string;
}

export interface PdfLine {
  y: number;
  x: number;
  right: number;
  text: string;
  items: PdfItem[];
}

/** A horizontal stroked line (the short rules under the motto, the agency name and the trích yếu). */
export interface PdfRule {
  x1: number;
  x2: number;
  /** From the top of the page. */
  y: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  lines: PdfLine[];
  rules: PdfRule[];
}

export interface PdfFile {
  pages: PdfPage[];
  info: Record<string, unknown>;
  version: string;
}

export async function readPdf(file: string): Promise<PdfFile> {
  return readPdfBytes(fs.readFileSync(file));
}

export async function readPdfBytes(bytes: Buffer): Promise<PdfFile> {
  const data = new Uint8Array(bytes);
  const document = await pdfjs.getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const operators = await page.getOperatorList();
    const rules = horizontalRules(operators, height);
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str.trim() === '') continue;
      const [a, , , , e, f] = raw.transform as number[];
      const font = fontName(page, raw.fontName);
      items.push({ text: raw.str, x: e!, y: height - f!, width: raw.width, size: Math.round(Math.abs(a!) * 100) / 100, font });
    }
    pages.push({ width, height, items, lines: groupLines(items), rules });
  }
  const metadata = await document.getMetadata();
  const info = metadata.info as Record<string, unknown>;
  await document.destroy();
  return { pages, info, version: String(info.PDFFormatVersion) };
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** Straight horizontal segments drawn with moveTo/lineTo, in page coordinates from the top. */
function horizontalRules(operators: { fnArray: number[]; argsArray: unknown[] }, height: number): PdfRule[] {
  const { OPS } = pdfjs;
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.constructPath) {
      const [ops, coords] = args as [number[], number[]];
      if (ops.length !== 2 || ops[0] !== OPS.moveTo || ops[1] !== OPS.lineTo) return;
      const [x1, y1, x2, y2] = coords as [number, number, number, number];
      const p = (x: number, y: number) => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]] as const;
      const [ax, ay] = p(x1, y1);
      const [bx, by] = p(x2, y2);
      if (Math.abs(ay - by) < 0.01 && Math.abs(ax - bx) > 1) rules.push({ x1: Math.min(ax, bx), x2: Math.max(ax, bx), y: height - ay });
    }
  });
  return rules.sort((a, b) => a.y - b.y);
}

function fontName(page: { commonObjs: { get(name: string): unknown } }, id: string): string {
  try {
    const font = page.commonObjs.get(id) as { name?: string } | undefined;
    return font?.name ?? id;
  } catch {
    return id;
  }
}

/** Items on one baseline (within 1 pt) form a line, read left to right; a gap wider than 1 pt is a space. */
function groupLines(items: PdfItem[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const item of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) < 1);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, x: 0, right: 0, text: '', items: [item] });
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    line.x = line.items[0]!.x;
    line.right = Math.max(...line.items.map((item) => item.x + item.width));
    line.text = line.items.reduce((text, item, index) => {
      if (index === 0) return item.text;
      const previous = line.items[index - 1]!;
      const gap = item.x - (previous.x + previous.width);
      return text + (gap > 1 ? ' ' : '') + item.text;
    }, '');
  }
  return lines.sort((a, b) => a.y - b.y);
}

/** The whole text of a PDF, lines joined by spaces, for searching sentences that wrap. */
export function pdfText(pdf: PdfFile): string {
  return pdf.pages.map((page) => page.lines.map((line) => line.text).join(' ')).join(' ');
}

/**
 * Reads the lines of a borderless two-column table (baselines in (y0, y1)) column by column: a line splits at
 * its widest gap when that gap is wider than 30 pt; a line with no such gap belongs to the column it starts in.
 */
export function twoColumns(page: PdfPage, y0: number, y1: number): string {
  const left: PdfItem[] = [];
  const right: PdfItem[] = [];
  for (const line of groupLines(page.items.filter((item) => item.y > y0 && item.y < y1))) {
    let split = -1;
    let widest = 30;
    line.items.forEach((item, index) => {
      const previous = line.items[index - 1];
      const gap = previous ? item.x - (previous.x + previous.width) : 0;
      if (gap > widest) [split, widest] = [index, gap];
    });
    if (split < 0) (line.x < page.width / 2 - 40 ? left : right).push(...line.items);
    else {
      left.push(...line.items.slice(0, split));
      right.push(...line.items.slice(split));
    }
  }
  return [...groupLines(left), ...groupLines(right)].map((line) => line.text).join('\n');
}

/**
 * Text drawn outside a page's body (top and bottom margins of `marginPt`): above the top margin (other than the
 * page number of page 2 on) or below the bottom margin. Empty when everything is inside.
 */
export function outsideTheBody(pdf: PdfFile, marginPt = (20 * 72) / 25.4): string[] {
  const problems: string[] = [];
  pdf.pages.forEach((page, index) => {
    for (const item of page.items) {
      const pageNumber = index > 0 && item.text.trim() === String(index + 1) && item.y < marginPt;
      if (item.y > page.height - marginPt) problems.push(`page ${index + 1}: "${item.text}" below the bottom margin (${item.y.toFixed(1)})`);
      else if (!pageNumber && item.y - item.size * 0.9 < marginPt) problems.push(`page ${index + 1}: "${item.text}" above the top margin (${item.y.toFixed(1)})`);
    }
  });
  return problems;
}
