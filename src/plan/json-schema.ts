// The JSON Schema (draft 2020-12) of a plan file, generated from the zod schema, for editors (yaml-language-server).
import { z } from 'zod';
import { documentTypes } from '../decree/document-types';
import { addEditorHints } from './editor-hints';
import { planSchema } from './plan-schema';
import { propertyTitles } from './property-titles';

const draft202012 = 'https://json-schema.org/draft/2020-12/schema';

type ObjectNode = Record<string, unknown> & { properties: Record<string, Record<string, unknown>>; oneOf?: unknown };

/**
 * The plan's JSON Schema as plain JSON: the input side of the zod schema (fields with defaults are optional), each
 * document type's schema and the parts they share as `$defs`, the type choosing its schema (`if`/`then`, which editors
 * follow for completion and messages), no `$id`, with the titles and messages editors show (editor-hints.ts). The
 * same bytes on every run.
 */
export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(planSchema(), {
    target: 'draft-2020-12',
    io: 'input',
    // A section holds content that holds sections: the cycle becomes "$ref": "#/$defs/…" (named by the ids in the
    // schema's files); the parts every type shares are named too; other schemas used twice are written out in place,
    // so each keeps its own description.
    cycles: 'ref',
    reused: 'inline',
    // Checks JSON Schema cannot express (the decree's rules across fields) are left to `plan validate`; a zod type
    // with no JSON Schema equivalent at all is a mistake, so it throws.
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema: _ignored, $id: _noId, oneOf: _byType, title, description, $defs } = generated as { $defs: Record<string, ObjectNode> } & Record<string, unknown>;
  // The signer's title or its lines, one of the two (a refinement in plan-parts.ts, which zod cannot export). Each
  // branch names its key's own schema again, for validators in strict mode (a required key must be defined).
  const signer = $defs.signer!;
  signer.oneOf = ['title', 'lines'].map((key) => ({ properties: { [key]: signer.properties[key] }, required: [key] }));
  // One signer or two: signer or signers, one of the two (a refinement in plan-schema.ts too). Each branch names its
  // key with the key's title and description only (annotations, no constraint), not its whole schema again.
  const choicesOf = new Map<string, Array<Record<string, unknown>>>();
  for (const { key } of documentTypes) {
    const branch = $defs[key]!;
    // A key whose schema is a shared definition shows that definition's description where the key stands, as editors
    // show a property's own (a $ref may have annotations beside it).
    for (const property of Object.values(branch.properties)) {
      const shared = typeof property.$ref === 'string' ? $defs[property.$ref.slice('#/$defs/'.length)] : undefined;
      if (shared && property.description === undefined) property.description = shared.description;
    }
    const described = (name: string) => ({ title: propertyTitles[name], description: branch.properties[name]!.description });
    const choices = ['signer', 'signers'].map((name) => ({ properties: { [name]: described(name) }, required: [name] }));
    branch.oneOf = choices;
    choicesOf.set(key, choices);
  }
  const typeKeys = documentTypes.map((type) => type.key);
  const schema = addEditorHints(
    {
      $schema: draft202012,
      title,
      description,
      type: 'object',
      properties: { type: { type: 'string', enum: typeKeys, description: $defs[typeKeys[0]!]!.properties.type!.description } },
      required: ['type'],
      // The type chooses the schema: every key of the plan is checked by its type's own.
      allOf: typeKeys.map((key) => ({ if: { properties: { type: { const: key, description: $defs[key]!.properties.type!.description } }, required: ['type'] }, then: { $ref: `#/$defs/${key}` } })),
      $defs,
    },
    new Set(typeKeys),
  );
  // An editor says a branch's missing key in the branch's own words: the type's list of keys (signer or signers).
  for (const [key, choices] of choicesOf) for (const choice of choices) choice.errorMessage = ($defs[key] as Record<string, unknown>).errorMessage as string;
  // The conditions name the key as the types' own schemas do (title and message), though an editor never reports them.
  for (const { if: condition } of schema.allOf as Array<{ if: { properties: { type: Record<string, unknown> } } }>) {
    const own = $defs[condition.properties.type.const as string]!.properties.type!;
    Object.assign(condition.properties.type, { title: own.title, errorMessage: own.errorMessage });
  }
  return schema;
}

/** The schema as the committed file and `plan schema` write it: 2-space indented JSON with a trailing newline. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
