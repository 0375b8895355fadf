import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import path from 'node:path';
import type { ResolvedDocument } from '../../../../src/layout/resolved-document';
import { layOutPlan } from '../../../../src/pipeline';
import { loadPlanFile } from '../../../../src/plan/load-plan';
import type { BuildInfo } from '../../../../src/render/build-info';
import { bodyXml } from '../../../../src/render/docx/body-xml';
import { compileParts, zipParts } from '../../../../src/render/docx/pack-docx';
import { packageDocument, renderDocx } from '../../../../src/render/docx/render-docx';
import { repoRoot } from '../../../helpers/build-plan';

/** The DOCX as docx writes it for this document alone: its package made with the plan's own properties. */
function docxAlone(document: ResolvedDocument, info: BuildInfo): Buffer {
  const sections = document.sections.map(({ blocks: _, ...setUp }) => setUp);
  const layout = { sections, pageNumber: document.pageNumber, language: document.meta.language };
  const meta = { title: document.meta.title, subject: document.meta.subject, author: document.meta.author, producer: info.producer };
  const parts = compileParts(packageDocument(layout, meta));
  const xml = parts.get('word/document.xml') as string;
  parts.set('word/document.xml', xml.replace('<w:body>', () => `<w:body>${bodyXml(document.sections[0]!.blocks)}`));
  return zipParts(parts, info.date);
}

const plans = ['plans/2020.yaml', 'tests/fixtures/parity/long-header-and-bases.yaml', 'tests/fixtures/parity/small-profile-wide-margins.yaml'];
const laidOut = plans.map((plan) => layOutPlan(loadPlanFile(path.join(repoRoot, plan)), {}));
const withMeta = (document: ResolvedDocument, meta: Partial<ResolvedDocument['meta']>): ResolvedDocument => ({ ...document, meta: { ...document.meta, ...meta } });
const parts = (docx: Buffer) => unzipSync(new Uint8Array(docx));

describe('the DOCX package, made once per page set-up', () => {
  it('gives each plan the bytes docx gives for it alone, whatever was built before in the process', async () => {
    // Warm the package with every plan first, then build each again with other properties.
    for (const { resolved, info } of laidOut) await renderDocx(resolved, info);
    for (const [index, { resolved, info }] of laidOut.entries()) {
      const other = withMeta(resolved, { title: `Kế hoạch ${index} <&> "x" 'y'`, subject: '', author: 'Sở [plan:title] Giáo dục' });
      const otherInfo: BuildInfo = { ...info, producer: 'plan 9.9.9' };
      const reused = await renderDocx(other, otherInfo);
      expect(reused.equals(docxAlone(other, otherInfo))).toBe(true);
    }
  });

  it('puts each plan its own properties and body (random properties, some empty)', async () => {
    const { resolved, info } = laidOut[0]!;
    const text = fc.string({ unit: fc.constantFrom('a', 'Ệ', ' ', '&', '<', '>', '"', "'", '[plan:title]', '[plan:subject]', '$&', '$1', '\u0001') });
    await fc.assert(
      fc.asyncProperty(fc.record({ title: text, subject: text, author: text }), fc.integer({ min: 0, max: resolved.sections[0]!.blocks.length }), async (meta, blocks) => {
        const [main] = resolved.sections;
        const document = { ...withMeta(resolved, meta), sections: [{ ...main!, blocks: main!.blocks.slice(0, blocks) }] };
        const reused = await renderDocx(document, info);
        expect(reused.equals(docxAlone(document, info))).toBe(true);
      }),
      { numRuns: 40, seed: 20201001 },
    );
  }, 60000);

  it('keeps different page set-ups apart', async () => {
    const [seed, , small] = laidOut;
    const first = parts(await renderDocx(seed!.resolved, seed!.info));
    const second = parts(await renderDocx(small!.resolved, small!.info));
    expect(Buffer.from(first['word/styles.xml']!).equals(Buffer.from(second['word/styles.xml']!))).toBe(false);
    const sectionOf = (xml: Uint8Array) => /<w:sectPr>.*<\/w:sectPr>/s.exec(Buffer.from(xml).toString('utf8'))![0];
    expect(sectionOf(first['word/document.xml']!)).not.toBe(sectionOf(second['word/document.xml']!));
  });
});
