// Golden files of valid documents: for every plan of plans/ and tests/fixtures/parity/, its document model, its DOCX
// body and a text summary of its PDF, kept in tests/fixtures/valid/<plan>/ so a change to any stage shows as a
// readable diff of what it changed (UPDATE=1 npx jest tests/output/valid-goldens.test.ts writes them anew).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { unzipSync } from 'fflate';
import { layOutPlan } from '../../src/pipeline';
import { loadPlanFile } from '../../src/plan/load-plan';
import { renderDocx } from '../../src/render/docx/render-docx';
import { renderPdf } from '../../src/render/pdf/render-pdf';
import { repoRoot } from '../helpers/build-plan';
import { readPdfBytes, type PdfFile } from '../helpers/read-pdf';

/** Plans whose goldens would be too large to read (1,500 recipients on 54 pages); the parity test covers them. */
const tooLarge = new Set(['very-many-recipients']);

const plans = [path.join(repoRoot, 'plans'), path.join(repoRoot, 'tests', 'fixtures', 'parity')]
  .flatMap((dir) => fs.readdirSync(dir).filter((file) => file.endsWith('.yaml')).map((file) => path.join(dir, file)))
  .filter((file) => !tooLarge.has(path.parse(file).name));

/** word/document.xml with a line break before each paragraph, table, row, cell and section: diffs by block. */
function readableXml(xml: string): string {
  return `${xml.replace(/(?=<w:(?:p|tbl|tr|tc|sectPr)[ >])/g, '\n')}\n`;
}

/** Each page's size, then its lines (text runs on one baseline, left to right) with their position in points. */
function pdfSummary(pdf: PdfFile): string {
  return pdf.pages
    .map((page, index) => {
      const lines = page.lines.map((line) => `${line.y.toFixed(1).padStart(6)} ${line.x.toFixed(1).padStart(6)}  ${line.text}`);
      const rules = page.rules.map((rule) => `${rule.y.toFixed(1).padStart(6)} ${rule.x1.toFixed(1).padStart(6)}  rule to ${rule.x2.toFixed(1)}`);
      return [`page ${index + 1} (${page.width.toFixed(1)} × ${page.height.toFixed(1)})`, ...[...lines, ...rules].sort()].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

function matchGolden(file: string, text: string): void {
  if (process.env.UPDATE === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `(no golden ${path.relative(repoRoot, file)}: run with UPDATE=1)`).toBe(text);
}

describe.each(plans.map((file) => [path.parse(file).name, file]))('%s', (name, file) => {
  const folder = path.join(repoRoot, 'tests', 'fixtures', 'valid', name);
  const { model, resolved, info } = layOutPlan(loadPlanFile(file), {});

  it('has the golden document model', () => {
    matchGolden(path.join(folder, 'model.json'), `${JSON.stringify(model, null, 1)}\n`);
  });

  it('has the golden DOCX body', async () => {
    const docx = unzipSync(new Uint8Array(await renderDocx(resolved, info)));
    matchGolden(path.join(folder, 'document.xml'), readableXml(Buffer.from(docx['word/document.xml']!).toString('utf8')));
  });

  it('has the golden PDF text', async () => {
    matchGolden(path.join(folder, 'pdf.txt'), pdfSummary(await readPdfBytes(await renderPdf(resolved, info))));
  });
});
