// Stage 2: turns a validated plan into the view a template reads: every label, number and date already worded.
import type { DocumentModel } from '../model/document-model';
import { findDocumentType } from '../plan/document-types';
import { parseIssueDate } from '../plan/issue-date';
import type { ContentInput, ListItemInput, Plan, SectionInput } from '../plan/plan-schema';
import { headingLabel, headingText, type NumberingScheme } from './numbering';
import { longDate } from './vietnamese-date';

export interface BodyLine {
  tag: 'heading-1' | 'heading-2' | 'heading-3' | 'body' | 'item' | 'subitem';
  text: string;
}

export interface PlanView {
  agency: { parentLines: string[]; nameLines: string[] };
  numberLine: string;
  nation: string;
  motto: string;
  placeDate: string;
  typeName: string;
  summaryLines: string[];
  bases: string[];
  opening: string[];
  body: BodyLine[];
  closing: string[];
  recipientsLabel: string;
  recipients: string[];
  signer: { authorityLines: string[]; note: string | null; name: string | null };
  meta: DocumentModel['meta'];
}

/** Plan text goes on one tagged line: line breaks inside it become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

function toLines(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(oneLine);
}

/** "Số: 05/KH-SGDĐT"; numbers below 10 get a leading zero; a missing number leaves a blank for the registry. */
export function numberLine(number: number | undefined, typeCode: string, agencyCode: string): string {
  const symbol = typeCode ? `${typeCode}-${agencyCode}` : agencyCode;
  const value = number === undefined ? '      ' : String(number).padStart(2, '0');
  return `Số: ${value}/${symbol}`;
}

/** Recipients end with ";", the archive line "- Lưu: VT, …." ends the list with ".". */
export function recipientLines(plan: Pick<Plan, 'recipients' | 'archive'>): string[] {
  const lines = plan.recipients.map((recipient) => {
    const text = typeof recipient === 'string' ? oneLine(recipient) : `${oneLine(recipient.name)} (${oneLine(recipient.purpose)})`;
    return `- ${text.replace(/[;.,]$/, '')};`;
  });
  lines.push(`- Lưu: ${plan.archive.map(oneLine).join(', ')}.`);
  return lines;
}

function bodyLines(content: readonly ContentInput[], scheme: NumberingScheme, path: number[], out: BodyLine[]): BodyLine[] {
  let sectionCount = 0;
  for (const item of content) {
    if (typeof item === 'string') out.push({ tag: 'body', text: oneLine(item) });
    else if ('list' in item) listLines(item.list, out);
    else sectionLines(item, scheme, [...path, ++sectionCount], out);
  }
  return out;
}

function sectionLines(section: SectionInput, scheme: NumberingScheme, path: number[], out: BodyLine[]): void {
  const depth = Math.min(path.length, 3) as 1 | 2 | 3;
  const label = headingLabel(scheme, path);
  out.push({ tag: `heading-${depth}`, text: `${label} ${headingText(scheme, path.length, oneLine(section.heading))}` });
  bodyLines(section.content ?? [], scheme, path, out);
}

function listLines(items: readonly ListItemInput[], out: BodyLine[]): void {
  for (const item of items) {
    if (typeof item === 'string') {
      out.push({ tag: 'item', text: `- ${oneLine(item)}` });
      continue;
    }
    out.push({ tag: 'item', text: `- ${oneLine(item.text)}` });
    for (const sub of item.list) out.push({ tag: 'subitem', text: `+ ${oneLine(sub)}` });
  }
}

function authorityLines(signer: Plan['signer']): string[] {
  const caps = (text: string) => oneLine(text).toLocaleUpperCase('vi');
  if (!signer.authority) return [caps(signer.title)];
  const head = signer.head ?? signer.title;
  return [`${signer.authority} ${caps(head)}`, ...(signer.head ? [caps(signer.title)] : [])];
}

export function toViewModel(plan: Plan): PlanView {
  const type = findDocumentType(plan.type);
  const date = parseIssueDate(plan.date);
  if (!date) throw new Error(`invalid date "${plan.date}" passed validation`);
  const summaryLines = toLines(plan.summary);
  const nameLines = toLines(plan.agency.name);
  return {
    agency: { parentLines: toLines(plan.agency.parent), nameLines },
    numberLine: numberLine(plan.number, type.code, plan.agency.code),
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeDate: `${oneLine(plan.place)}, ${longDate(date)}`,
    typeName: type.title,
    summaryLines,
    bases: toLines(plan.bases),
    opening: toLines(plan.opening),
    body: bodyLines(plan.body, plan.numbering, [], []),
    closing: toLines(plan.closing),
    recipientsLabel: 'Nơi nhận:',
    recipients: recipientLines(plan),
    signer: {
      authorityLines: authorityLines(plan.signer),
      note: plan.signer.note ? oneLine(plan.signer.note) : null,
      name: plan.signer.name ? oneLine(plan.signer.name) : null,
    },
    meta: {
      title: `${type.name} ${summaryLines.join(' ')}`,
      author: plan.metadata?.author ?? nameLines.join(' '),
      subject: summaryLines.join(' '),
      language: 'vi-VN',
    },
  };
}
