// One layout, two formats, for the elements of issue 17's forms: each form template's PDF (tests/helpers/
// form-templates.ts: every new tag among them) against LibreOffice's rendering of its DOCX, line by line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { compareRenderings } from '../helpers/compare-renderings';
import { buildForm, formTemplates, type FormName } from '../helpers/form-templates';
import { readPdf } from '../helpers/read-pdf';
import { convertWithLibreOffice } from '../helpers/soffice';

describe.each(Object.keys(formTemplates) as FormName[])('the %s form', (form) => {
  it('renders with every line identical in our PDF and in LibreOffice', async () => {
    const built = await buildForm(form);
    expect(built.code).toBe(0);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `plan-form-parity-${form}-`));
    const theirs = convertWithLibreOffice(built.docx, outDir);
    const comparison = compareRenderings(await readPdf(built.pdf), await readPdf(theirs));
    process.stdout.write(`${form}: pages ${comparison.pages.join('/')}, lines ${comparison.lines.join('/')}, identical ${(100 * comparison.identicalShare).toFixed(1)} %, worst drift ${comparison.worstDriftPt.toFixed(2)} pt\n`);
    expect(comparison.pages[0]).toBe(comparison.pages[1]);
    expect({ share: comparison.identicalShare, onlyOurs: comparison.onlyOurs.slice(0, 5), onlyTheirs: comparison.onlyTheirs.slice(0, 5) }).toEqual({ share: 1, onlyOurs: [], onlyTheirs: [] });
    expect(comparison.drifted).toEqual([]);
  });
});
