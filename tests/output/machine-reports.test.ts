// What tools read: `validate --json` (the diagnostics of build --json, a verdict per file, a summary) and
// `--reporter github` on validate and build (each diagnostic a GitHub Actions workflow command, escaped).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seed = path.join(repoRoot, 'plans', '2020.yaml');
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'reporter', 'several-problems.yaml');

/** The fixture under a name a workflow command must escape (",", ":" and "%"), in a sub-folder of a fresh workspace. */
function workspaceWithFixture(): { workspace: string; file: string } {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-reports-'));
  const file = path.join(workspace, 'sub', 'a,b:c%.yaml');
  fs.mkdirSync(path.dirname(file));
  fs.copyFileSync(fixture, file);
  return { workspace, file };
}

const where = 'file=sub/a%2Cb%3Ac%25.yaml';
const typesVi =
  'nghi-quyet, quyet-dinh, chi-thi, quy-che, quy-dinh, thong-cao, thong-bao, huong-dan, chuong-trinh, ke-hoach, phuong-an, de-an, du-an, bao-cao, bien-ban, to-trinh, hop-dong, cong-van, cong-dien, ban-ghi-nho, ban-thoa-thuan, giay-uy-quyen, giay-moi, giay-gioi-thieu, giay-nghi-phep, phieu-gui, phieu-chuyen, phieu-bao, thu-cong';
const keys = 'type, agency, number, place, date, dates, schedule, summary, bases, opening, numbering, body, closing, appendices, recipients, archive, signer, signers, marks, layout, metadata';
const annotationsVi = [
  `::error ${where},line=3,col=7,title=plan%3A type::giá trị "ke-hoac" không hợp lệ%0Agợi ý: có phải ý bạn là "ke-hoach" (Kế hoạch)? giá trị được phép: ${typesVi}`,
  `::error ${where},line=9,col=7,title=plan%3A date::ngày "2021-09-31" không có trong lịch%0Agợi ý: tháng 9 năm 2021 có 30 ngày`,
  `::error ${where},line=24,col=14,title=plan%3A signer.authority::giá trị "KT" không hợp lệ%0Agợi ý: có phải ý bạn là "KT."? giá trị được phép: (để trống), KT., TM., TL., TUQ., Q.`,
  `::error ${where},line=28,col=1,title=plan%3A odd%2Ckey%3A50%25%0Anext::khóa "odd,key:50%25%0Anext" không được phép ở đây%0Agợi ý: các khóa được phép: ${keys}`,
];
const annotationsEn = [
  `::error ${where},line=3,col=7,title=plan%3A type::the value "ke-hoac" is not allowed%0Ahint: did you mean "ke-hoach" (Kế hoạch)? allowed values: ${typesVi}`,
  `::error ${where},line=9,col=7,title=plan%3A date::the date "2021-09-31" does not exist%0Ahint: month 9 of 2021 has 30 days`,
  `::error ${where},line=24,col=14,title=plan%3A signer.authority::the value "KT" is not allowed%0Ahint: did you mean "KT."? allowed values: (empty), KT., TM., TL., TUQ., Q.`,
  `::error ${where},line=28,col=1,title=plan%3A odd%2Ckey%3A50%25%0Anext::the key "odd,key:50%25%0Anext" is not allowed here%0Ahint: allowed keys: ${keys}`,
];

describe('--reporter github', () => {
  it('validate: one workflow command per diagnostic, escaped, the file relative to GITHUB_WORKSPACE; the verdict as before', async () => {
    const { workspace, file } = workspaceWithFixture();
    const io = memoryIo({ GITHUB_WORKSPACE: workspace });
    expect(await run(['validate', file, '--reporter', 'github'], io)).toBe(1);
    expect(io.err).toEqual([...annotationsVi, `${file}: 4 lỗi`]);
    expect(io.out).toEqual([]);
  });

  it('validate --lang en: the messages in English', async () => {
    const { workspace, file } = workspaceWithFixture();
    const io = memoryIo({ GITHUB_WORKSPACE: workspace });
    expect(await run(['validate', file, '--reporter', 'github', '--lang', 'en'], io)).toBe(1);
    expect(io.err).toEqual([...annotationsEn, `${file}: 4 error(s)`]);
  });

  it('build: the same lines, nothing written', async () => {
    const { workspace, file } = workspaceWithFixture();
    const io = memoryIo({ GITHUB_WORKSPACE: workspace });
    expect(await run(['build', file, '--out', path.join(workspace, 'out'), '--reporter', 'github'], io)).toBe(1);
    expect(io.err.slice(0, 4)).toEqual(annotationsVi);
    expect(io.err.slice(4)).toEqual([expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 4 lỗi; không ghi tệp nào \\(\\d+ ms\\)$`))]);
    expect(fs.existsSync(path.join(workspace, 'out'))).toBe(false);
  });

  it('a warning is ::warning, in validate and in build (which still writes its files)', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-reports-'));
    const file = path.join(workspace, 'nfd.yaml');
    // The place in decomposed form (NFD): valid, with a warning that it was normalized.
    fs.writeFileSync(file, fs.readFileSync(seed, 'utf8').replace(/^place: .*$/m, (line) => line.normalize('NFD')));
    const warning =
      '::warning file=nfd.yaml,title=plan::văn bản có chữ chưa chuẩn hóa Unicode NFC (dấu tách rời chữ); plan đã tự chuẩn hóa%0Agợi ý: lưu tệp bằng trình soạn thảo dùng Unicode dựng sẵn để tránh lỗi hiển thị ở nơi khác';
    const validate = memoryIo({ GITHUB_WORKSPACE: workspace });
    expect(await run(['validate', file, '--reporter', 'github'], validate)).toBe(0);
    expect(validate.err).toEqual([warning, `${file}: hợp lệ`]);
    const build = memoryIo({ GITHUB_WORKSPACE: workspace });
    expect(await run(['build', file, '--out', path.join(workspace, 'out'), '--reporter', 'github'], build)).toBe(0);
    expect(build.err[0]).toBe(warning);
    expect(fs.readdirSync(path.join(workspace, 'out')).sort()).toEqual(['nfd.docx', 'nfd.pdf']);
  });

  it('without GITHUB_WORKSPACE the file is relative to the current folder, with "/"; GITHUB_ACTIONS alone does not turn it on', () => {
    const { workspace } = workspaceWithFixture();
    fs.renameSync(path.join(workspace, 'sub', 'a,b:c%.yaml'), path.join(workspace, 'sub', 'plan.yaml'));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const plan = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, [bin, 'validate', './sub/../sub/plan.yaml', ...args], { cwd: workspace, env: { ...env, ...extra }, encoding: 'utf8', timeout: 30_000 });
    const annotated = plan(['--reporter', 'github']);
    expect(annotated.status).toBe(1);
    expect(annotated.stderr.split('\n')[1]).toBe(annotationsVi[1]!.replace(where, 'file=sub/plan.yaml'));
    const onActions = plan([], { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace });
    expect(onActions.status).toBe(1);
    expect(onActions.stderr).not.toContain('::error');
    expect(onActions.stderr).toContain('./sub/../sub/plan.yaml:9:7  lỗi: ngày "2021-09-31" không có trong lịch (tại date)');
  });

  it('with --json: the JSON report on stdout, the annotations on stderr (the runner reads both streams)', async () => {
    const { workspace, file } = workspaceWithFixture();
    for (const command of ['validate', 'build']) {
      const io = memoryIo({ GITHUB_WORKSPACE: workspace });
      const extra = command === 'build' ? ['--out', path.join(workspace, 'out')] : [];
      expect(await run([command, file, ...extra, '--json', '--reporter', 'github'], io)).toBe(1);
      expect(JSON.parse(io.out.join('\n'))).toMatchObject({ plans: [{ plan: file, ok: false }], failed: 1 });
      expect(io.err.slice(0, 4)).toEqual(annotationsVi);
    }
  });

  it('an unknown reporter is a wrong command line (exit 2), as JSON with --json', async () => {
    const text = memoryIo();
    expect(await run(['validate', seed, '--reporter', 'xml'], text)).toBe(2);
    expect(text.err.join('\n')).toContain("tùy chọn '--reporter <tên>' không nhận giá trị 'xml'; chọn một trong: text, github");
    const json = memoryIo();
    expect(await run(['build', seed, '--reporter', 'xml', '--json'], json)).toBe(2);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({ error: { exitCode: 2 } });
  });
});

describe('validate --json', () => {
  it('prints one JSON document: a verdict per file with its diagnostics (as build --json prints them) and a summary; exit 1', async () => {
    const { workspace, file } = workspaceWithFixture();
    const io = memoryIo();
    expect(await run(['validate', seed, file, path.join(workspace, 'missing.yaml'), '--json'], io)).toBe(1);
    const report = JSON.parse(io.out.join('\n'));
    expect(report).toEqual({
      plans: [
        { plan: seed, ok: true, ms: expect.any(Number), diagnostics: [] },
        { plan: file, ok: false, ms: expect.any(Number), diagnostics: expect.any(Array) },
        {
          plan: path.join(workspace, 'missing.yaml'),
          ok: false,
          ms: expect.any(Number),
          diagnostics: [
            {
              file: path.join(workspace, 'missing.yaml'),
              severity: 'error',
              message: `không tìm thấy tệp kế hoạch "${path.join(workspace, 'missing.yaml')}"`,
              en: { message: `plan file "${path.join(workspace, 'missing.yaml')}" not found` },
            },
          ],
        },
      ],
      failed: 2,
      totalMs: expect.any(Number),
    });
    expect(report.plans[1].diagnostics[1]).toEqual({
      file,
      line: 9,
      column: 7,
      path: 'date',
      severity: 'error',
      message: 'ngày "2021-09-31" không có trong lịch',
      hint: 'tháng 9 năm 2021 có 30 ngày',
      en: { message: 'the date "2021-09-31" does not exist', hint: 'month 9 of 2021 has 30 days' },
    });
    expect(report.plans[1].diagnostics[3].en.message).toBe('the key "odd,key:50%\nnext" is not allowed here');
    // The very shape build --json prints for the same plan.
    const build = memoryIo();
    await run(['build', file, '--out', path.join(workspace, 'out'), '--json'], build);
    expect(report.plans[1].diagnostics).toEqual(JSON.parse(build.out.join('\n')).plans[0].diagnostics);
    // stderr says what it always said.
    expect(io.err).toContain(`${file}: 4 lỗi`);
    expect(io.err).toContain(`${seed}: hợp lệ`);
  });

  it('exit 0 and failed 0 when every plan is valid', async () => {
    const io = memoryIo();
    expect(await run(['validate', seed, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out.join('\n'))).toMatchObject({ plans: [{ plan: seed, ok: true, diagnostics: [] }], failed: 0 });
  });

  it('a wrong command line: exit 2, and stdout is still JSON', async () => {
    for (const args of [['validate', seed, '--json', '--bogus'], ['validate', '--json']]) {
      const io = memoryIo();
      expect(await run(args, io)).toBe(2);
      expect(JSON.parse(io.out.join('\n'))).toMatchObject({ error: { exitCode: 2, message: expect.any(String), en: { message: expect.any(String) } } });
    }
  });
});
