// The parts of the view that depend on the document's form: its title, Kính gửi, the text between the title and the
// signature, what opens Nơi nhận, and a document issued with it. One function per form, in this folder.
import type { DocumentForm, DocumentType } from '../../decree/document-types';
import type { IssuerKind } from '../../decree/issuer-kinds';
import type { FormPlans, Plan } from '../../plan/plan-schema';
import type { BodyLine } from '../body-lines';
import { agreementView } from './agreement-view';
import { decisionView } from './decision-view';
import { introductionView, invitationView, leaveView } from './paper-views';
import { letterView, telegramView } from './letter-view';
import { minutesView } from './minutes-view';
import { textView } from './text-view';

export interface FormView {
  /** Ô 5a's type name ("KẾ HOẠCH"), empty for a công văn. */
  typeName: string;
  summaryLines: string[];
  /** A công văn's trích yếu under its number: "V/v …" (ô 5b). */
  subjectLines: string[];
  /** Kính gửi (ô 9a): one name as written, or several each with its "- " and ";" (the last "."). */
  addressees: { label: string; names: string[] } | null;
  /** Bold capitals centred before the bases: a decision's authority, a telegram's "… điện:". */
  authorityLines: string[];
  bases: string[];
  /** "Theo đề nghị của …" after the bases of a decision. */
  proposal: string | null;
  /** "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:" before a decision's articles. */
  enacting: string | null;
  opening: string[];
  body: BodyLine[];
  closing: string[];
  /** The document issued with a decision, on its own pages. */
  attachment: AttachmentView | null;
}

/** A document issued with a decision (Mẫu 1.3): its header without number and date, its title and reference, its text. */
export interface AttachmentView {
  typeName: string;
  summaryLines: string[];
  /** "(Kèm theo Quyết định số 05/QĐ-SGDĐT ngày …" and "của Giám đốc Sở Giáo dục và Đào tạo)". */
  reference: string[];
  body: BodyLine[];
}

/** What a form's view is made from besides the plan: its type, issuer kind, symbol, long date and issuer in text. */
export interface FormContext {
  type: DocumentType;
  kind: IssuerKind;
  /** "05/QĐ-SGDĐT", as the number line writes it. */
  symbol: string;
  /** "ngày 05 tháng 02 năm 2025". */
  date: string;
  /** The issuing agency in running text ("Sở Giáo dục và Đào tạo"). */
  issuer: string;
}

/** A view with nothing of its own: each form fills in what it has. */
export function emptyFormView(type: DocumentType): FormView {
  return {
    typeName: type.title,
    summaryLines: [],
    subjectLines: [],
    addressees: null,
    authorityLines: [],
    bases: [],
    proposal: null,
    enacting: null,
    opening: [],
    body: [],
    closing: [],
    attachment: null,
  };
}

const viewOfForm: { [F in DocumentForm]: (plan: FormPlans[F], context: FormContext) => FormView } = {
  text: textView,
  decision: decisionView,
  letter: letterView,
  telegram: telegramView,
  invitation: invitationView,
  introduction: introductionView,
  minutes: minutesView,
  leave: leaveView,
  agreement: agreementView,
};

export function formView(plan: Plan, context: FormContext): FormView {
  return (viewOfForm[context.type.form] as (plan: Plan, context: FormContext) => FormView)(plan, context);
}
