// Stage 2: turns a validated plan into the view a template reads: every label, number and date already worded; the
// parts every type shares here, each form's own in src/view/forms/.
import type { DocumentModel } from '../model/document-model';
import { appendixLabel } from '../decree/appendix-label';
import { findDocumentType, type DocumentType } from '../decree/document-types';
import { findIssuerKind, issuerKinds, type IssuerKind } from '../decree/issuer-kinds';
import { parseIssueDate } from '../plan/issue-date';
import { appendicesOf, recipientsLeadOf } from '../plan/plan-forms';
import type { Plan } from '../plan/plan-schema';
import type { Signer } from '../plan/signers';
import { rightSigner } from '../plan/signers';
import { bodyLines, oneLine, toLines, type BodyLine } from './body-lines';
import { formView, type FormView } from './forms/form-view';
import { markViews, type MarkViews } from './mark-views';
import { nameInText } from './name-in-text';
import { symbolCodes } from './symbol-codes';
import { longDate } from './vietnamese-date';

export type { BodyLine } from './body-lines';

export interface PlanView extends FormView {
  /** `partner`: the second issuer of a joint document, printed under the first; null for one issuer. */
  agency: { parentLines: string[]; nameLines: string[]; partner: { parentLines: string[]; nameLines: string[] } | null };
  numberLine: string;
  nation: string;
  /** Empty for a kind without one (Party, Đoàn). */
  motto: string;
  /** The mark under the agency's name ("*", "***"), or empty for the state's short rule. */
  agencyMark: string;
  /** Empty for a form without one in its header (Biên bản). */
  placeDate: string;
  /** The marks of ô 10–13, worded; each null (or empty) when the plan has none. */
  marks: MarkViews;
  /** The hyphens under the trích yếu of a Party or Đoàn document, or empty for the state's short rule. */
  summaryMark: string;
  recipientsLabel: string;
  recipients: string[];
  /** The signer in the right column (ô 7); `leftSigner` the one beside it when two sign. */
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

/**
 * Recipients end with ";" ("," on Party documents), the archive line "- Lưu: VT, …." ends the list with ".". `lead`
 * opens the list: "- Như trên;" under Kính gửi, "- Như Điều 3;" under a decision.
 */
export function recipientLines(
  plan: { recipients?: Plan['recipients'] | undefined; archive?: Plan['archive'] | undefined },
  kind: IssuerKind = issuerKinds['nha-nuoc'],
  lead: string[] = [],
): string[] {
  const lines = [...lead, ...(plan.recipients ?? []).map((recipient) => (typeof recipient === 'string' ? oneLine(recipient) : `${oneLine(recipient.name)} (${oneLine(recipient.purpose)})`))].map(
    (text) => `- ${text.replace(/[;.,]$/, '')}${kind.recipientEnd}`,
  );
  if (plan.archive) lines.push(`- ${kind.archiveLabel}${plan.archive.map(oneLine).join(', ')}.`);
  return lines;
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

/** The issuer in running text ("Sở Giáo dục và Đào tạo"); a joint document names both, the lead agency first. */
export function issuerInText(plan: Pick<Plan, 'agency'>): string {
  const inText = (agency: { name: string | string[]; nameInText?: string | undefined }) => (agency.nameInText ? oneLine(agency.nameInText) : nameInText(toLines(agency.name).join(' ')));
  return [plan.agency, ...(plan.agency.partner ? [plan.agency.partner] : [])].map(inText).join(' và ');
}

/**
 * The appendices, each with the line naming the document it goes with (Decree 30, Phụ lục I, III.1.c): its type,
 * number (a blank when the registry fills it in) and date as the header writes them, and the agency in running text.
 */
function appendixViews(plan: Plan, type: DocumentType, numberText: string, date: string): AppendixView[] {
  const appendices = appendicesOf(plan);
  const numbering = 'numbering' in plan ? plan.numbering : 'decimal';
  return appendices.map((appendix, index) => ({
    landscape: appendix.landscape,
    label: appendixLabel(index + 1, appendices.length),
    titleLines: toLines(appendix.title),
    reference: [`(Kèm theo ${type.name} số ${numberText} ${date}`, `của ${issuerInText(plan)})`],
    body: bodyLines(appendix.content, numbering === 'chapters' ? 'decimal' : numbering),
  }));
}

/**
 * The header's words that depend on the whole plan: the symbol ("05/KH-SGDĐT"), the number line and the place-date
 * (empty for a form without one: a Biên bản, whether or not it names its place). A công văn has no type code in a
 * state document's symbol; the Party and the Đoàn write "CV" (issuer-kinds.ts).
 */
export function headerTexts(plan: Plan): { symbol: string; numberLine: string; placeDate: string } {
  const type = findDocumentType(plan.type);
  const kind = findIssuerKind(plan.agency.kind);
  const typeCode = type.form === 'letter' ? kind.letterCode : type.code;
  const symbol = documentSymbol(plan.number, ...symbolCodes(plan, typeCode), kind);
  const date = parseIssueDate(plan.date)!;
  // Mẫu 1.9: a Biên bản's header has no place-date, even when its plan names the place (its place is optional).
  const placeDate = plan.place === undefined || type.form === 'minutes' ? '' : `${oneLine(plan.place)}, ${longDate(date)}`;
  return { symbol, numberLine: `${kind.numberLabel}${symbol}`, placeDate };
}

export function toViewModel(plan: Plan): PlanView {
  const type = findDocumentType(plan.type);
  const date = parseIssueDate(plan.date);
  if (!date) throw new Error(`invalid date "${plan.date}" passed validation`);
  const nameLines = toLines(plan.agency.name);
  const kind = findIssuerKind(plan.agency.kind);
  const partner = plan.agency.partner;
  const { symbol, numberLine: numberText, placeDate } = headerTexts(plan);
  const form = formView(plan, { type, kind, symbol, date: longDate(date), issuer: issuerInText(plan) });
  return {
    ...form,
    agency: { parentLines: toLines(plan.agency.parent), nameLines, partner: partner ? { parentLines: toLines(partner.parent), nameLines: toLines(partner.name) } : null },
    numberLine: numberText,
    nation: kind.nation,
    motto: kind.motto,
    agencyMark: kind.agencyMark,
    placeDate,
    marks: markViews(plan.marks, toLines),
    summaryMark: kind.summaryMark,
    recipientsLabel: plan.recipients || plan.archive ? 'Nơi nhận:' : '',
    recipients: recipientLines(plan, kind, recipientsLeadOf(plan)),
    signer: signerView(rightSigner(plan)),
    leftSigner: plan.signers ? signerView(plan.signers[0]!) : null,
    appendices: appendixViews(plan, type, symbol, longDate(date)),
    meta: {
      title: `${type.name} ${(form.summaryLines.length ? form.summaryLines : form.subjectLines).join(' ')}`.trim(),
      author: plan.metadata?.author ?? nameLines.join(' '),
      subject: (form.summaryLines.length ? form.summaryLines : form.subjectLines).join(' '),
      language: 'vi-VN',
    },
  };
}
