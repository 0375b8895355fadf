// The commands a clerk runs besides build: validate, next, init, and the message language.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../../src/cli/run';
import { memoryIo } from '../fixtures';

const repoRoot = path.join(__dirname, '..', '..', '..');
const seed = path.join(repoRoot, 'plans', '2020.yaml');
const invalid = path.join(repoRoot, 'tests', 'fixtures', 'invalid', '01-signr-top-level-key.yaml');
const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cmd-'));

describe('plan validate', () => {
  it('exits 0 for valid plans and says so', async () => {
    const io = memoryIo();
    expect(await run(['validate', seed], io)).toBe(0);
    expect(io.err).toEqual([`${seed}: hợp lệ`]);
  });

  it('exits 1 when any plan is invalid, reporting each file', async () => {
    const io = memoryIo();
    expect(await run(['validate', seed, invalid, 'missing.yaml'], io)).toBe(1);
    expect(io.err).toContain(`${seed}: hợp lệ`);
    expect(io.err).toContain(`${invalid}: 1 lỗi`);
    expect(io.err).toContain('missing.yaml  lỗi: không tìm thấy tệp kế hoạch "missing.yaml"');
  });
});

describe('the message language', () => {
  it('is English with --lang en or an English LANG, Vietnamese otherwise', async () => {
    const flag = memoryIo();
    await run(['validate', invalid, '--lang', 'en'], flag);
    expect(flag.err.join('\n')).toContain('error: the required key "signer" is missing; the key "signr" here is probably it, misspelt (at signr)');
    const env = memoryIo({ LANG: 'en_US.UTF-8' });
    await run(['validate', invalid], env);
    expect(env.err.join('\n')).toContain('hint: rename "signr" to "signer"');
    const vi = memoryIo({ LANG: 'vi_VN.UTF-8' });
    await run(['validate', invalid], vi);
    expect(vi.err.join('\n')).toContain('gợi ý: sửa "signr" thành "signer"');
  });

  it('changes the help text', async () => {
    const io = memoryIo({ LC_ALL: 'en_GB.UTF-8' });
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out.join('\n')).toContain('check plan files without building them');
  });
});

describe('plan next', () => {
  it('writes next year beside the plan, refuses to overwrite it, and builds', async () => {
    const dir = temp();
    fs.copyFileSync(seed, path.join(dir, '2020.yaml'));
    const io = memoryIo();
    expect(await run(['next', path.join(dir, '2020.yaml')], io)).toBe(0);
    expect(io.out).toEqual([path.join(dir, '2021.yaml')]);
    expect(io.err).toContain('  - căn cứ (bases): văn bản căn cứ của năm mới');
    const again = memoryIo();
    expect(await run(['next', path.join(dir, '2020.yaml')], again)).toBe(2);
    expect(again.err.join('\n')).toContain('thêm --force để ghi đè');
    expect(await run(['next', path.join(dir, '2020.yaml'), '--force'], memoryIo())).toBe(0);
    expect(await run(['build', path.join(dir, '2021.yaml'), '--out', dir, '--format', 'docx'], memoryIo())).toBe(0);
    expect(fs.existsSync(path.join(dir, '2021.docx'))).toBe(true);
  });

  it('refuses an invalid plan without writing anything', async () => {
    const dir = temp();
    expect(await run(['next', invalid, '--out', path.join(dir, 'x.yaml')], memoryIo())).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('plan init', () => {
  it('writes a starter plan that validates and builds, pointing at the schema', async () => {
    const dir = temp();
    const file = path.join(dir, 'ke-hoach.yaml');
    expect(await run(['init', file], memoryIo())).toBe(0);
    const first = fs.readFileSync(file, 'utf8').split('\n')[0]!;
    const schema = first.replace('# yaml-language-server: $schema=', '');
    expect(fs.existsSync(path.resolve(dir, schema))).toBe(true);
    expect(await run(['validate', file], memoryIo())).toBe(0);
    expect(await run(['build', file, '--out', dir], memoryIo())).toBe(0);
    expect(await run(['init', file], memoryIo())).toBe(2);
    const unknown = memoryIo();
    expect(await run(['init', path.join(dir, 'x.yaml'), '--type', 'cong-vn'], unknown)).toBe(2);
    expect(unknown.err.join('\n')).toContain('không có loại văn bản "cong-vn"; có phải "cong-van"?');
    expect(fs.existsSync(path.join(dir, 'x.yaml'))).toBe(false);
  });
});
