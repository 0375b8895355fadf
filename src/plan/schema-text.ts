// The schema's building blocks for text a plan prints, shared by the plan's schema and its parts (tables).
import { z } from 'zod';
import { printsNothing, printsNothingMarked } from './printed-text';

// Validators are interpreted, not compiled with new Function: a plan is checked once per process, and compiled code
// would not be in the code cache. Set here, before any schema is made (zod reads it when a schema is built), since
// every schema file imports this one first.
z.config({ jitless: true });

/** The metadata of a field: its description, "<Vietnamese> / <English>", shown by editors through the JSON Schema. */
export function about(vi: string, en: string): { description: string } {
  return { description: `${vi} / ${en}` };
}

/**
 * Text the document prints (a heading, a name, a header line): not empty, and not blank either. The refinement is the
 * rule; the pattern (something other than spaces and the common invisible characters) says most of it to editors
 * through the JSON Schema. Both fail on "  ": the refinement's issue comes first and flattenIssues keeps only it.
 */
export function printedText() {
  return z
    .string()
    .min(1)
    .refine((text) => text === '' || !printsNothing(text), { params: { blank: true } }) // '' is min(1)'s to report
    .regex(/^$|[^\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/);
}

/** Printed text read for **bold** and *italic*: the marks alone ("****") print nothing either. */
export function markedText() {
  return printedText().refine((text) => printsNothing(text) || !printsNothingMarked(text), { params: { markupOnly: true } });
}
