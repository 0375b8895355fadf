import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import Ajv2020 from 'ajv/dist/2020';
import { parseDocument } from 'yaml';
import { parse } from 'yaml';
import { planJsonSchema, planJsonSchemaText } from '../../../src/plan/json-schema';
import { minimalPlanYaml } from '../fixtures';

const repoRoot = path.join(__dirname, '..', '..', '..');
const schemaFile = path.join(repoRoot, 'schema', 'plan.schema.json');
const committed = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;

const yamlIn = (dir: string) =>
  fs
    .readdirSync(path.join(repoRoot, dir))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(dir, name));
const planFiles = yamlIn('plans');
const parityFiles = yamlIn(path.join('tests', 'fixtures', 'parity'));

/** The first place where two JSON values differ, as a JSON pointer ("" when they are equal). */
function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}/${key}`);
      if (found !== undefined) return found;
    }
  }
  return at || '/';
}

/** Every entry of every "properties" map in a JSON Schema, wherever it sits ($defs, items, anyOf, …). */
function allProperties(node: unknown, at = '#'): Array<{ at: string; schema: Record<string, unknown> }> {
  if (node === null || typeof node !== 'object') return [];
  const found: Array<{ at: string; schema: Record<string, unknown> }> = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(node))
      for (const [name, schema] of Object.entries(value as Record<string, Record<string, unknown>>)) {
        found.push({ at: `${at}/properties/${name}`, schema });
        found.push(...allProperties(schema, `${at}/properties/${name}`));
      }
    else found.push(...allProperties(value, `${at}/${key}`));
  }
  return found;
}

describe('planJsonSchema', () => {
  it('matches the committed schema/plan.schema.json', () => {
    const difference = firstDifference(committed, planJsonSchema());
    if (difference !== undefined)
      throw new Error(
        `schema/plan.schema.json is out of date (first difference at ${difference}): run \`npm run build && npm run schema\` and commit the file`,
      );
  });

  it('is draft 2020-12 without $id, and the same text on every run', () => {
    const schema = planJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).not.toHaveProperty('$id');
    expect(planJsonSchemaText()).toBe(planJsonSchemaText());
    expect(planJsonSchemaText().endsWith('}\n')).toBe(true);
  });

  it('refers to the recursive section and content types through $defs', () => {
    const schema = planJsonSchema() as { $defs: Record<string, { properties: Record<string, unknown>; items: unknown }> };
    expect(schema.$defs['ke-hoach']!.properties.body).toMatchObject({ $ref: '#/$defs/body' });
    expect(schema.$defs.body!.items).toEqual({ $ref: '#/$defs/content' });
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['content', 'section']));
    expect(JSON.stringify(schema.$defs.section)).toContain('"$ref":"#/$defs/content"');
    expect(JSON.stringify(schema.$defs.content)).toContain('"$ref":"#/$defs/section"');
  });

  it('leaves fields with defaults optional (the input side)', () => {
    const schema = planJsonSchema() as { $defs: Record<string, { required?: string[]; oneOf?: unknown }> };
    const plan = schema.$defs['ke-hoach']!;
    expect(plan.required).not.toContain('numbering');
    expect(plan.required).not.toContain('layout');
    expect(schema.$defs.signer!.required).toBeUndefined();
    expect(schema.$defs.signer!.oneOf).toMatchObject([{ required: ['title'] }, { required: ['lines'] }]);
  });

  it('has one schema per document type, chosen by type', () => {
    const schema = planJsonSchema() as { properties: { type: { enum: string[] } }; allOf: Array<{ if: unknown; then: { $ref: string } }>; $defs: Record<string, { properties: { type: { const: string } } }> };
    expect(schema.properties.type.enum).toHaveLength(29);
    for (const key of schema.properties.type.enum) {
      expect(schema.$defs[key]!.properties.type.const).toBe(key);
      expect(schema.allOf).toContainEqual(expect.objectContaining({ then: { $ref: `#/$defs/${key}` } }));
    }
  });

  it('describes the root and every property in Vietnamese and English', () => {
    expect(committed.title).toEqual(expect.any(String));
    expect(committed.description).toContain(' / ');
    const properties = allProperties(committed);
    expect(properties.length).toBeGreaterThanOrEqual(30);
    const undescribed = properties
      .filter(({ schema }) => {
        const description = schema.description;
        if (typeof description !== 'string') return true;
        const [vi, en, ...rest] = description.split(' / ');
        return !vi?.trim() || !en?.trim() || rest.length > 0;
      })
      .map(({ at }) => at);
    expect(undescribed).toEqual([]);
  });
});

describe('schema/plan.schema.json with a JSON Schema validator (ajv, draft 2020-12)', () => {
  // errorMessage and enumDescriptions are the editors' keywords (yaml-language-server, VS Code): declared, so strict
  // mode knows them; a line or several lines is one node of both types (editor-choices.ts), allowed when told.
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, keywords: ['errorMessage', 'enumDescriptions'] });
  const validate = ajv.compile(committed);
  const seed = parse(fs.readFileSync(path.join(repoRoot, 'plans', '2020.yaml'), 'utf8')) as Record<string, unknown>;
  const errorsOf = (plan: unknown) => (validate(plan) ? [] : (validate.errors ?? []));
  /** Every mistake inside a plan fails its type's schema too (the "then" its type chose), said last. */
  const typeSchemaFails = expect.objectContaining({ instancePath: '', keyword: 'if', params: { failingKeyword: 'then' } });

  it.each([...planFiles, ...parityFiles])('accepts %s', (file) => {
    expect(errorsOf(parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')))).toEqual([]);
  });

  it('accepts the minimal plan', () => {
    expect(errorsOf(parse(minimalPlanYaml))).toEqual([]);
  });

  it('rejects the invalid plans of tests/fixtures/invalid, except mistakes only plan itself can see', () => {
    // A JSON Schema cannot know the decree's rules across fields, the font or YAML's own syntax (its date patterns
    // know the calendar: 21, 25 and 43, dates that do not exist, are rejected).
    const beyondJsonSchema = new Set([
      '46-three-mistakes.yaml', // (one of its three mistakes is a schema mistake, checked below)
      '49-archive-without-vt.yaml', '50-kt-without-head.yaml', // rules across fields
      '65-expression-leaves-nothing.yaml', '80-expression-not-a-name.yaml', '81-expression-wrong-form.yaml', // what a {{…}} expression prints
      '99-appendix-reference-beyond.yaml', // which appendices a {{appendix N}} may name
      '101-signer-lines-kt-without-period.yaml', '102-signer-lines-party-form.yaml', '103-signer-lines-kt-without-title.yaml', // the decree's signing forms
      '105-signer-lines-four.yaml', '106-signer-lines-tl-after-kt.yaml', // (said at the line, with the right form)
      '110-signers-one-issuer.yaml', '111-partner-one-signer.yaml', '114-signers-kt-without-head.yaml', // one signer or two, by the issuers
      '115-party-state-prefix.yaml', '116-party-authority.yaml', '117-party-three-lines.yaml', '121-doan-party-prefix.yaml', // the issuer kind's signing forms
      '119-party-code-with-type.yaml', // what agency.code may hold on a Party document
      '82-markup-only.yaml', // what **bold** and *italic* marks leave
      '66-number-hex.yaml', '67-number-exponent.yaml', '68-number-plus-sign.yaml', // how the number is written (YAML gives the value only)
      '90-alias-unknown-anchor.yaml', '91-alias-before-anchor.yaml', // no value at all: the editor's YAML parser reports it
      '92-margins-hex-exponent.yaml', '109-marks-number-forms.yaml', // how the margins and the marks' numbers are written
      '94-table-row-cells.yaml', '95-table-span-beyond.yaml', '96-table-too-wide.yaml', '97-table-no-rows.yaml', // a table's grid, widths and rows
      '127-bien-ban-one-signer.yaml', '136-bien-ban-signers-swapped.yaml', // who signs a biên bản, and on which side
      '130-executing-article-beyond.yaml', '131-cong-van-recipient-nhu-tren.yaml', // Nơi nhận's automatic first line
      '132-leave-dates-reversed.yaml', '138-leave-request-after-date.yaml', '140-giay-gioi-thieu-expired.yaml', // dates in order
    ]);
    const folder = path.join(repoRoot, 'tests', 'fixtures', 'invalid');
    const accepted: string[] = [];
    for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.yaml'))) {
      const document = parseDocument(fs.readFileSync(path.join(folder, file), 'utf8').replace(/^\ufeff/, ''));
      if (document.errors.length > 0) continue; // a YAML syntax mistake: the editor's YAML parser reports it
      if (!beyondJsonSchema.has(file) && validate(document.toJS())) accepted.push(file);
    }
    expect(accepted).toEqual([]);
    expect(validate(parseDocument(fs.readFileSync(path.join(folder, '46-three-mistakes.yaml'), 'utf8')).toJS())).toBe(false);
  });

  it('rejects an unknown key', () => {
    const { signer, ...rest } = seed;
    expect(errorsOf({ ...rest, signr: signer })).toEqual(
      expect.arrayContaining([expect.objectContaining({ instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'signr' } })]),
    );
  });

  it('rejects an unknown document type', () => {
    expect(errorsOf({ ...seed, type: 'ke-hoac' })).toEqual([expect.objectContaining({ instancePath: '/type', keyword: 'enum' })]);
  });

  it('rejects a plan without a signer (nor signers), and one with both', () => {
    const { signer, ...rest } = seed;
    // One of the two keys is required: the validator names both, and the choice between them.
    expect(errorsOf(rest)).toEqual([
      expect.objectContaining({ instancePath: '', keyword: 'required', params: { missingProperty: 'signer' } }),
      expect.objectContaining({ instancePath: '', keyword: 'required', params: { missingProperty: 'signers' } }),
      expect.objectContaining({ instancePath: '', keyword: 'oneOf' }),
      typeSchemaFails,
    ]);
    expect(errorsOf({ ...seed, signers: [signer, signer] })).toEqual([expect.objectContaining({ instancePath: '', keyword: 'oneOf' }), typeSchemaFails]);
  });

  it('rejects signers that are not exactly two', () => {
    const { signer, ...rest } = seed;
    expect(errorsOf({ ...rest, signers: [signer] })).toEqual(expect.arrayContaining([expect.objectContaining({ instancePath: '/signers', keyword: 'minItems' })]));
    expect(errorsOf({ ...rest, signers: [signer, signer, signer] })).toEqual(expect.arrayContaining([expect.objectContaining({ instancePath: '/signers', keyword: 'maxItems' })]));
  });

  it('rejects a left margin outside 30–35 mm', () => {
    const layout = seed.layout as { margins: Record<string, number> };
    const plan = { ...seed, layout: { ...layout, margins: { ...layout.margins, left: 10 } } };
    expect(errorsOf(plan)).toEqual([expect.objectContaining({ instancePath: '/layout/margins/left', keyword: 'minimum' }), typeSchemaFails]);
  });

  it('rejects an unknown key inside a nested section', () => {
    const plan = { ...seed, body: [{ heading: 'Mục đích', content: [{ heading: 'Yêu cầu', contnet: ['x'] }] }] };
    expect(validate(plan)).toBe(false);
  });
});

describe('the yaml-language-server line', () => {
  it.each([...planFiles, ...parityFiles])('%s starts with it, pointing at schema/plan.schema.json', (file) => {
    const firstLine = fs.readFileSync(path.join(repoRoot, file), 'utf8').split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
    expect(match).not.toBeNull();
    expect(path.resolve(repoRoot, path.dirname(file), match![1]!)).toBe(schemaFile);
  });

  it('covers at least the seed plan', () => {
    expect(planFiles).toContain(path.join('plans', '2020.yaml'));
  });
});
