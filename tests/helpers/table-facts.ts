// Checks a plan's tables on any PDF rendering of it (ours or LibreOffice's): every word of every cell is printed, and
// the header rows are printed on every page the table runs onto. Returns what fails.
import { parseInline, plainText } from '../../src/model/parse-inline';
import type { ContentInput, Plan } from '../../src/plan/plan-schema';
import type { CellInput, RowInput, TableInput } from '../../src/plan/table-schema';
import { expandTable } from '../../src/view/expand-table';
import type { PdfFile, PdfPage } from './read-pdf';
import { contentParts } from '../../src/plan/plan-forms';

/** A table as printed: its header and rows with the numbering, group, column-number and total rows written out. */
export interface PrintedTable {
  header: RowInput[];
  rows: RowInput[];
}

/** Every table of the plan, in the order of the document, as printed. */
export function planTables(plan: Plan): PrintedTable[] {
  const walk = (content: readonly ContentInput[]): TableInput[] =>
    content.flatMap((item) => (typeof item === 'string' || 'list' in item ? [] : 'table' in item ? [item.table] : walk(item.content ?? [])));
  return contentParts(plan).flatMap((part) => walk(part.content)).map(expandTable);
}

/** A cell's text as printed: its marks read, its line breaks joined. */
export function cellText(cell: CellInput): string {
  const value = cell !== null && typeof cell === 'object' ? cell.text : cell;
  if (value === null || value === undefined) return '';
  return plainText(parseInline(typeof value === 'number' ? String(value) : value.replace(/\s+/g, ' ').trim()));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Whether the page has `text` starting an item, or spread over items on one baseline from one that starts it. */
function pageHas(page: PdfPage, text: string): boolean {
  const wanted = text.replace(/\s+/g, '');
  const sorted = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
  return sorted.some((item, i) => {
    let joined = '';
    for (let k = i; k < sorted.length && Math.abs(sorted[k]!.y - item.y) < 0.5; k++) {
      joined += sorted[k]!.text.replace(/\s+/g, '');
      if (joined.startsWith(wanted)) return true;
      if (!wanted.startsWith(joined)) return false;
    }
    return false;
  });
}

export function tableProblems(pdf: PdfFile, plan: Plan): string[] {
  const problems: string[] = [];
  const printed = new Set(pdf.pages.flatMap((page) => page.items.flatMap((item) => words(item.text))));
  let from = 0;
  planTables(plan).forEach((table, t) => {
    const all = [...(table.header ?? []), ...table.rows].flat().map(cellText);
    const missing = [...new Set(all.flatMap(words))].filter((word) => !printed.has(word));
    if (missing.length) problems.push(`table ${t + 1}: words not printed: ${missing.slice(0, 5).join(' ')}`);
    const headerStarts = (table.header ?? []).flat().map(cellText).filter(Boolean).map((text) => words(text)[0]!);
    // The table starts where its header is first printed whole (rows may repeat text of tables before it).
    const headed = pdf.pages.findIndex((page, index) => index >= from && headerStarts.every((start) => pageHas(page, start)));
    if (headerStarts.length && headed < 0) return void problems.push(`table ${t + 1}: its header is not printed`);
    if (headerStarts.length) from = headed;
    // The page each body row starts on: where the start of its longest cell is, from the previous row's page on.
    const pages = table.rows.map((row) => {
      const longest = row.map(cellText).sort((a, b) => b.length - a.length)[0] ?? '';
      const start = words(longest)[0] ?? '';
      const at = pdf.pages.findIndex((page, index) => index >= from && pageHas(page, start));
      if (at >= 0) from = at;
      return at;
    });
    if (pages.includes(-1)) return void problems.push(`table ${t + 1}: row ${pages.indexOf(-1) + 1} not found`);
    for (let page = pages[0]!; page <= pages[pages.length - 1]!; page++) {
      const absent = headerStarts.filter((start) => !pageHas(pdf.pages[page]!, start));
      if (absent.length) problems.push(`table ${t + 1}: the header is not on page ${page + 1} (${absent.join(', ')})`);
    }
  });
  return problems;
}
