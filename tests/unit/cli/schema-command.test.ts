import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { schemaCommand } from '../../../src/cli/schema-command';
import { planJsonSchema } from '../../../src/plan/json-schema';
import { memoryIo } from '../fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-schema-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const committedText = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema', 'plan.schema.json'), 'utf8');

describe('schemaCommand', () => {
  it('prints the schema on stdout, the same bytes as schema/plan.schema.json once the line ends', async () => {
    const io = memoryIo();
    await schemaCommand({}, io);
    expect(io.err).toEqual([]);
    expect(io.out).toHaveLength(1);
    expect(JSON.parse(io.out[0]!)).toEqual(planJsonSchema());
    expect(`${io.out[0]}\n`).toBe(committedText);
  });

  it('writes the schema to --out, creating folders, and says so in Vietnamese on stderr', async () => {
    const io = memoryIo();
    const file = path.join(dir, 'a', 'b', 'plan.schema.json');
    await schemaCommand({ out: file }, io);
    expect(io.out).toEqual([]);
    expect(io.err).toEqual([`đã ghi ${file}`]);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toBe(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['plan.schema.json']);
  });

  it('says it in English when the io asks for English', async () => {
    const io = { ...memoryIo(), language: 'en' as const };
    const file = path.join(dir, 'en.schema.json');
    await schemaCommand({ out: file }, io);
    expect(io.err).toEqual([`wrote ${file}`]);
  });
});
