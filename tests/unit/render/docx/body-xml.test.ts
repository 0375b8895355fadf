import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import path from 'node:path';
import type { ResolvedBlock, ResolvedParagraph, ResolvedRun } from '../../../../src/layout/resolved-document';
import { layOutPlan } from '../../../../src/pipeline';
import { loadPlanFile } from '../../../../src/plan/load-plan';
import { bodyXml } from '../../../../src/render/docx/body-xml';
import { renderDocx } from '../../../../src/render/docx/render-docx';
import { repoRoot } from '../../../helpers/build-plan';
import { canonicalXml } from '../../../helpers/canonical-xml';
import { docxOwnBody } from '../../../helpers/docx-body-oracle';

const plans = ['plans/2020.yaml', 'tests/fixtures/parity/tables.yaml', 'tests/fixtures/parity/long-header-and-bases.yaml', 'tests/fixtures/parity/many-recipients.yaml', 'tests/fixtures/parity/page-breaks.yaml', 'tests/fixtures/parity/small-profile-wide-margins.yaml'];

const run = (text: string, extra: Partial<ResolvedRun> = {}): ResolvedRun => ({ text, bold: false, italic: false, sizePt: 14, ...extra });
const paragraph = (extra: Partial<ResolvedParagraph> = {}): ResolvedParagraph => ({
  kind: 'paragraph',
  runs: [run('Kế hoạch')],
  align: 'left',
  indentLeftPt: 0,
  indentRightPt: 0,
  firstLinePt: 0,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  lineSpacing: { rule: 'multiple', value: 1 },
  keepNext: false,
  keepLines: false,
  bottomRule: null,
  emptySizePt: 14,
  ...extra,
});

/** Held to docx's body as canonical XML: a new element need not copy docx's attribute order or escapes by hand. */
const expectDocxBody = (blocks: readonly ResolvedBlock[]) => expect(canonicalXml(bodyXml(blocks))).toBe(canonicalXml(docxOwnBody(blocks)));

describe('bodyXml', () => {
  it.each(plans)('writes the body of %s as docx writes it (canonical XML)', (plan) => {
    const { resolved } = layOutPlan(loadPlanFile(path.join(repoRoot, plan)), {});
    for (const section of resolved.sections) expectDocxBody(section.blocks);
  });

  it("writes the seed's body as docx writes it, byte for byte (the seed's DOCX never changes)", () => {
    const { resolved } = layOutPlan(loadPlanFile(path.join(repoRoot, plans[0]!)), {});
    for (const section of resolved.sections) expect(bodyXml(section.blocks)).toBe(docxOwnBody(section.blocks));
  });

  it('writes what the plans never use as docx writes it too', () => {
    const blocks: ResolvedBlock[] = [
      paragraph({ runs: [run('A & B < C > D "E" \'F\' \u0001\u000b\t\u00a0', { bold: true, italic: true, sizePt: 11.5 })] }),
      paragraph({ runs: [], align: 'justify', indentLeftPt: 12.3, indentRightPt: 4, firstLinePt: -9, spaceAfterPt: 6, lineSpacing: { rule: 'exact', pt: 3.7 } }),
      paragraph({ align: 'center', spaceBeforePt: 3, lineSpacing: { rule: 'multiple', value: 1.5 }, keepLines: true, bottomRule: { thicknessPt: 0.1 } }),
      paragraph({ outline: { level: 3 }, keepNext: true, keepLines: true, spaceBeforePt: 6 }),
      {
        kind: 'table',
        indentPt: 0,
        cellPaddingPt: 0,
        rows: [
          { cantSplit: false, cells: [{ widthPt: 100, paragraphs: [] }, { widthPt: 200.4, paragraphs: [paragraph()] }] },
          { cantSplit: true, cells: [{ widthPt: 100, paragraphs: [paragraph({ runs: [run('')] })] }, { widthPt: 200.4, paragraphs: [] }] },
        ],
      },
    ];
    expectDocxBody(blocks);
  });

  it('writes a table of the content (grid, borders, header rows, spans, merges, vertical centring) as docx writes it', () => {
    const blocks: ResolvedBlock[] = [
      {
        kind: 'table',
        indentPt: 0,
        cellPaddingPt: 5.4,
        grid: { columnsPt: [30, 40.05, 50], borderPt: 0.5 },
        rows: [
          { cantSplit: true, header: true, cells: [{ widthPt: 70.05, gridSpan: 2, vAlignCenter: true, paragraphs: [paragraph({ keepNext: true, align: 'center' })] }, { widthPt: 50, rowSpan: 3, vAlignCenter: true, paragraphs: [paragraph()] }] },
          { cantSplit: true, cells: [{ widthPt: 30, paragraphs: [paragraph({ align: 'right' })] }, { widthPt: 40.05, paragraphs: [] }, { widthPt: 50, merged: true, paragraphs: [paragraph({ runs: [] })] }] },
          { cantSplit: false, cells: [{ widthPt: 70.05, gridSpan: 2, paragraphs: [paragraph({ align: 'justify' })] }, { widthPt: 50, merged: true, paragraphs: [paragraph({ runs: [] })] }] },
        ],
      },
    ];
    expectDocxBody(blocks);
  });

  it('writes random paragraphs as docx writes them', () => {
    const texts = fc.string({ unit: fc.constantFrom('a', 'ệ', ' ', '&', '<', '>', '"', "'", '\u0002', '\t', '\n', 'Đ') });
    const runs = fc.array(fc.record({ text: texts, bold: fc.boolean(), italic: fc.boolean(), sizePt: fc.constantFrom(11, 12, 13, 14, 10.5) }), { maxLength: 4 });
    const points = fc.constantFrom(0, 0, 3, 6, 12.5, 28.35);
    const randomParagraph = fc.record({
      runs,
      align: fc.constantFrom('left' as const, 'center' as const, 'justify' as const),
      indentLeftPt: points,
      indentRightPt: points,
      firstLinePt: fc.constantFrom(0, 28.35, -9, -14.2),
      spaceBeforePt: points,
      spaceAfterPt: points,
      lineSpacing: fc.oneof(fc.record({ rule: fc.constant('multiple' as const), value: fc.constantFrom(1, 1.15, 1.5) }), fc.record({ rule: fc.constant('exact' as const), pt: fc.constantFrom(4, 15.5) })),
      keepNext: fc.boolean(),
      keepLines: fc.boolean(),
      bottomRule: fc.option(fc.record({ thicknessPt: fc.constantFrom(0.5, 1) }), { nil: null }),
      emptySizePt: fc.constantFrom(4, 13, 14),
    });
    fc.assert(
      fc.property(fc.array(randomParagraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const blocks = paragraphs.map((p): ResolvedBlock => ({ kind: 'paragraph', ...p }));
        expectDocxBody(blocks);
      }),
      { numRuns: 200, seed: 20201001 },
    );
  });

  it('is what the DOCX carries, before the section properties docx wrote', async () => {
    const { resolved, info } = layOutPlan(loadPlanFile(path.join(repoRoot, plans[0]!)), {});
    const xml = Buffer.from(unzipSync(new Uint8Array(await renderDocx(resolved, info)))['word/document.xml']!).toString('utf8');
    expect(xml).toContain(`<w:body>${bodyXml(resolved.sections[0]!.blocks)}<w:sectPr>`);
    expect(xml.match(/<w:body>/g)).toHaveLength(1);
  });
});

describe('bodyXml on a broken layout', () => {
  it.each([
    ['a size', { runs: [{ text: 'x', bold: false, italic: false, sizePt: Number.NaN }] }],
    ['an indent', { indentLeftPt: Number.POSITIVE_INFINITY }],
    ['a spacing', { spaceBeforePt: Number.NaN }],
  ])('refuses %s that is not a whole number: a layout bug fails loudly', (_, broken) => {
    const p = { kind: 'paragraph', runs: [], align: 'left', indentLeftPt: 0, indentRightPt: 0, firstLinePt: 0, spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: { rule: 'multiple', value: 1 }, keepNext: false, keepLines: false, bottomRule: null, emptySizePt: 14, ...broken } as ResolvedParagraph;
    expect(() => bodyXml([p])).toThrow(/whole number/);
  });
});
