// Two processes building different plans of one name into one folder at the same moment: the DOCX and the PDF left
// on disk always come from the same plan (the lock per output name), and no lock or temporary file stays behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';
import { readDocx } from '../helpers/read-docx';
import { pdfText, readPdf } from '../helpers/read-pdf';
import { minimalPlanYaml } from '../unit/fixtures';

const bin = path.join(repoRoot, 'bin', 'plan');

function build(plan: string, out: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'build', plan, '--out', out], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** Which signer the DOCX's text and the PDF's text name. */
async function signers(out: string): Promise<{ docx: string | undefined; pdf: string | undefined }> {
  const find = (text: string) => /(An Văn Một|Bùi Thị Hai)/.exec(text)?.[1];
  const docx = readDocx(path.join(out, 'ke-hoach.docx')).document.documentElement.textContent ?? '';
  const pdf = pdfText(await readPdf(path.join(out, 'ke-hoach.pdf')));
  return { docx: find(docx), pdf: find(pdf) };
}

describe('builds racing into one folder', () => {
  it('leave a DOCX and a PDF of the same plan, every time', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-race-'));
    const plans = ['An Văn Một', 'Bùi Thị Hai'].map((name, index) => {
      const folder = path.join(dir, `plan-${index}`);
      fs.mkdirSync(folder);
      const file = path.join(folder, 'ke-hoach.yaml');
      fs.writeFileSync(file, `${minimalPlanYaml}  name: ${name}\n`);
      return file;
    });
    // Each build waits 150 ms between moving its DOCX and its PDF into place (PLAN_FAULT=slow-write), so that the
    // two builds' writes overlap: without the lock most rounds end with a DOCX of one plan and a PDF of the other.
    const env = { PLAN_FAULT: 'slow-write' };
    const started = Date.now();
    let rounds = 0;
    // 16 rounds, or as many as fit in 20 s on a busy machine (at least 8): without the lock, 8 rounds were enough to
    // see a mixed pair every time this was tried.
    while (rounds < 16 && (rounds < 8 || Date.now() - started < 20_000)) {
      // Every other round starts from an empty folder; the others rebuild over the pair the last round left.
      const out = path.join(dir, rounds % 2 === 0 ? `out-${rounds}` : `out-${rounds - 1}`);
      const results = await Promise.all(plans.map((plan) => build(plan, out, env)));
      for (const result of results) expect(result).toEqual({ code: 0, stderr: expect.not.stringMatching(/lỗi|error/i) });
      const found = await signers(out);
      expect(found.docx).toBeDefined();
      expect(found.pdf).toBe(found.docx);
      expect(fs.readdirSync(out).sort()).toEqual(['ke-hoach.docx', 'ke-hoach.pdf']);
      rounds++;
    }
    expect(rounds).toBeGreaterThanOrEqual(8);
  }, 120_000);
});
