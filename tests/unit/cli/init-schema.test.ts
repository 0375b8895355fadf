// `plan init` links the editor to a plan.schema.json written beside the plan, never into plan's install folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../../src/cli/run';
import { memoryIo } from '../fixtures';

const committed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema', 'plan.schema.json'), 'utf8');
const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-init-schema-'));
const long = new Date('2001-01-01T00:00:00Z');

describe('plan init and the schema beside the plan', () => {
  it('writes plan.schema.json beside the plan and links it by its bare name, so the folder can move', async () => {
    const dir = temp();
    const io = memoryIo();
    expect(await run(['init', path.join(dir, 'ke-hoach.yaml'), '--lang', 'en'], io)).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['ke-hoach.yaml', 'plan.schema.json']);
    expect(fs.readFileSync(path.join(dir, 'ke-hoach.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=plan.schema.json');
    expect(fs.readFileSync(path.join(dir, 'plan.schema.json'), 'utf8')).toBe(committed);
    expect(io.out).toEqual([path.join(dir, 'ke-hoach.yaml')]);
    expect(io.err.join('\n')).toContain(`wrote ${path.join(dir, 'ke-hoach.yaml')}, ${path.join(dir, 'plan.schema.json')}`);
    // Moved elsewhere, the plan still finds its schema and still builds.
    const moved = `${dir}-moved`;
    fs.renameSync(dir, moved);
    expect(fs.existsSync(path.join(moved, 'plan.schema.json'))).toBe(true);
    expect(await run(['build', path.join(moved, 'ke-hoach.yaml'), '--out', moved, '--format', 'docx'], memoryIo())).toBe(0);
  });

  it('leaves a schema that already holds these bytes as it was, its date too', async () => {
    const dir = temp();
    const schema = path.join(dir, 'plan.schema.json');
    fs.writeFileSync(schema, committed);
    fs.utimesSync(schema, long, long);
    expect(await run(['init', path.join(dir, 'a.yaml')], memoryIo())).toBe(0);
    expect(fs.statSync(schema).mtime).toEqual(long);
    const io = memoryIo();
    expect(await run(['init', path.join(dir, 'b.yaml'), '--lang', 'en'], io)).toBe(0);
    expect(io.err.join('\n')).toContain(`wrote ${path.join(dir, 'b.yaml')};`);
    expect(fs.statSync(schema).mtime).toEqual(long);
  });

  it("brings a schema an older plan wrote up to date (it is plan's own, and regenerable)", async () => {
    const dir = temp();
    const schema = path.join(dir, 'plan.schema.json');
    const older = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Kế hoạch (plan)', type: 'object' });
    fs.writeFileSync(schema, older);
    expect(await run(['init', path.join(dir, 'ke-hoach.yaml')], memoryIo())).toBe(0);
    expect(fs.readFileSync(schema, 'utf8')).toBe(committed);
  });

  it.each([
    ['a schema of something else', '{"title": "Kubernetes"}'],
    ['a file that is not JSON', 'ghi chú của tôi'],
  ])('refuses to replace %s without --force, writing nothing (exit 2)', async (_what, content) => {
    const dir = temp();
    const schema = path.join(dir, 'plan.schema.json');
    fs.writeFileSync(schema, content);
    const io = memoryIo();
    expect(await run(['init', path.join(dir, 'ke-hoach.yaml'), '--lang', 'en'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('plan.schema.json" already exists and is not a JSON Schema written by plan; add --force to overwrite it');
    expect(fs.readdirSync(dir)).toEqual(['plan.schema.json']);
    expect(fs.readFileSync(schema, 'utf8')).toBe(content);
    expect(await run(['init', path.join(dir, 'ke-hoach.yaml'), '--force'], memoryIo())).toBe(0);
    expect(fs.readFileSync(schema, 'utf8')).toBe(committed);
  });

  it('refuses a plan named like the schema beside it (exit 2)', async () => {
    const dir = temp();
    const io = memoryIo();
    expect(await run(['init', path.join(dir, 'PLAN.schema.json'), '--lang', 'en'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('is the name of the JSON Schema written beside the plan');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
