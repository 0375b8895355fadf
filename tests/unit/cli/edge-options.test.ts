// Command-line values at their edges: empty paths, --type outside the starters, SOURCE_DATE_EPOCH out of range,
// `next` past the year 9999, and a failed write into folders the build had to make.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { unzipSync } from 'fflate';
import { run } from '../../../src/cli/run';
import { documentTypeKeys } from '../../../src/decree/document-types';
import { memoryIo, minimalPlanYaml } from '../fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-edge-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const plan = path.join(dir, 'ke-hoach.yaml');
fs.writeFileSync(plan, `${minimalPlanYaml}  name: Nguyễn Văn A\n`);
let count = 0;
const fresh = () => path.join(dir, `out-${count++}`);

async function usage(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ vi: string; en: string }> {
  const vi = memoryIo(env);
  const en = memoryIo(env);
  expect(await run(args, vi)).toBe(2);
  expect(await run([...args, '--lang', 'en'], en)).toBe(2);
  expect(vi.out).toEqual([]);
  return { vi: vi.err.join('\n'), en: en.err.join('\n') };
}

describe('an empty path is refused, not taken as the current folder', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it.each([
    ['build --out', (out: string) => ['build', plan, '--out', out]],
    ['build --template', (_: string) => ['build', plan, '--template', '']],
    ['next --out', (out: string) => ['next', plan, '--out', out]],
    ['schema --out', (out: string) => ['schema', '--out', out]],
  ])('%s ""', async (_name, args) => {
    const work = fresh();
    fs.mkdirSync(work);
    process.chdir(work);
    const { vi, en } = await usage(args(''));
    expect(vi).toMatch(/lỗi: --(out|template) trống; cần một đường dẫn/);
    expect(en).toMatch(/error: --(out|template) is empty; a path is needed/);
    expect(fs.readdirSync(work)).toEqual([]);
  });

  it('init ""', async () => {
    const { vi, en } = await usage(['init', '']);
    expect(vi).toContain('lỗi: tên tệp trống');
    expect(en).toContain('error: the file name is empty');
  });
});

describe('init --type takes only a document type that has a starter', () => {
  it.each(['../../x', '../starters/ke-hoach', 'ke-hoach/../ke-hoach', 'cong van', 'KE-HOACH', ''])('--type %p: exit 2 with the list', async (type) => {
    const target = path.join(fresh(), 'k.yaml');
    const { vi, en } = await usage(['init', target, '--type', type]);
    expect(vi).toContain(`lỗi: không có loại văn bản "${type}"`);
    expect(vi).toContain(` Các loại: ${documentTypeKeys.join(', ')}`);
    expect(en).toContain(`error: there is no document type "${type}"`);
    expect(en).toContain(` The types: ${documentTypeKeys.join(', ')}`);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('--type "cong van" and "KE-HOACH" are told the type they are closest to', async () => {
    expect((await usage(['init', path.join(fresh(), 'k.yaml'), '--type', 'cong van'])).en).toContain('did you mean "cong-van"?');
    expect((await usage(['init', path.join(fresh(), 'k.yaml'), '--type', 'KE-HOACH'])).vi).toContain('có phải "ke-hoach"?');
  });

  it('--type ke-hoach writes the starter', async () => {
    const target = path.join(fresh(), 'k.yaml');
    expect(await run(['init', target, '--type', 'ke-hoach'], memoryIo())).toBe(0);
    expect(fs.readFileSync(target, 'utf8')).toContain('type: ke-hoach');
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  const core = (out: string) => Buffer.from(unzipSync(new Uint8Array(fs.readFileSync(path.join(out, 'ke-hoach.docx'))))['docProps/core.xml']!).toString('utf8');

  it.each(['99999999999999', '253402300800', '-1', '1e3', '1.5', '0x10', 'abc', ' 1700000000', '+1700000000', '1'.repeat(60)])(
    '%p: exit 2 naming the variable and the range, nothing written',
    async (value) => {
      const out = fresh();
      const { vi, en } = await usage(['build', plan, '--out', out], { SOURCE_DATE_EPOCH: value });
      expect(vi).toContain('lỗi: SOURCE_DATE_EPOCH="');
      expect(vi).toContain('không hợp lệ: cần số giây nguyên từ 0 (1970-01-01) đến 253402300799 (9999-12-31 23:59:59 UTC), hoặc để trống');
      expect(en).toContain('is not valid: it must be a whole number of seconds from 0 (1970-01-01) to 253402300799 (9999-12-31 23:59:59 UTC), or empty');
      expect(vi).not.toContain('1'.repeat(41)); // a long value is cut short
      expect(fs.existsSync(out)).toBe(false);
    },
  );

  it('the ends of the range are stamped into both files', async () => {
    const first = fresh();
    expect(await run(['build', plan, '--out', first], memoryIo({ SOURCE_DATE_EPOCH: '0' }))).toBe(0);
    expect(core(first)).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">1970-01-01T00:00:00Z</dcterms:created>');
    expect(fs.readFileSync(path.join(first, 'ke-hoach.pdf'), 'latin1')).toContain('(D:19700101000000Z)');
    const last = fresh();
    expect(await run(['build', plan, '--out', last], memoryIo({ SOURCE_DATE_EPOCH: '253402300799' }))).toBe(0);
    expect(core(last)).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">9999-12-31T23:59:59Z</dcterms:modified>');
    expect(fs.readFileSync(path.join(last, 'ke-hoach.pdf'), 'latin1')).toContain('(D:99991231235959Z)');
  });

  it('empty counts as unset: the plan date, the same bytes as without the variable', async () => {
    const unset = fresh();
    const empty = fresh();
    expect(await run(['build', plan, '--out', unset], memoryIo({}))).toBe(0);
    expect(await run(['build', plan, '--out', empty], memoryIo({ SOURCE_DATE_EPOCH: '' }))).toBe(0);
    expect(core(empty)).toContain('2020-09-18T00:00:00Z');
    for (const name of ['ke-hoach.docx', 'ke-hoach.pdf']) expect(fs.readFileSync(path.join(empty, name)).equals(fs.readFileSync(path.join(unset, name)))).toBe(true);
  });
});

describe('next on a plan of the year 9999', () => {
  it('refuses, located at every date that would pass 9999, in both languages; writes nothing', async () => {
    const work = fresh();
    fs.mkdirSync(work);
    const old = path.join(work, '9999.yaml');
    fs.writeFileSync(old, minimalPlanYaml.replace('date: "2020-09-18"', 'date: "9998-09-18"\ndates:\n  a: "9999-01-02"\n  b: "9998-03-04"'));
    const vi = memoryIo();
    expect(await run(['next', old], vi)).toBe(1);
    const text = vi.err.join('\n');
    expect(text).toContain(`${old}:9:6  lỗi: ngày "9999-01-02" sang năm sau sẽ là năm 10000, quá năm 9999 (tại dates.a)`);
    expect(text).toContain('gợi ý: năm của một ngày từ 1900 đến 9999; không tạo được kế hoạch năm sau, hãy sửa ngày này');
    expect(text).not.toContain('dates.b');
    const en = memoryIo();
    expect(await run(['next', old, '--lang', 'en'], en)).toBe(1);
    expect(en.err.join('\n')).toContain(`${old}:9:6  error: the date "9999-01-02" would move to the year 10000, past 9999 (at dates.a)`);
    fs.writeFileSync(old, minimalPlanYaml.replace('date: "2020-09-18"', 'date: "9999-09"'));
    const again = memoryIo({ LANG: 'en' });
    expect(await run(['next', old], again)).toBe(1);
    expect(again.err.join('\n')).toContain(`${old}:7:7  error: the date "9999-09" would move to the year 10000, past 9999 (at date)`);
    expect(fs.readdirSync(work)).toEqual(['9999.yaml']);
  });
});

describe('a failed write leaves no new folder behind', () => {
  afterEach(() => {
    delete process.env.PLAN_FAULT;
  });

  it.each(['write', 'readonly'])('PLAN_FAULT=%s: the folders the build made are removed; one that was there stays', async (fault) => {
    const parent = fresh();
    fs.mkdirSync(parent);
    process.env.PLAN_FAULT = fault;
    expect(await run(['build', plan, '--out', path.join(parent, 'new', 'deeper')], memoryIo())).toBe(1);
    expect(fs.readdirSync(parent)).toEqual([]);
    const existing = path.join(parent, 'was-there');
    fs.mkdirSync(existing);
    expect(await run(['build', plan, '--out', existing], memoryIo())).toBe(1);
    expect(fs.readdirSync(parent)).toEqual(['was-there']);
    expect(fs.readdirSync(existing)).toEqual([]);
    expect(await run(['next', plan, '--out', path.join(parent, 'n', 'next.yaml')], memoryIo())).toBe(1);
    expect(await run(['schema', '--out', path.join(parent, 's', 'schema.json')], memoryIo())).toBe(1);
    expect(fs.readdirSync(parent)).toEqual(['was-there']);
  });
});
