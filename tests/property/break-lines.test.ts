// The line breaker gives exactly the lines of the straightforward one it replaced (tests/helpers/break-lines-oracle.ts):
// the same fragments, widths to the last bit, inner spaces and last-line flags, on the plans' own paragraphs and on
// generated runs full of the cases it treats specially.
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { breakLines, type Line } from '../../src/layout/break-lines';
import type { ResolvedParagraph, ResolvedRun } from '../../src/layout/resolved-document';
import { layOutPlan } from '../../src/pipeline';
import { loadPlanFile } from '../../src/plan/load-plan';
import { breakLinesOracle } from '../helpers/break-lines-oracle';
import { repoRoot } from '../helpers/build-plan';

/** Lines as comparable data; a fragment's run is kept by identity (the same run object, not an equal one). */
function shape(lines: Line[], runs: readonly ResolvedRun[]) {
  return lines.map((line) => ({
    fragments: line.fragments.map((f) => ({ text: f.text, run: runs.indexOf(f.run), widthPt: f.widthPt, isSpace: f.isSpace })),
    widthPt: line.widthPt,
    stretchableSpaces: line.stretchableSpaces,
    last: line.last,
  }));
}

function same(runs: ResolvedRun[], firstWidthPt: number, restWidthPt: number): void {
  const expected = shape(breakLinesOracle(runs, firstWidthPt, restWidthPt), runs);
  expect({ runs: runs.map((r) => r.text), firstWidthPt, restWidthPt, lines: shape(breakLines(runs, firstWidthPt, restWidthPt), runs) }).toEqual({
    runs: runs.map((r) => r.text),
    firstWidthPt,
    restWidthPt,
    lines: expected,
  });
}

describe('breakLines against the line breaker it replaced', () => {
  it('gives the same lines for every paragraph of the repository plans, at their widths and at narrow ones', () => {
    const plans = ['plans/2020.yaml', 'tests/fixtures/parity/long-header-and-bases.yaml', 'tests/fixtures/parity/small-profile-wide-margins.yaml', 'tests/fixtures/parity/page-breaks.yaml'];
    let paragraphs = 0;
    for (const plan of plans) {
      const { resolved } = layOutPlan(loadPlanFile(path.join(repoRoot, plan)), {});
      const all: ResolvedParagraph[] = resolved.sections[0]!.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs))));
      for (const paragraph of all) {
        if (paragraph.runs.length === 0) continue;
        for (const [first, rest] of [[430, 453], [150, 180], [40, 40], [8, 12]] as const) same(paragraph.runs, first, rest);
        paragraphs++;
      }
    }
    expect(paragraphs).toBeGreaterThan(150);
  });

  it('gives the same lines for generated runs: spaces, hyphens, closing punctuation, long words, mixed styles', () => {
    const token = fc.constantFrom(
      ' ', '  ', '   ', 'a', 'Kế', 'hoạch', 'học-tập', 'Hà-Nội', 'COVID-19', 'x-', '-', '--', '-y', '2020-2021', '.', ',', ';', ':', '!', '?', ')', ']', '}',
      '…', '%', '/', '(', 'tại', '......', 'Ủyban', 'nhândânthànhphốHồChíMinhkhóaXIVnhiệmkỳ', 'ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ', '\u00a0', 'Đã ký', 'a-b-c-d-e',
    );
    const run = fc.record({
      text: fc.array(token, { maxLength: 14 }).map((tokens) => tokens.join('')),
      bold: fc.boolean(),
      italic: fc.boolean(),
      sizePt: fc.constantFrom(11, 13, 14, 13.5),
    });
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 5 }), fc.integer({ min: 5, max: 300 }), fc.integer({ min: 5, max: 300 }), (runs, first, rest) => {
        same(runs, first, rest);
      }),
      { numRuns: 3000, seed: 20201005 },
    );
  });
});
