// The zod schema of a plan file: every field a Kế hoạch needs, strict (unknown keys are errors).
import { z } from 'zod';
import { documentTypeKeys } from './document-types';
import { parseIssueDate } from './issue-date';

/** One line of text, or several lines given as a list (each list item starts a new line). */
const lines = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** A calendar date "YYYY-MM-DD", or "YYYY-MM" when the day is left blank for the signer. */
const issueDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'viết ngày dạng "2020-09-18" (năm-tháng-ngày), hoặc "2020-09" để trống ngày')
  .refine((text) => parseIssueDate(text) !== undefined, 'ngày này không có trong lịch');

export const authorityPrefixes = ['', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'] as const;

/** An item of a "-" list: plain text, or text with a "+" sub-list under it. */
const listItem = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    list: z.array(z.string().min(1)).min(1),
  }),
]);

const listBlock = z.strictObject({ list: z.array(listItem).min(1) });

export interface SectionInput {
  heading: string;
  content?: ContentInput[];
}
export type ContentInput = string | z.infer<typeof listBlock> | SectionInput;

const section: z.ZodType<SectionInput> = z.lazy(() =>
  z.strictObject({
    heading: z.string().min(1),
    content: z.array(content).optional(),
  }),
);
const content: z.ZodType<ContentInput> = z.lazy(() => z.union([z.string().min(1), listBlock, section]));

const recipient = z.union([
  z.string().min(1),
  z.strictObject({ name: z.string().min(1), purpose: z.string().min(1) }),
]);

const margins = z.strictObject({
  top: z.number().min(20).max(25),
  bottom: z.number().min(20).max(25),
  left: z.number().min(30).max(35),
  right: z.number().min(15).max(20),
});

export const planSchema = z.strictObject({
  type: z.enum(documentTypeKeys),
  agency: z.strictObject({
    parent: lines.optional(),
    name: lines,
    code: z.string().regex(/^\S+$/, 'expected an abbreviation without spaces, such as "SGDĐT"'),
  }),
  number: z.number().int().positive().optional(),
  place: z.string().min(1),
  date: issueDate,
  summary: lines,
  bases: z.array(z.string().min(1)).optional(),
  opening: z.array(z.string().min(1)).optional(),
  numbering: z.enum(['decimal', 'roman']).default('decimal'),
  body: z.array(content).min(1),
  closing: z.array(z.string().min(1)).optional(),
  recipients: z.array(recipient).min(1),
  archive: z.array(z.string().min(1)).min(1),
  signer: z.strictObject({
    authority: z.enum(authorityPrefixes).default(''),
    head: z.string().min(1).optional(),
    title: z.string().min(1),
    name: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  }),
  layout: z
    .strictObject({
      sizes: z.enum(['13/14', '12/13']).default('13/14'),
      margins: margins.optional(),
      firstLineIndent: z.union([z.literal(1), z.literal(1.27)]).default(1),
    })
    .default({ sizes: '13/14', firstLineIndent: 1 }),
  metadata: z.strictObject({ author: z.string().min(1).optional() }).optional(),
});

export type Plan = z.infer<typeof planSchema>;
export type ListItemInput = z.infer<typeof listItem>;
