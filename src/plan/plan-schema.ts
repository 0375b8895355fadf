// The zod schema of a plan file: one schema per document type, discriminated by `type`, each strict (unknown keys are
// errors) and described for editors; the parts the types share come from common-fields.ts and plan-parts.ts.
import { z } from 'zod';
import { chapteredTypeKeys, documentTypes, type DocumentForm, type DocumentType } from '../decree/document-types';
import { signerCount } from '../decree/signer-count';
import { about, printedText } from './schema-text';
import {
  agencyField,
  appendicesField,
  archiveField,
  basesField,
  bodyField,
  closingField,
  dateField,
  datesField,
  layoutField,
  marksField,
  metadataField,
  numberField,
  numberingField,
  openingField,
  placeField,
  recipientsField,
  scheduleField,
  signerField,
  signersField,
  summaryField,
} from './common-fields';
import {
  addresseesField,
  articlesField,
  attachmentField,
  authorityField,
  authorityInTextField,
  executingArticleField,
  introductionFields,
  invitationFields,
  leaveFields,
  letterTitleField,
  minutesFields,
  partiesField,
  proposalField,
  senderField,
  subjectField,
  unitField,
} from './form-fields';

export type { ContentInput, ListItemInput, SectionInput } from './plan-parts';

/** The `type` key of one document type's schema: its own value only. */
function typeField(type: DocumentType) {
  return z.literal(type.key).meta(about(`Loại văn bản: ${type.name}${type.code ? ` (ký hiệu ${type.code})` : ''}`, `Document type: ${type.name}${type.code ? ` (code ${type.code})` : ''}`));
}

/** What every type has, first: the issuer, number, place and date, the dates it names. */
function headFields(type: DocumentType) {
  return {
    type: typeField(type),
    agency: agencyField,
    number: numberField,
    place: placeField,
    date: dateField,
    dates: datesField,
    schedule: scheduleField,
  };
}

/** What every type has, last: Nơi nhận, signers, marks, page set-up, file properties. */
const tailFields = {
  recipients: recipientsField,
  archive: archiveField,
  signer: signerField,
  signers: signersField,
  marks: marksField,
  layout: layoutField,
  metadata: metadataField,
};

/** Nơi nhận where the form opens it by itself ("- Như trên;", "- Như Điều 3;") or may have none (an agreement). */
const optionalRecipients = recipientsField.optional();

/** Mẫu 1.4: Kế hoạch, Báo cáo, Tờ trình, Thông báo… (Kính gửi where the type has it; a thư công's own title). */
function textSchema(type: DocumentType) {
  return z.strictObject({
    ...headFields(type),
    ...(type.key === 'thu-cong' ? { title: letterTitleField } : {}),
    summary: type.summary === 'required' ? summaryField : summaryField.optional(),
    ...(type.addressees === 'required' ? { to: addresseesField } : type.addressees === 'optional' ? { to: addresseesField.optional() } : {}),
    bases: basesField,
    opening: openingField,
    numbering: numberingField(chapteredTypeKeys.has(type.key) ? 'chapters' : 'decimal'),
    body: bodyField,
    closing: closingField,
    appendices: appendicesField,
    ...tailFields,
  });
}

/** Mẫu 1.1–1.3: Quyết định, Nghị quyết: the authority, bases, proposal, articles, and the document issued with it. */
function decisionSchema(type: DocumentType) {
  return z.strictObject({
    ...headFields(type),
    summary: summaryField,
    authority: authorityField,
    authorityInText: authorityInTextField,
    bases: basesField,
    proposal: proposalField,
    articles: articlesField,
    executingArticle: executingArticleField,
    attachment: attachmentField,
    appendices: appendicesField,
    ...tailFields,
    recipients: optionalRecipients,
  });
}

/** Mẫu 1.5: Công văn: no type name, V/v under the number, Kính gửi. */
function letterSchema(type: DocumentType) {
  return z.strictObject({
    ...headFields(type),
    subject: subjectField,
    unit: unitField,
    to: addresseesField,
    bases: basesField,
    opening: openingField,
    numbering: numberingField(),
    body: bodyField,
    closing: closingField,
    appendices: appendicesField,
    ...tailFields,
    recipients: optionalRecipients,
  });
}

/** Mẫu 1.6: Công điện: who sends it ("… điện:") and to whom, then the text. */
function telegramSchema(type: DocumentType) {
  return z.strictObject({
    ...headFields(type),
    summary: summaryField,
    sender: senderField,
    to: addresseesField,
    numbering: numberingField(),
    body: bodyField,
    closing: closingField,
    ...tailFields,
    recipients: optionalRecipients,
  });
}

/** Mẫu 1.7: Giấy mời. */
function invitationSchema(type: DocumentType) {
  return z.strictObject({ ...headFields(type), summary: summaryField, ...invitationFields, ...tailFields, recipients: optionalRecipients });
}

/** Mẫu 1.8: Giấy giới thiệu (no trích yếu). */
function introductionSchema(type: DocumentType) {
  return z.strictObject({ ...headFields(type), ...introductionFields, ...tailFields, recipients: optionalRecipients });
}

/** Mẫu 1.9: Biên bản: no place and date in the header (the place is optional), the meeting, two signers. */
function minutesSchema(type: DocumentType) {
  return z.strictObject({
    ...headFields(type),
    place: placeField.optional(),
    summary: summaryField,
    ...minutesFields,
    numbering: numberingField(),
    body: bodyField,
    appendices: appendicesField,
    ...tailFields,
    recipients: optionalRecipients,
  });
}

/** Mẫu 1.10: Giấy nghỉ phép (no trích yếu). */
function leaveSchema(type: DocumentType) {
  return z.strictObject({ ...headFields(type), ...leaveFields, ...tailFields });
}

/** Hợp đồng, Bản ghi nhớ, Bản thỏa thuận: two parties, their terms as articles, two signers; Nơi nhận optional. */
function agreementSchema(type: DocumentType) {
  return z.strictObject({
    ...headFields(type),
    summary: summaryField,
    bases: basesField,
    opening: openingField,
    parties: partiesField,
    numbering: numberingField('articles'),
    body: bodyField,
    closing: closingField,
    appendices: appendicesField,
    ...tailFields,
    recipients: optionalRecipients,
    archive: archiveField.optional(),
  });
}

const schemaOfForm = {
  text: textSchema,
  decision: decisionSchema,
  letter: letterSchema,
  telegram: telegramSchema,
  invitation: invitationSchema,
  introduction: introductionSchema,
  minutes: minutesSchema,
  leave: leaveSchema,
  agreement: agreementSchema,
} satisfies { [F in DocumentForm]: (type: DocumentType) => z.ZodObject };

/** Each form's plan, as its schema reads it. */
export type FormPlans = { [F in DocumentForm]: z.infer<ReturnType<(typeof schemaOfForm)[F]>> };

/**
 * One type's schema. One signer or two (signers): one of the two keys is required, said as the schema says a missing
 * key (the one the form and the issuers call for); run also when other fields are wrong, so that every problem is reported at once.
 */
function typeSchema(type: DocumentType) {
  return schemaOfForm[type.form](type)
    .superRefine(
      (plan, context) => {
        if (plan === null || typeof plan !== 'object' || plan.signer !== undefined || plan.signers !== undefined) return;
        // Where two sign (a biên bản, an agreement, a joint document), the key asked for is signers.
        const agency = plan.agency !== null && typeof plan.agency === 'object' ? plan.agency : {};
        const two = signerCount({ type: type.key, agency }) === 2;
        context.addIssue({ code: 'invalid_type', expected: two ? 'array' : 'object', input: undefined, path: [two ? 'signers' : 'signer'] });
      },
      { when: () => true },
    )
    .meta({ id: type.key, title: `${type.name} (${type.key})` });
}

type TypeSchema = ReturnType<typeof typeSchema>;

/**
 * Each type's own schema, by its key, made the first time it is asked for: a build reads each plan by its own type's
 * schema only, so a start-up does not pay for the 28 others.
 */
class TypeSchemas {
  private readonly made = new Map<string, TypeSchema>();

  has(key: string): boolean {
    return documentTypes.some((type) => type.key === key);
  }

  get(key: string): TypeSchema | undefined {
    let schema = this.made.get(key);
    if (schema === undefined && this.has(key)) {
      schema = typeSchema(documentTypes.find((type) => type.key === key)!);
      this.made.set(key, schema);
    }
    return schema;
  }

  all(): TypeSchema[] {
    return documentTypes.map((type) => this.get(type.key)!);
  }
}

export const typeSchemas = new TypeSchemas();

/** Every type's schema in one, discriminated by `type` (for the JSON Schema and for tests). */
export function planSchema() {
  return z.discriminatedUnion('type', typeSchemas.all() as [TypeSchema, ...TypeSchema[]]).meta({
    title: 'Văn bản (plan)',
    ...about(
      'Tệp kế hoạch của công cụ plan: nội dung một văn bản hành chính theo Nghị định 30/2020/NĐ-CP; "type" chọn loại văn bản',
      'A plan file for the plan tool: the content of an administrative document laid out per Decree 30/2020/NĐ-CP; "type" chooses the document type',
    ),
  });
}

/** A plan of any type: the fields every type has, and each form's own under its type (see plan-forms.ts). */
export type Plan = FormPlans[DocumentForm];
export { printedText };
