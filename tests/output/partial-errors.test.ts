// A mistake in a user's partial is reported in that partial's own file and line, and partials calling each other in a
// loop are named before anything runs; nothing is written (issue 13).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const plan = path.join(repoRoot, 'plans', '2020.yaml');
let dir: string;
let templates: string;
let out: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-partials-'));
  templates = path.join(dir, 'tpl');
  out = path.join(dir, 'out');
  fs.cpSync(path.join(repoRoot, 'templates'), templates, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const partial = (name: string) => path.join(templates, 'partials', `${name}.hbs`);

async function build(lang: 'vi' | 'en' = 'en'): Promise<{ code: number; err: string }> {
  const io = memoryIo({});
  const code = await run(['build', plan, '--out', out, '--template', templates, '--lang', lang], io);
  return { code, err: io.err.join('\n') };
}

describe('errors in a partial', () => {
  it('a syntax error is at the partial and its line, not at the main template', async () => {
    fs.writeFileSync(partial('header'), '@nation CỘNG HÒA\n{{#each\n');
    const { code, err } = await build();
    expect(code).toBe(1);
    expect(err).toContain(`${partial('header')}:2  error: the template is wrong: Parse error on line 2:`);
    expect(err).not.toContain('ke-hoach.hbs');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('an unknown field is at the partial and its own line', async () => {
    fs.appendFileSync(partial('signature'), '{{nosuchfield}}\n');
    const line = fs.readFileSync(partial('signature'), 'utf8').split('\n').length - 1;
    const { code, err } = await build();
    expect(code).toBe(1);
    expect(err).toContain(`${partial('signature')}:${line}  error: the template is wrong: "nosuchfield" not defined`);
    expect(err).not.toContain('ke-hoach.hbs');
  });

  it('an unknown field in a partial called from another partial is at the inner one', async () => {
    fs.writeFileSync(partial('recipients'), '@recipients-label Nơi nhận:\n{{khong_co}}\n');
    const { code, err } = await build();
    expect(code).toBe(1);
    expect(err).toContain(`${partial('recipients')}:2  error: the template is wrong: "khong_co" not defined`);
  });

  it('an error in the main template is still at the main template', async () => {
    const main = path.join(templates, 'ke-hoach.hbs');
    fs.appendFileSync(main, '{{khong_co}}\n');
    const line = fs.readFileSync(main, 'utf8').split('\n').length - 1;
    const { code, err } = await build();
    expect(code).toBe(1);
    expect(err.startsWith(`${main}:${line}  error: the template is wrong: "khong_co" not defined`)).toBe(true);
  });

  it('a partial that calls itself is named at the call, in both languages', async () => {
    fs.appendFileSync(partial('title'), '{{> title}}\n');
    const line = fs.readFileSync(partial('title'), 'utf8').split('\n').length - 1;
    const en = await build('en');
    expect(en.code).toBe(1);
    expect(en.err).toContain(`${partial('title')}:${line}  error: the partial "title" calls itself ({{> title}}) and would never end`);
    expect(en.err).not.toContain('call stack');
    const vi = await build('vi');
    expect(vi.err).toContain(`${partial('title')}:${line}  lỗi: partial "title" tự gọi lại chính nó ({{> title}}), sẽ lặp mãi`);
  });

  it('partials calling each other in a loop are named in order, even when the loop is inside a block', async () => {
    fs.appendFileSync(partial('title'), '{{#if typeName}}{{> signature}}{{/if}}\n');
    fs.writeFileSync(partial('recipients'), '@recipients-label Nơi nhận:\n{{> title}}\n');
    const { code, err } = await build();
    expect(code).toBe(1);
    expect(err).toContain(`${partial('recipients')}:2  error: the partials call each other in a loop: title → signature → recipients → title, which would never end`);
    expect(err).not.toContain('call stack');
  });

  it('the unchanged copy of the built-in templates still builds', async () => {
    const { code } = await build();
    expect(code).toBe(0);
    expect(fs.existsSync(path.join(out, '2020.pdf'))).toBe(true);
  });
});
