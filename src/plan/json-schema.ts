// The JSON Schema (draft 2020-12) of a plan file, generated from the zod schema, for editors (yaml-language-server).
import { z } from 'zod';
import { addEditorHints } from './editor-hints';
import { planSchema } from './plan-schema';
import { propertyTitles } from './property-titles';

const draft202012 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * The plan's JSON Schema as plain JSON: the input side of the zod schema (fields with defaults are optional),
 * the recursive section and content types as `$defs` references, no `$id`, with the titles and messages editors show
 * (editor-hints.ts). The same bytes on every run.
 */
export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(planSchema, {
    target: 'draft-2020-12',
    io: 'input',
    // A section holds content that holds sections: the cycle becomes "$ref": "#/$defs/…" (named by the ids in
    // plan-schema.ts); other schemas used twice are written out in place, so each keeps its own description.
    cycles: 'ref',
    reused: 'inline',
    // Checks JSON Schema cannot express (the decree's rules across fields) are left to `plan validate`; a zod type
    // with no JSON Schema equivalent at all is a mistake, so it throws.
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema: _ignored, $id: _noId, ...rest } = generated;
  // The signer's title or its lines, one of the two (plan-schema.ts says so in a refinement, which zod cannot export).
  // Each branch names its key's own schema again, for validators in strict mode (a required key must be defined).
  type ObjectNode = { properties: Record<string, unknown>; oneOf?: unknown };
  const properties = rest.properties as Record<string, ObjectNode & { items?: ObjectNode }>;
  for (const signer of [properties.signer!, properties.signers!.items!])
    signer.oneOf = ['title', 'lines'].map((key) => ({ properties: { [key]: signer.properties[key] }, required: [key] }));
  // One signer or two: signer or signers, one of the two (a refinement in plan-schema.ts too).
  // Each branch names its key with the key's title and description only (annotations, no constraint), not its whole schema again.
  const described = (key: string) => ({ title: propertyTitles[key], description: (properties[key] as unknown as { description: string }).description });
  const choices: Array<Record<string, unknown>> = ['signer', 'signers'].map((key) => ({ properties: { [key]: described(key) }, required: [key] }));
  rest.oneOf = choices;
  const schema = addEditorHints({ $schema: draft202012, ...rest });
  // An editor says a branch's missing key in the branch's own words: the root's list of keys (signer or signers).
  for (const branch of choices) branch.errorMessage = schema.errorMessage as string;
  return schema;
}

/** The schema as the committed file and `plan schema` write it: 2-space indented JSON with a trailing newline. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
