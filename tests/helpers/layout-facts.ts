// Checks the Decree 30 layout facts on any PDF rendering of a plan (ours or LibreOffice's), returning what fails.
import { findIssuerKind } from '../../src/decree/issuer-kinds';
import { toRoman } from '../../src/decree/roman-numerals';
import type { Plan } from '../../src/plan/plan-schema';
import { rightSigner } from '../../src/plan/signers';
import { issuerHeaderProblems } from './issuer-facts';
import type { PdfFile, PdfItem, PdfRule } from './read-pdf';
import { tableProblems } from './table-facts';
import { appendicesOf, formOf } from '../../src/plan/plan-forms';
import { attachmentProblems, formProblems, typeNameOf } from './form-facts';

const mm = (value: number) => (value * 72) / 25.4;

export interface FactsOptions {
  plan: Plan;
  signerName: string;
  /** The layout let the signature row split (it is taller than a page): Nơi nhận goes on over the next pages. */
  signatureSplits?: boolean;
}

export function styleOf(items: PdfItem[]): string {
  const sizes = [...new Set(items.map((item) => item.size))];
  const fonts = [...new Set(items.map((item) => (/Bold/.test(item.font) ? 'B' : '') + (/Italic/.test(item.font) ? 'I' : '')))];
  return `${sizes.join('/')}${fonts.join('/')}`;
}

/** The items on one baseline whose joined text (spaces ignored) is `text`, or whose first item starts with it. */
export function find(pdf: PdfFile, text: string): { page: number; items: PdfItem[] } | undefined {
  const wanted = text.replace(/\s+/g, '');
  for (const [index, page] of pdf.pages.entries()) {
    const sorted = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
    for (let i = 0; i < sorted.length; i++) {
      let joined = '';
      const items: PdfItem[] = [];
      for (let k = i; k < sorted.length && Math.abs(sorted[k]!.y - sorted[i]!.y) < 0.5; k++) {
        joined += sorted[k]!.text.replace(/\s+/g, '');
        items.push(sorted[k]!);
        if (joined === wanted || (k === i && joined.startsWith(wanted))) return { page: index, items };
        if (!wanted.startsWith(joined)) break;
      }
    }
  }
  return undefined;
}

export function layoutProblems(pdf: PdfFile, { plan, signerName, signatureSplits = false }: FactsOptions): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const small = plan.layout.sizes === '12/13';
  const margins = plan.layout.margins ?? { top: 20, bottom: 20, left: 30, right: 15 };
  const m = { top: mm(margins.top), bottom: mm(margins.bottom), left: mm(margins.left), right: mm(margins.right) };
  const body = small ? 13 : 14;

  const checkStyle = (text: string, wanted: string) => {
    const found = find(pdf, text);
    if (!found) problems.push(`"${text}" is not on one line`);
    else expect(styleOf(found.items) === wanted, `"${text}" is ${styleOf(found.items)}, not ${wanted}`);
    return found;
  };
  // Each appendix starts a page with its label ("Phụ lục I", or "Phụ lục" alone), in order; pages are numbered per section.
  const appendices = appendicesOf(plan);
  const starts = [0];
  const landscapes = [false];
  const area = { body, left: m.left, right: pdf.pages[0]!.width - m.right };
  // A document issued with a decision (its plan) is a section of its own, after the decision's signature page.
  const signaturePage = find(pdf, 'Nơi nhận:')?.page ?? 0;
  const attachment = attachmentProblems(pdf, plan, area, signaturePage);
  problems.push(...attachment.problems);
  if (attachment.start > 0) {
    starts.push(attachment.start);
    landscapes.push(false);
  }
  appendices.forEach((appendix, index) => {
    const label = appendices.length === 1 ? 'Phụ lục' : `Phụ lục ${toRoman(index + 1)}`;
    const at = pdf.pages.findIndex((page, i) => i > starts[starts.length - 1]! && firstLine(page, m.top) === label);
    if (at < 0) return void problems.push(`"${label}" does not start a page after the previous section`);
    starts.push(at);
    landscapes.push(appendix.landscape ?? false);
    const head = checkStyle(label, `${body}B`);
    if (head) expect(Math.abs(centreOf(head.items) - (m.left + pdf.pages[at]!.width - m.right) / 2) < 1.5, `"${label}" is not centred`);
    for (const line of toLines(appendix.title)) checkStyle(line, `${body}B`);
    // LibreOffice draws a paragraph's border twice, on the same spot: count each spot once. The rule is the one
    // under the "(Kèm theo …" line, above the content (whose tables have rules of their own).
    const referenceY = pdf.pages[at]!.items.find((item) => item.text.startsWith('(Kèm theo'))?.y ?? 0;
    const firstBelow = Math.min(...pdf.pages[at]!.rules.filter((r) => r.y > referenceY).map((r) => r.y));
    const spots = pdf.pages[at]!.rules.filter((r) => r.y < pdf.pages[at]!.height / 2 && Math.abs(r.y - firstBelow) < 0.5).map((r) => `${r.x1.toFixed(0)} ${r.x2.toFixed(0)} ${r.y.toFixed(0)}`);
    const rules = [...new Set(spots)].map((spot) => pdf.pages[at]!.rules.find((r) => `${r.x1.toFixed(0)} ${r.x2.toFixed(0)} ${r.y.toFixed(0)}` === spot)!);
    expect(rules.length === 1 && rules[0]!.x2 - rules[0]!.x1 >= mm(16) - 0.5 && rules[0]!.x2 - rules[0]!.x1 <= mm(40) + 0.5, `the rule under "${label}" is missing or not 16 to 40 mm long`);
    const reference = pdf.pages[at]!.items.filter((item) => item.text.startsWith('(Kèm theo'));
    expect(reference.length === 1 && styleOf(reference) === `${body}I`, `"${label}" has no "(Kèm theo …" line in ${body} pt italic`);
  });
  const sectionOf = (index: number) => starts.filter((start) => start <= index).length - 1;

  pdf.pages.forEach((page, index) => {
    const section = sectionOf(index);
    const start = starts[section]!;
    const landscape = landscapes[section]!;
    const [width, height] = landscape ? [841.89, 595.28] : [595.28, 841.89];
    expect(Math.abs(page.width - width) < 0.5 && Math.abs(page.height - height) < 0.5, `page ${index + 1} is not A4 ${landscape ? 'landscape' : 'portrait'}`);
    expect(page.items.some((item) => item.y > m.top && item.text.trim() !== ''), `page ${index + 1} is blank`);
    for (const item of page.items.filter((i) => i.y > m.top)) {
      if (item.x < m.left - mm(6) - 0.5 || item.x + item.width > page.width - m.right + 1 || item.y > page.height - m.bottom)
        problems.push(`page ${index + 1}: "${item.text}" outside the margins`);
    }
    const numbers = page.items.filter((item) => item.y <= m.top);
    if (index === start) expect(numbers.length === 0, `page ${index + 1}, the first of its section, shows a page number`);
    else {
      expect(numbers.map((n) => n.text.trim()).join('') === String(index - start + 1), `page ${index + 1} does not show its number (${index - start + 1}) in the top margin`);
      const centre = numbers[0] ? numbers[0].x + numbers[0].width / 2 : 0;
      expect(Math.abs(centre - (m.left + page.width - m.right) / 2) < 1.5, `page ${index + 1}: the number is not centred`);
    }
  });

  // A Party or Đoàn document has its own title, mark and number line (issuer-facts.ts), its archive line without a colon.
  const kind = findIssuerKind(plan.agency.kind);
  const state = (plan.agency.kind ?? 'nha-nuoc') === 'nha-nuoc';
  const party = plan.agency.kind === 'dang';
  if (state) {
    checkStyle('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${small ? 12 : 13}B`);
    checkStyle('Độc lập - Tự do - Hạnh phúc', `${body}B`);
  } else problems.push(...issuerHeaderProblems(pdf, plan, small));
  // The Party's "Nơi nhận:" is upright, its size (its underline: tests/output/issuer-kinds.test.ts).
  checkStyle('Nơi nhận:', party ? String(small ? 13 : 14) : '12BI');
  const archiveLine = `- ${kind.archiveLabel}${(plan.archive ?? []).join(', ')}.`;
  checkStyle(archiveLine, party ? String(small ? 11 : 12) : '11');
  checkStyle((rightSigner(plan).lines?.at(-1) ?? rightSigner(plan).title!).toLocaleUpperCase('vi'), party ? `${body}` : `${body}B`);
  // A Biên bản has no place-date (form-facts.ts checks that nothing stands beside its number).
  if (formOf(plan) !== 'minutes') {
    const number = find(pdf, state ? 'Số:' : kind.numberLabel.trim());
    const datePrefix = (plan.place ?? '').split(' ')[0]!;
    const date = pdf.pages[0]!.items.find((item) => item.text.startsWith(datePrefix) && number && Math.abs(item.y - number.items[0]!.y) < 1.5);
    expect(Boolean(date), 'Số and the place-date are not on one baseline');
    if (date) expect(styleOf([date]) === `${body}I`, `the date is ${styleOf([date])}, not ${body}I`);
  }

  problems.push(...ruleProblems(pdf, body, typeNameOf(plan), state));
  problems.push(...tableProblems(pdf, plan));
  problems.push(...formProblems(pdf, plan, area));

  const label = find(pdf, 'Nơi nhận:');
  const name = find(pdf, signerName);
  const lastOfMain = (starts[1] ?? pdf.pages.length) - 1;
  if (!signatureSplits) expect(Boolean(label && name && label.page === name.page && label.page === lastOfMain), 'the signature block is not together on the last page of the main text');
  else {
    // A list of recipients longer than a page: the signature sits beside its start, the list ends on the last page.
    const archive = find(pdf, archiveLine);
    expect(Boolean(label && name && label.page === name.page), 'the signer is not beside the start of Nơi nhận');
    expect(Boolean(label && archive && archive.page > label.page && archive.page === lastOfMain), 'Nơi nhận does not go on to the last page of the main text');
  }
  return problems;
}

const toLines = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const centreOf = (items: PdfItem[]) => (Math.min(...items.map((i) => i.x)) + Math.max(...items.map((i) => i.x + i.width))) / 2;

/** The text of a page's first line below the top margin. */
function firstLine(page: PdfFile['pages'][number], top: number): string {
  const items = page.items.filter((item) => item.y > top).sort((a, b) => a.y - b.y || a.x - b.x);
  return items.filter((item) => Math.abs(item.y - items[0]!.y) < 0.5).map((item) => item.text).join('').trim();
}

/**
 * The three short rules of page 1: under the motto (its length), the agency name and the trích yếu (1/3 to 1/2); a
 * Party or Đoàn document (not `state`) has none of them (its marks and title rule: issuer-facts.ts). A công văn has
 * no type name (`typeName` undefined) and so no trích yếu rule: its header ends above "Kính gửi:".
 */
function ruleProblems(pdf: PdfFile, body: number, typeName: string | undefined, state = true): string[] {
  const problems: string[] = [];
  const page = pdf.pages[0]!;
  const title = find(pdf, typeName ?? 'Kính gửi:');
  const motto = state ? find(pdf, 'Độc lập - Tự do - Hạnh phúc') : title;
  if (!title || !motto) return ['page 1 has no title or no motto'];
  const titleY = title.items[0]!.y;
  const span = (items: PdfItem[]) => ({ x1: Math.min(...items.map((i) => i.x)), x2: Math.max(...items.map((i) => i.x + i.width)) });
  /** The first rule under a baseline, overlapping the text horizontally. */
  const ruleUnder = (y: number, x1: number, x2: number) => page.rules.find((r) => r.y > y && r.y < y + body * 0.75 && r.x1 < x2 && r.x2 > x1);

  if (state) {
    const mottoSpan = span(motto.items);
    const mottoRule = ruleUnder(motto.items[0]!.y, mottoSpan.x1, mottoSpan.x2);
    if (!mottoRule) problems.push('no rule under the motto');
    else if (Math.abs(mottoRule.x1 - mottoSpan.x1) > 1.5 || Math.abs(mottoRule.x2 - mottoSpan.x2) > 1.5)
      problems.push(`the motto rule (${(mottoRule.x2 - mottoRule.x1).toFixed(1)} pt) is not as long as the motto (${(mottoSpan.x2 - mottoSpan.x1).toFixed(1)} pt)`);
  }

  const checkShare = (name: string, lines: PdfItem[][]) => {
    if (lines.length === 0) return problems.push(`no ${name} text found`);
    const last = lines[lines.length - 1]!;
    const longest = Math.max(...lines.map((line) => span(line).x2 - span(line).x1));
    const lastSpan = span(last);
    const rule = ruleUnder(last[0]!.y, lastSpan.x1 - 100, lastSpan.x2 + 100);
    if (!rule) return problems.push(`no rule under the ${name}`);
    const share = (rule.x2 - rule.x1) / longest;
    if (share < 1 / 3 - 0.01 || share > 1 / 2 + 0.01) problems.push(`the ${name} rule is ${(100 * share).toFixed(0)} % of its text, not 1/3 to 1/2`);
    const centre = (rule.x1 + rule.x2) / 2;
    const lineCentres = lines.map((line) => (span(line).x1 + span(line).x2) / 2);
    if (!lineCentres.some((c) => Math.abs(c - centre) < 2)) problems.push(`the ${name} rule is not centred under it`);
    return problems.length;
  };
  // The agency name and the trích yếu: the bold lines above their rule, centred on the same axis as the rule
  // (a table row may hold the other column's bold text on the same baseline).
  const boldLinesAbove = (rule: PdfRule | undefined, y0: number) => {
    if (!rule) return [];
    const axis = (rule.x1 + rule.x2) / 2;
    return groupByBaseline(page.items.filter((i) => /Bold/.test(i.font) && i.y > y0 && i.y < rule.y))
      .map((row) => splitAtGaps(row).find((part) => Math.abs((span(part).x1 + span(part).x2) / 2 - axis) < 3))
      .filter((part): part is PdfItem[] => part !== undefined);
  };
  // A mark's frame (ô 10, 11: marks.test.ts checks them) has a top and a bottom edge of one length, 8 mm apart: neither
  // is the agency's rule.
  const frameEdge = (r: PdfRule) => page.rules.some((o) => o !== r && Math.abs(o.x1 - r.x1) < 0.5 && Math.abs(o.x2 - r.x2) < 0.5 && Math.abs(o.y - r.y) > 10 && Math.abs(o.y - r.y) < 26);
  const agencyRule = page.rules.filter((r) => r.y < titleY && !frameEdge(r)).sort((a, b) => a.x1 - b.x1)[0];
  if (state) checkShare('agency', boldLinesAbove(agencyRule, 0));
  if (state && typeName !== undefined) checkShare('trích yếu', boldLinesAbove(page.rules.find((r) => r.y > titleY), titleY + 1));
  return problems;
}

/** Splits a row of items where a gap wider than 30 pt separates two table columns. */
function splitAtGaps(row: PdfItem[]): PdfItem[][] {
  const parts: PdfItem[][] = [];
  for (const item of [...row].sort((a, b) => a.x - b.x)) {
    const part = parts[parts.length - 1];
    const previous = part?.[part.length - 1];
    if (part && previous && item.x - (previous.x + previous.width) <= 30) part.push(item);
    else parts.push([item]);
  }
  return parts;
}

function groupByBaseline(items: PdfItem[]): PdfItem[][] {
  const rows: PdfItem[][] = [];
  for (const item of [...items].sort((a, b) => a.y - b.y)) {
    const row = rows.find((r) => Math.abs(r[0]!.y - item.y) < 0.5);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows;
}
