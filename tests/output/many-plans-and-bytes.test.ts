// Builds for CI: many plans in one process, identical bytes in any time zone or day, --check, --json, --watch.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';
import { unzipSync } from 'fflate';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const seed = path.join(repoRoot, 'plans', '2020.yaml');
const parity = path.join(repoRoot, 'tests', 'fixtures', 'parity');
const broken = path.join(repoRoot, 'tests', 'fixtures', 'invalid', '21-date-feb-30.yaml');
const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-ci-'));
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Builds with the compiled CLI in a child process, so TZ takes effect from the start. */
function buildInProcess(outDir: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'plan'), 'build', seed, '--out', outDir], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
}

describe('identical bytes', () => {
  it('gives the same DOCX and PDF under TZ=UTC and TZ=Asia/Ho_Chi_Minh', () => {
    const [a, b] = [temp(), temp()];
    buildInProcess(a, { TZ: 'UTC' });
    buildInProcess(b, { TZ: 'Asia/Ho_Chi_Minh' });
    for (const file of ['2020.docx', '2020.pdf']) expect(sha(path.join(a, file))).toBe(sha(path.join(b, file)));
  });

  it('leaves files that already hold the new bytes as they were, and replaces those that differ, leaving nothing else', async () => {
    const dir = temp();
    const [docx, pdf] = [path.join(dir, '2020.docx'), path.join(dir, '2020.pdf')];
    expect(await run(['build', seed, '--out', dir], memoryIo())).toBe(0);
    const old = new Date('2001-02-03T04:05:06Z');
    for (const file of [docx, pdf]) fs.utimesSync(file, old, old);
    const again = memoryIo();
    expect(await run(['build', seed, '--out', dir], again)).toBe(0);
    expect([fs.statSync(docx).mtime, fs.statSync(pdf).mtime]).toEqual([old, old]);
    expect(again.err.join('\n')).toMatch(/2020\.docx \(\d+ KB, không đổi\), .*2020\.pdf \(\d+ KB, không đổi\)/);
    // Another date in both files: both are replaced.
    const before = [sha(docx), sha(pdf)];
    const changed = memoryIo({ SOURCE_DATE_EPOCH: '1700000000' });
    expect(await run(['build', seed, '--out', dir, '--json'], changed)).toBe(0);
    expect(JSON.parse(changed.out.join('\n')).plans[0].outputs.map((o: { written: boolean }) => o.written)).toEqual([true, true]);
    expect([sha(docx), sha(pdf)]).not.toEqual(before);
    expect(fs.statSync(pdf).mtime).not.toEqual(old);
    expect(fs.readdirSync(dir).sort()).toEqual(['2020.docx', '2020.pdf']);
  });

  it('gives the same bytes on another day (the clock is never read)', async () => {
    const [a, b] = [temp(), temp()];
    expect(await run(['build', seed, '--out', a], memoryIo())).toBe(0);
    jest.useFakeTimers({ now: new Date('2031-07-15T03:04:05Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      expect(await run(['build', seed, '--out', b], memoryIo())).toBe(0);
    } finally {
      jest.useRealTimers();
    }
    for (const file of ['2020.docx', '2020.pdf']) expect(sha(path.join(a, file))).toBe(sha(path.join(b, file)));
  });

  it('stamps SOURCE_DATE_EPOCH into both files when it is set', async () => {
    const dir = temp();
    expect(await run(['build', seed, '--out', dir], memoryIo({ SOURCE_DATE_EPOCH: '1700000000' }))).toBe(0);
    expect(fs.readFileSync(path.join(dir, '2020.pdf'), 'latin1')).toContain('(D:20231114221320Z)');
    const core = Buffer.from(unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, '2020.docx'))))['docProps/core.xml']!).toString('utf8');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created>');
  });

  it('builds many plans in one process to the same bytes as one by one', async () => {
    const together = temp();
    expect(await run(['build', seed, parity, '--out', together], memoryIo())).toBe(0);
    for (const plan of [seed, ...fs.readdirSync(parity).filter((f) => f.endsWith('.yaml')).map((f) => path.join(parity, f))]) {
      const alone = temp();
      expect(await run(['build', plan, '--out', alone], memoryIo())).toBe(0);
      const name = path.parse(plan).name;
      for (const ext of ['.docx', '.pdf']) expect(sha(path.join(together, name + ext))).toBe(sha(path.join(alone, name + ext)));
    }
  });
});

describe('many plans', () => {
  it('attempts every plan, prints a line per plan and a total, and exits 1 when one failed', async () => {
    const dir = temp();
    const io = memoryIo();
    expect(await run(['build', broken, `${parity}/*.yaml`, '--out', dir], io)).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['appendices', 'dang-chi-bo-marks', 'dang-draft-no-number', 'dang-uy-xa-small', 'doan-kt-other-post', 'doan-trung-uong', 'heading-near-page-end', 'hyphen-digit-breaks', 'long-header-and-bases', 'many-recipients', 'marks-appendices', 'marks-contact-page-breaks', 'near-margin-lines', 'page-breaks', 'signer-other-post', 'signer-tm-kt', 'small-profile-wide-margins', 'tables-extras', 'tables-full-page-before-appendix', 'tables-merged-across-pages', 'tables-small-profile', 'tables-tall-row', 'tables', 'tall-heading-chain', 'two-signers-page-break', 'very-many-recipients'].flatMap((name) => [`${name}.docx`, `${name}.pdf`]),
    );
    expect(io.err.some((line) => /21-date-feb-30\.yaml: 1 lỗi; không ghi tệp nào \(\d+ ms\)/.test(line))).toBe(true);
    expect(io.err.some((line) => /page-breaks\.yaml → .*page-breaks\.docx \(\d+ KB\), .*page-breaks\.pdf \(\d+ KB\) \d+ ms$/.test(line))).toBe(true);
    expect(io.err[io.err.length - 1]).toMatch(/^27 kế hoạch, 1 lỗi, \d+ ms$/);
  });
});

describe('--check', () => {
  it('writes nothing and exits 0 when the outputs are up to date, 1 listing those that differ or are missing', async () => {
    const dir = temp();
    const plan = path.join(dir, 'ke-hoach.yaml');
    fs.copyFileSync(seed, plan);
    expect(await run(['build', plan, '--out', dir], memoryIo())).toBe(0);
    const stamp = fs.statSync(path.join(dir, 'ke-hoach.pdf')).mtimeMs;
    const clean = memoryIo();
    expect(await run(['build', plan, '--out', dir, '--check'], clean)).toBe(0);
    expect(clean.err[0]).toMatch(/ke-hoach\.docx \(\d+ KB, khớp\)/);
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('name: Nguyễn Văn Hiếu', 'name: Trần Văn B'));
    fs.rmSync(path.join(dir, 'ke-hoach.docx'));
    const edited = memoryIo();
    expect(await run(['build', plan, '--out', dir, '--check'], edited)).toBe(1);
    expect(edited.err[0]).toMatch(/ke-hoach\.docx \(\d+ KB, CHƯA CÓ\), .*ke-hoach\.pdf \(\d+ KB, KHÁC\)/);
    expect(fs.existsSync(path.join(dir, 'ke-hoach.docx'))).toBe(false);
    expect(fs.statSync(path.join(dir, 'ke-hoach.pdf')).mtimeMs).toBe(stamp);
  });
});

describe('--json', () => {
  it('prints the summary and diagnostics as JSON on stdout, human text on stderr', async () => {
    const io = memoryIo();
    expect(await run(['build', seed, broken, '--out', temp(), '--json', '--format', 'pdf'], io)).toBe(1);
    const summary = JSON.parse(io.out.join('\n')) as { failed: number; plans: Array<{ plan: string; ok: boolean; outputs: Array<{ path: string; sha256: string }>; diagnostics: Array<{ line: number; path: string }> }> };
    expect(summary.failed).toBe(1);
    expect(summary.plans[0]).toMatchObject({ plan: seed, ok: true });
    expect(summary.plans[0]!.outputs[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.plans[1]).toMatchObject({ plan: broken, ok: false, outputs: [] });
    expect(summary.plans[1]!.diagnostics[0]).toMatchObject({ path: 'date', line: 9 });
    expect(io.err.length).toBeGreaterThan(0);
  });
});

describe('--watch', () => {
  it('rebuilds on a change, keeps the last good files on an error, and stops when told', async () => {
    const dir = temp();
    const plan = path.join(dir, 'ke-hoach.yaml');
    fs.copyFileSync(seed, plan);
    const controller = new AbortController();
    const io = memoryIo();
    const watching = run(['build', plan, '--out', dir, '--watch', '--format', 'docx'], io, controller.signal);
    const waitFor = async (check: () => boolean) => {
      for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(check()).toBe(true);
    };
    await waitFor(() => io.err.some((line) => line.includes('Ctrl+C')));
    const first = fs.readFileSync(path.join(dir, 'ke-hoach.docx'));
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('name: Nguyễn Văn Hiếu', 'name: Trần Văn B'));
    await waitFor(() => !fs.readFileSync(path.join(dir, 'ke-hoach.docx')).equals(first));
    const second = fs.readFileSync(path.join(dir, 'ke-hoach.docx'));
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('date: "2020-09"', 'date: "2020-13"'));
    await waitFor(() => io.err.some((line) => line.includes('1 lỗi; không ghi tệp nào')));
    expect(fs.readFileSync(path.join(dir, 'ke-hoach.docx')).equals(second)).toBe(true);
    controller.abort();
    expect(await watching).toBe(0);
  });
});
