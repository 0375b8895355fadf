// The facts of each document form on any PDF rendering of a plan (ours or LibreOffice's), from the spec (§5 ô 5b, §9,
// §10.3, §13) and the research (§5, Phụ lục III mẫu 1.3, 1.5, 1.9): Kính gửi, a công văn's V/v, a decision's authority,
// enacting word and articles, the document issued with it, the first line of Nơi nhận, a Biên bản's two signers.
import { findDocumentType } from '../../src/decree/document-types';
import { ascent, descent, textWidth } from '../../src/fonts/font-metrics';
import { asForm, formOf } from '../../src/plan/plan-forms';
import type { Plan } from '../../src/plan/plan-schema';
import type { PdfFile, PdfItem } from './read-pdf';

/** The text area of a portrait page and the body size, as layout-facts.ts measures them. */
export interface TextArea {
  body: number;
  left: number;
  right: number;
}

/** One baseline of a page: its items left to right and their text joined without spaces (as `find` compares). */
interface Line {
  page: number;
  y: number;
  items: PdfItem[];
  bare: string;
}

const bare = (text: string) => text.replace(/\s+/g, '');
const regular = { bold: false, italic: false };
const toLines = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const left = (items: PdfItem[]) => Math.min(...items.map((i) => i.x));
const right = (items: PdfItem[]) => Math.max(...items.map((i) => i.x + i.width));
const centre = (items: PdfItem[]) => (left(items) + right(items)) / 2;
const styled = (items: PdfItem[], size: number, style: '' | 'B' | 'I') =>
  items.every((i) => i.size === size && /Bold/.test(i.font) === style.includes('B') && /Italic/.test(i.font) === style.includes('I'));

/** The printed type name (ô 5a), or none: a công văn has none; a thư công prints its own title. */
export function typeNameOf(plan: Plan): string | undefined {
  if (formOf(plan) === 'letter') return undefined;
  const title = (plan as { title?: string }).title;
  return (title ?? findDocumentType(plan.type).title).toLocaleUpperCase('vi');
}

/** Every baseline of the document, page by page, top to bottom; a baseline's items within `within` of each other. */
function linesOf(pdf: PdfFile, within?: (item: PdfItem) => boolean): Line[] {
  return pdf.pages.flatMap((page, index) => {
    const rows: PdfItem[][] = [];
    for (const item of [...page.items].filter((i) => i.text.trim() !== '' && (!within || within(i))).sort((a, b) => a.y - b.y || a.x - b.x)) {
      const row = rows.find((r) => Math.abs(r[0]!.y - item.y) < 0.5);
      if (row) row.push(item);
      else rows.push([item]);
    }
    return rows.map((items) => ({ page: index, y: items[0]!.y, items, bare: bare(items.map((i) => i.text).join('')) }));
  });
}

/**
 * The lines from the first one starting with `start` whose joined text is `whole` (spaces ignored), at or after
 * `from`, or undefined when no run of lines reads so.
 */
function block(lines: Line[], whole: string, from = 0): Line[] | undefined {
  const wanted = bare(whole);
  for (let i = from; i < lines.length; i++) {
    let joined = '';
    for (let k = i; k < lines.length && wanted.startsWith(joined + lines[k]!.bare); k++) {
      joined += lines[k]!.bare;
      if (joined === wanted) return lines.slice(i, k + 1);
    }
  }
  return undefined;
}

export function formProblems(pdf: PdfFile, plan: Plan, area: TextArea): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => void (ok || problems.push(message));
  const lines = linesOf(pdf);
  const middle = (area.left + area.right) / 2;
  const centred = (items: PdfItem[]) => Math.abs(centre(items) - middle) < 1.5;
  const form = formOf(plan);

  // The type name (ô 5a) of a state document: on page 1, in bold capitals of the body size, centred (a công văn has
  // none: below). A Party or Đoàn document sets it larger, by its own rules (issuer-facts.ts).
  const typeName = typeNameOf(plan);
  if (typeName !== undefined && (plan.agency.kind ?? 'nha-nuoc') === 'nha-nuoc') {
    const line = lines.find((l) => l.page === 0 && l.bare === bare(typeName));
    if (!line) problems.push(`the type name "${typeName}" is not on a line of its own on page 1`);
    else expect(styled(line.items, area.body, 'B') && centred(line.items), `the type name "${typeName}" is not ${area.body} pt bold, centred`);
  }

  // Kính gửi (spec §9): 14 regular; one addressee on the line of the label, centred; several, each "- name;" (the
  // last "."), the dashes aligned under the first, wrapped lines hanging under the text.
  const to = (plan as { to?: string | string[] }).to;
  if (to !== undefined) {
    const names = toLines(to);
    const printed = typeof to === 'string' ? `Kính gửi: ${to}` : `Kính gửi:${names.map((name, i) => `- ${name}${i < names.length - 1 ? ';' : '.'}`).join('')}`;
    const found = block(lines, printed);
    if (!found) problems.push(`Kính gửi does not read "${printed}"`);
    else {
      expect(found.every((line) => styled(line.items, area.body, '')), `Kính gửi is not ${area.body} pt regular`);
      if (typeof to === 'string') expect(found.length === 1 && centred(found[0]!.items), `"${printed}" is not one centred line`);
      else {
        const first = found[0]!.items.find((item) => /Kính gửi:\s*-/.test(item.text)) ?? found[0]!.items.find((item) => item.text.trim().startsWith('-'));
        const text = first?.text ?? '';
        const dashX = first ? first.x + textWidth(text.slice(0, text.indexOf('-', text.indexOf(':') + 1)), regular, area.body) : NaN;
        const hangX = dashX + textWidth('- ', regular, area.body);
        for (const line of found.slice(1)) {
          const x = left(line.items);
          const wanted = line.bare.startsWith('-') ? dashX : hangX;
          expect(Math.abs(x - wanted) < 0.6, `Kính gửi: "${line.items.map((i) => i.text).join('')}" starts at ${x.toFixed(1)} pt, not ${wanted.toFixed(1)} pt (${line.bare.startsWith('-') ? 'the dash under the first' : 'hanging under the text'})`);
        }
      }
    }
  }

  // Công văn (ô 5b): no type name; "V/v …" under the number, 12 pt regular, centred under it, 6 pt below its line.
  const letter = asForm(plan, 'letter');
  if (letter) {
    expect(!lines.some((line) => line.page === 0 && line.bare === 'CÔNGVĂN'), 'a công văn shows the type name "CÔNG VĂN"');
    const number = lines.find((line) => line.page === 0 && line.bare.startsWith('Số:'));
    const subject = block(lines, `V/v ${toLines(letter.subject).join(' ')}`);
    if (!number || !subject) problems.push('no "Số:" line or no "V/v …" under it');
    else {
      const numberItems = number.items.filter((item) => item.text.startsWith('Số:'));
      for (const line of subject) {
        expect(styled(line.items, 12, ''), `"${line.items[0]!.text}" is not 12 pt regular`);
        expect(Math.abs(centre(line.items) - centre(numberItems)) < 1.5, `"${line.items[0]!.text}" is not centred under "Số:"`);
      }
      const gap = subject[0]!.y - ascent(12) - (number.y + descent(13));
      expect(subject[0]!.page === 0 && gap >= 6 - 0.3 && gap < 12, `V/v stands ${gap.toFixed(1)} pt under the number's line, not 6 pt`);
    }
  }

  // Quyết định, Nghị quyết (mẫu 1.1–1.3): the authority bold capitals centred, the enacting word bold centred, each
  // "Điều N." bold, in order.
  const decision = asForm(plan, 'decision');
  if (decision) {
    const enacting = plan.type === 'nghi-quyet' ? 'QUYẾT NGHỊ:' : 'QUYẾT ĐỊNH:';
    const word = lines.find((line) => line.bare === bare(enacting));
    if (!word) problems.push(`no "${enacting}" line`);
    else expect(styled(word.items, area.body, 'B') && centred(word.items), `"${enacting}" is not ${area.body} pt bold, centred`);
    for (const text of toLines(decision.authority)) {
      const line = lines.find((l) => l.bare === bare(text.toLocaleUpperCase('vi')));
      if (!line) problems.push(`the authority "${text}" is not on one line`);
      else {
        expect(styled(line.items, area.body, 'B') && centred(line.items), `the authority "${text}" is not ${area.body} pt bold, centred`);
        expect(!word || line.page < word.page || (line.page === word.page && line.y < word.y), `the authority "${text}" is not above "${enacting}"`);
      }
    }
    let previous = word ? { page: word.page, y: word.y } : { page: 0, y: 0 };
    decision.articles.forEach((_, index) => {
      const label = `Điều ${index + 1}.`;
      const at = lines.flatMap((line) => line.items.filter((item) => item.text.trim() === label).map((item) => ({ line, item })))[0];
      if (!at) return void problems.push(`no "${label}" standing alone as a run`);
      expect(styled([at.item], area.body, 'B'), `"${label}" is not ${area.body} pt bold`);
      expect(at.line.page > previous.page || (at.line.page === previous.page && at.line.y > previous.y), `"${label}" is not after what comes before it`);
      previous = { page: at.line.page, y: at.line.y };
    });
  }

  // Nơi nhận (spec §10.3): "- Như trên;" first where the document is addressed (Kính gửi, or a form naming whom it
  // goes to), "- Như Điều N;" (the executing article) under a decision; otherwise no "Như …" line of its own.
  // "Nơi nhận:" stands level with the signer's first line: the label is its item, not its baseline.
  const labelLine = lines.find((line) => line.items.some((item) => item.text.trim() === 'Nơi nhận:'));
  const label = labelLine && { ...labelLine, items: labelLine.items.filter((item) => item.text.trim() === 'Nơi nhận:') };
  // (Without it layout-facts.ts already fails the plan.)
  if (label) {
    const x = left(label.items);
    const next = linesOf(pdf, (item) => Math.abs(item.x - x) < 1).find((line) => line.page === label.page && line.y > label.y);
    const addressed = to !== undefined || ['letter', 'telegram', 'invitation', 'introduction'].includes(form);
    const lead = decision ? `- Như Điều ${decision.executingArticle ?? decision.articles.length};` : addressed ? '- Như trên;' : undefined;
    const first = next?.items.map((i) => i.text).join('').trim() ?? '';
    if (lead) expect(first === lead, `Nơi nhận opens with "${first}", not "${lead}"`);
    else expect(!first.startsWith('- Như '), `Nơi nhận opens with "${first}" though the document is addressed to no one`);
  }

  // Biên bản (mẫu 1.9): two signers side by side, the first (THƯ KÝ) left, the second (CHỦ TỌA) right, their titles on
  // one baseline and their names on one baseline; Nơi nhận under the left one.
  const signers = (plan as { signers?: Array<{ title?: string; lines?: string[]; name?: string }> }).signers;
  if (form === 'minutes' && signers?.length === 2) {
    const [secretary, chair] = signers.map((s) => (s.lines?.at(-1) ?? s.title ?? '').toLocaleUpperCase('vi'));
    const titles = [secretary!, chair!].map((t) => lines.find((line) => line.items.some((item) => item.text.trim() === t)));
    const names = signers.map((s) => lines.find((line) => line.items.some((item) => item.text.trim() === s.name)));
    const side = (line: Line | undefined, text: string) => line?.items.find((item) => item.text.trim() === text);
    const pair = (found: Array<Line | undefined>, texts: string[], what: string) => {
      const [a, b] = texts.map((text, i) => side(found[i], text));
      if (!a || !b || found[0]!.page !== found[1]!.page) return void problems.push(`the ${what} of the two signers are not on one page`);
      expect(Math.abs(a.y - b.y) < 0.5, `the ${what} "${texts[0]}" and "${texts[1]}" are not on one baseline`);
      expect(centre([a]) < middle && centre([b]) > middle, `"${texts[0]}" is not on the left and "${texts[1]}" on the right`);
    };
    pair(titles, [secretary!, chair!], 'titles');
    pair(names, signers.map((s) => s.name ?? ''), 'names');
    const nameLine = names[0];
    if (label && nameLine) expect(label.page === nameLine.page && label.y > nameLine.y && right(label.items) < middle, 'Nơi nhận is not under the left signer');
    // No place and date in the header: nothing beside the number, nothing italic above the type name.
    const number = lines.find((line) => line.page === 0 && line.bare.startsWith('Số:'));
    const type = lines.find((line) => line.page === 0 && line.bare === bare(typeNameOf(plan) ?? ''));
    expect(Boolean(number && number.items.length === 1), 'the number of a Biên bản has something beside it (the place-date?)');
    expect(!lines.some((line) => line.page === 0 && type && line.y < type.y && line.items.some((i) => /Italic/.test(i.font))), 'the header of a Biên bản has an italic line (the place-date?)');
  }
  return problems;
}

/**
 * The document issued with a decision (mẫu 1.3): the first page after the decision's signature starting with its
 * header, the page index returned so the page numbers can be checked per section (or -1, with the problems said).
 */
export function attachmentProblems(pdf: PdfFile, plan: Plan, area: TextArea, signaturePage: number): { start: number; problems: string[] } {
  const problems: string[] = [];
  const decision = asForm(plan, 'decision');
  if (!decision?.attachment) return { start: -1, problems };
  const expect = (ok: boolean, message: string) => void (ok || problems.push(message));
  const lines = linesOf(pdf);
  const middle = (area.left + area.right) / 2;
  const centred = (items: PdfItem[]) => Math.abs(centre(items) - middle) < 1.5;
  const typeName = findDocumentType(decision.attachment.type).title;
  const title = lines.find((line) => line.page > signaturePage && line.bare === bare(typeName));
  if (!title) return { start: -1, problems: [`no page after the signature with the attached "${typeName}"`] };
  const start = title.page;
  const page = lines.filter((line) => line.page === start);
  expect(styled(title.items, area.body, 'B') && centred(title.items), `the attached "${typeName}" is not ${area.body} pt bold, centred`);

  // Its header: the agency and the national title, but no number and no place-date (it has the decision's).
  const agency = toLines(plan.agency.name).at(-1)!;
  const above = page.filter((line) => line.y < title.y);
  expect(above.some((line) => line.items.some((i) => bare(i.text) === bare(agency))), `the attached document's page has no "${agency}" in its header`);
  expect(above.some((line) => line.items.some((i) => i.text.trim() === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')), "the attached document's page has no national title");
  expect(!above.some((line) => line.bare.startsWith('Số') || line.items.some((i) => /Italic/.test(i.font))), "the attached document's header has a number or a place-date of its own");

  // "(Kèm theo Quyết định số <the symbol> <the date> của <the authority>)": italic, centred, under the summary, the
  // number and date as page 1 prints them.
  const numberLine = lines.find((line) => line.page === 0 && line.bare.startsWith('Số:'));
  const symbol = numberLine?.items.find((i) => i.text.startsWith('Số:'))?.text.replace(/^Số:\s*/, '').trim() ?? '?';
  const dated = lines.find((line) => line.page === 0 && line.items.some((i) => /Italic/.test(i.font) && /, ngày /.test(i.text)));
  const date = dated?.items.map((i) => i.text).join('').replace(/^[^,]*,\s*/, '').trim() ?? '?';
  // The reference's lines: from the first "(Kèm theo" of the page to the line that closes it.
  const opening = page.findIndex((line) => line.bare.startsWith('(Kèmtheo'));
  const closing = page.findIndex((line, i) => i >= opening && line.bare.endsWith(')'));
  const reference = opening < 0 || closing < 0 ? [] : page.slice(opening, closing + 1);
  const printed = reference.map((line) => line.bare).join('');
  const wanted = `(Kèm theo ${findDocumentType(plan.type).name} số ${symbol} ${date} của ${decision.authorityInText ?? ''}`;
  const summary = block(lines, toLines(decision.attachment.summary).join(' '));
  if (!printed.startsWith(bare(wanted)) || (decision.authorityInText !== undefined && printed !== `${bare(wanted)})`))
    problems.push(`the attached document's first page reads "${printed}", not "${wanted}…)"`);
  if (reference.length > 0) {
    for (const line of reference) expect(styled(line.items, area.body, 'I') && centred(line.items), `"${line.items[0]!.text}" is not ${area.body} pt italic, centred`);
    expect(Boolean(summary && summary.every((l) => l.page === start && l.y > title.y && l.y < reference[0]!.y && styled(l.items, area.body, 'B'))), 'the attached summary is not bold between the type name and the reference');
    const last = reference.at(-1)!;
    const rule = pdf.pages[start]!.rules.find((r) => r.y > last.y && r.y < last.y + area.body);
    expect(Boolean(rule && Math.abs((rule.x1 + rule.x2) / 2 - middle) < 1.5), 'no centred rule under the reference line');
  }
  // No signature of its own: Nơi nhận and the signer's name are printed once, on the decision's page.
  expect(!lines.some((line) => line.page >= start && line.items.some((item) => item.text.trim() === 'Nơi nhận:')), 'the attached document has a Nơi nhận of its own');
  return { start, problems };
}
