// Stage 2: turns a validated plan into the view a template reads: every label, number and date already worded.
import type { DocumentModel } from '../model/document-model';
import { appendixLabel } from '../decree/appendix-label';
import { findDocumentType } from '../decree/document-types';
import { findIssuerKind, issuerKinds, type IssuerKind } from '../decree/issuer-kinds';
import { parseIssueDate } from '../plan/issue-date';
import type { ContentInput, ListItemInput, Plan, SectionInput } from '../plan/plan-schema';
import type { Signer } from '../plan/signers';
import { rightSigner } from '../plan/signers';
import { markViews, type MarkViews } from './mark-views';
import { nameInText } from './name-in-text';
import { symbolCodes } from './symbol-codes';
import { tableLines, type TableLine } from './table-lines';
import { headingLabel, headingText, type NumberingScheme } from './numbering';
import { longDate } from './vietnamese-date';

export type BodyLine =
  | {
      tag: 'heading-1' | 'heading-2' | 'heading-3' | 'body' | 'item' | 'subitem';
      text: string;
    }
  | TableLine;

export interface PlanView {
  /** `partner`: the second issuer of a joint document, printed under the first; null for one issuer. */
  agency: { parentLines: string[]; nameLines: string[]; partner: { parentLines: string[]; nameLines: string[] } | null };
  numberLine: string;
  nation: string;
  /** Empty for a kind without one (Party, Đoàn). */
  motto: string;
  /** The mark under the agency's name ("*", "***"), or empty for the state's short rule. */
  agencyMark: string;
  placeDate: string;
  /** The marks of ô 10–13, worded; each null (or empty) when the plan has none. */
  marks: MarkViews;
  typeName: string;
  summaryLines: string[];
  /** The hyphens under the trích yếu of a Party or Đoàn document, or empty for the state's short rule. */
  summaryMark: string;
  bases: string[];
  opening: string[];
  body: BodyLine[];
  closing: string[];
  recipientsLabel: string;
  recipients: string[];
  /** The signer in the right column (ô 7); `leftSigner` the one beside it when two sign (a joint document). */
  signer: SignerView;
  leftSigner: SignerView | null;
  appendices: AppendixView[];
  meta: DocumentModel['meta'];
}

export interface SignerView {
  authorityLines: string[];
  note: string | null;
  /** The signer's other post (ô 7b), above the name. */
  otherPost: string | null;
  name: string | null;
}

/** An appendix: on pages of its own, after the signature. */
export interface AppendixView {
  landscape: boolean;
  /** "Phụ lục I", or "Phụ lục" when it is the only one. */
  label: string;
  titleLines: string[];
  /** "(Kèm theo Kế hoạch số 05/KH-SGDĐT ngày 05 tháng 02 năm 2025" and "của Sở Giáo dục và Đào tạo)". */
  reference: string[];
  body: BodyLine[];
}

/** Plan text goes on one tagged line: line breaks inside it become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

function toLines(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(oneLine);
}

/**
 * The number and symbol as the issuer's kind writes them: "05/KH-SGDĐT" (state), "12-KH/HU" (Party), "225-KH/TWĐTN-CTTN"
 * (Đoàn); numbers below 10 get a leading zero; a missing number leaves a blank for the registry.
 */
export function documentSymbol(number: number | undefined, typeCode: string, agencyCode: string, kind: IssuerKind = issuerKinds['nha-nuoc']): string {
  const symbol = typeCode ? `${typeCode}${kind.typeJoin}${agencyCode}` : agencyCode;
  const value = number === undefined ? '      ' : String(number).padStart(2, '0');
  return `${value}${kind.numberJoin}${symbol}`;
}

/** "Số: 05/KH-SGDĐT", or "Số 12-KH/HU" on a Party document (no colon). */
export function numberLine(number: number | undefined, typeCode: string, agencyCode: string, kind: IssuerKind = issuerKinds['nha-nuoc']): string {
  return `${kind.numberLabel}${documentSymbol(number, typeCode, agencyCode, kind)}`;
}

/** Recipients end with ";" ("," on Party documents), the archive line "- Lưu: VT, …." ends the list with ".". */
export function recipientLines(plan: Pick<Plan, 'recipients' | 'archive'>, kind: IssuerKind = issuerKinds['nha-nuoc']): string[] {
  const lines = plan.recipients.map((recipient) => {
    const text = typeof recipient === 'string' ? oneLine(recipient) : `${oneLine(recipient.name)} (${oneLine(recipient.purpose)})`;
    return `- ${text.replace(/[;.,]$/, '')}${kind.recipientEnd}`;
  });
  lines.push(`- ${kind.archiveLabel}${plan.archive.map(oneLine).join(', ')}.`);
  return lines;
}

function bodyLines(content: readonly ContentInput[], scheme: NumberingScheme, path: number[], out: BodyLine[]): BodyLine[] {
  let sectionCount = 0;
  for (const item of content) {
    if (typeof item === 'string') out.push({ tag: 'body', text: oneLine(item) });
    else if ('list' in item) listLines(item.list, out);
    else if ('table' in item) out.push(...tableLines(item.table));
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

function authorityLines(signer: Signer): string[] {
  const caps = (text: string) => oneLine(text).toLocaleUpperCase('vi');
  if (signer.lines) return signer.lines.map(caps);
  // The schema has made sure of a title when there are no lines.
  const title = signer.title!;
  if (!signer.authority) return [caps(title)];
  const head = signer.head ?? title;
  return [`${signer.authority} ${caps(head)}`, ...(signer.head ? [caps(title)] : [])];
}

function signerView(signer: Signer): SignerView {
  return {
    authorityLines: authorityLines(signer),
    note: signer.note ? oneLine(signer.note) : null,
    otherPost: signer.otherPost ? oneLine(signer.otherPost) : null,
    name: signer.name ? oneLine(signer.name) : null,
  };
}

/**
 * The appendices, each with the line naming the document it goes with (Decree 30, Phụ lục I, III.1.c): its type,
 * number (a blank when the registry fills it in) and date as the header writes them, and the agency in running text.
 */
function appendixViews(plan: Plan, typeName: string, numberText: string, date: string): AppendixView[] {
  const appendices = plan.appendices ?? [];
  const inText = (agency: { name: string | string[]; nameInText?: string | undefined }) => (agency.nameInText ? oneLine(agency.nameInText) : nameInText(toLines(agency.name).join(' ')));
  // A joint document names both its issuers, the lead agency first (as the header prints them).
  const issuer = [plan.agency, ...(plan.agency.partner ? [plan.agency.partner] : [])].map(inText).join(' và ');
  return appendices.map((appendix, index) => ({
    landscape: appendix.landscape,
    label: appendixLabel(index + 1, appendices.length),
    titleLines: toLines(appendix.title),
    reference: [`(Kèm theo ${typeName} số ${numberText} ${date}`, `của ${issuer})`],
    body: bodyLines(appendix.content, plan.numbering, [], []),
  }));
}

export function toViewModel(plan: Plan): PlanView {
  const type = findDocumentType(plan.type);
  const date = parseIssueDate(plan.date);
  if (!date) throw new Error(`invalid date "${plan.date}" passed validation`);
  const summaryLines = toLines(plan.summary);
  const nameLines = toLines(plan.agency.name);
  const kind = findIssuerKind(plan.agency.kind);
  const partner = plan.agency.partner;
  return {
    agency: { parentLines: toLines(plan.agency.parent), nameLines, partner: partner ? { parentLines: toLines(partner.parent), nameLines: toLines(partner.name) } : null },
    numberLine: numberLine(plan.number, ...symbolCodes(plan, type.code), kind),
    nation: kind.nation,
    motto: kind.motto,
    agencyMark: kind.agencyMark,
    placeDate: `${oneLine(plan.place)}, ${longDate(date)}`,
    marks: markViews(plan.marks, toLines),
    typeName: type.title,
    summaryLines,
    summaryMark: kind.summaryMark,
    bases: toLines(plan.bases),
    opening: toLines(plan.opening),
    body: bodyLines(plan.body, plan.numbering, [], []),
    closing: toLines(plan.closing),
    recipientsLabel: 'Nơi nhận:',
    recipients: recipientLines(plan, kind),
    signer: signerView(rightSigner(plan)),
    leftSigner: plan.signers ? signerView(plan.signers[0]!) : null,
    appendices: appendixViews(plan, type.name, documentSymbol(plan.number, ...symbolCodes(plan, type.code), kind), longDate(date)),
    meta: {
      title: `${type.name} ${summaryLines.join(' ')}`,
      author: plan.metadata?.author ?? nameLines.join(' '),
      subject: summaryLines.join(' '),
      language: 'vi-VN',
    },
  };
}
