// One layout, two formats: every plan's PDF against LibreOffice's rendering of its DOCX, line by line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../src/plan/load-plan';
import { rightSigner } from '../../src/plan/signers';
import { layOutPlan } from '../../src/pipeline';
import { buildPlan, repoRoot } from '../helpers/build-plan';
import { compareRenderings, type Comparison } from '../helpers/compare-renderings';
import { layoutProblems } from '../helpers/layout-facts';
import { readPdf } from '../helpers/read-pdf';
import { convertWithLibreOffice, findSoffice } from '../helpers/soffice';

const planFiles = [
  ...fs.readdirSync(path.join(repoRoot, 'plans')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(repoRoot, 'plans', f)),
  ...fs.readdirSync(path.join(repoRoot, 'tests', 'fixtures', 'parity')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(repoRoot, 'tests', 'fixtures', 'parity', f)),
].sort();

const report: Array<{ plan: string; comparison: Comparison }> = [];

afterAll(() => {
  const rows = report.map(({ plan, comparison: c }) =>
    `| ${plan} | ${c.pages[0]} | ${c.pages[1]} | ${c.lines[0]} | ${c.lines[1]} | ${(100 * c.identicalShare).toFixed(1)} % | ${c.worstDriftPt.toFixed(2)} pt |`,
  );
  process.stdout.write(
    ['', '| plan | pages (PDF) | pages (LibreOffice) | lines (PDF) | lines (LibreOffice) | identical lines | worst drift |', '|---|---|---|---|---|---|---|', ...rows, ''].join('\n') + '\n',
  );
});

describe('LibreOffice is installed', () => {
  it('finds soffice (apt-get install libreoffice-writer-nogui fonts-liberation2)', () => {
    expect(findSoffice()).toBeTruthy();
  });
});

describe.each(planFiles.map((file) => [path.relative(repoRoot, file).split(path.sep).join('/'), file]))('%s', (name, file) => {
  it('renders alike in our PDF and in LibreOffice, and both follow the decree', async () => {
    const built = await buildPlan(file);
    expect(built.stderr.filter((line) => /lỗi/.test(line))).toEqual([]);
    expect(built.code).toBe(0);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-parity-'));
    const theirsPath = convertWithLibreOffice(built.docx, outDir);
    const [ours, theirs] = await Promise.all([readPdf(built.pdf), readPdf(theirsPath)]);
    const comparison = compareRenderings(ours, theirs);
    report.push({ plan: name, comparison });

    expect(comparison.pages[0]).toBe(comparison.pages[1]);
    expect({ share: comparison.identicalShare >= 0.98, onlyOurs: comparison.onlyOurs.slice(0, 5), onlyTheirs: comparison.onlyTheirs.slice(0, 5) }).toMatchObject({ share: true });
    expect(comparison.drifted).toEqual([]);

    const loaded = parsePlan(fs.readFileSync(file, 'utf8'), file);
    const { plan } = loaded;
    // The layout's own decision: a signature row taller than a page may split (and Nơi nhận then spans pages).
    const signature = layOutPlan(loaded, {}).resolved.sections[0]!.blocks.at(-1);
    const signatureSplits = signature?.kind === 'table' && !signature.rows[0]!.cantSplit;
    const facts = { plan, signerName: rightSigner(plan).name ?? (rightSigner(plan).lines?.at(-1) ?? rightSigner(plan).title!).toLocaleUpperCase('vi'), signatureSplits };
    expect(layoutProblems(ours, facts)).toEqual([]);
    expect(layoutProblems(theirs, facts)).toEqual([]);
  });
});
