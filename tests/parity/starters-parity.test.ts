// One layout, two formats, for the starter of each document type (templates/starters/): `plan init --type` then
// `plan build`, our PDF against LibreOffice's rendering of the DOCX, line by line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { documentTypes } from '../../src/decree/document-types';
import { memoryIo } from '../helpers/build-plan';
import { compareRenderings } from '../helpers/compare-renderings';
import { readPdf } from '../helpers/read-pdf';
import { convertWithLibreOffice } from '../helpers/soffice';

describe.each(documentTypes.map(({ key }) => [key]))('the %s starter', (key) => {
  it('renders with every line identical in our PDF and in LibreOffice', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `plan-starter-parity-${key}-`));
    const plan = path.join(dir, `${key}.yaml`);
    expect(await run(['init', '--type', key, plan], memoryIo())).toBe(0);
    expect(await run(['build', plan, '--out', dir], memoryIo())).toBe(0);
    const theirs = convertWithLibreOffice(path.join(dir, `${key}.docx`), path.join(dir, 'libreoffice'));
    const comparison = compareRenderings(await readPdf(path.join(dir, `${key}.pdf`)), await readPdf(theirs));
    process.stdout.write(`${key}: pages ${comparison.pages.join('/')}, lines ${comparison.lines.join('/')}, identical ${(100 * comparison.identicalShare).toFixed(1)} %, worst drift ${comparison.worstDriftPt.toFixed(2)} pt\n`);
    expect(comparison.pages[0]).toBe(comparison.pages[1]);
    expect({ share: comparison.identicalShare, onlyOurs: comparison.onlyOurs.slice(0, 5), onlyTheirs: comparison.onlyTheirs.slice(0, 5) }).toEqual({ share: 1, onlyOurs: [], onlyTheirs: [] });
    expect(comparison.drifted).toEqual([]);
  });
});
