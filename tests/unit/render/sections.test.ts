import { beforeAll, describe, expect, it } from '@jest/globals';
import { unzipSync } from 'fflate';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { eachPage } from '../../../src/layout/flow-pages';
import { layOutPlan } from '../../../src/pipeline';
import { loadPlanFile } from '../../../src/plan/load-plan';
import { renderDocx } from '../../../src/render/docx/render-docx';
import { renderPdf } from '../../../src/render/pdf/render-pdf';
import { repoRoot } from '../../helpers/build-plan';
import { attr, child, elements, paragraphText } from '../../helpers/read-docx';
import { readPdfBytes } from '../../helpers/read-pdf';

/** The built-in templates with two appendices after the signature, the second landscape (as a template may write them). */
function templatesWithAppendices(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-sections-'));
  fs.cpSync(path.join(repoRoot, 'templates'), dir, { recursive: true });
  const head = (options: string, label: string) =>
    `@appendix ${options}\n@appendix-label ${label}\n@appendix-title DANH SÁCH\n@appendix-reference (Kèm theo Kế hoạch số      /KH-SGDĐT ngày      tháng 9 năm 2020\n@appendix-reference của Sở Giáo dục và Đào tạo)\n`;
  const bodies = '{{#each body}}\n@{{tag}} {{text}}\n{{/each}}\n';
  fs.appendFileSync(path.join(dir, 'ke-hoach.hbs'), `${head('', 'Phụ lục I')}${bodies}${head('landscape', 'Phụ lục II')}${bodies}`);
  return dir;
}

const { resolved, info } = layOutPlan(loadPlanFile(path.join(repoRoot, 'plans', '2020.yaml')), { templateDir: templatesWithAppendices() });
const pages = [...eachPage(resolved)];

describe('sections: the main text and each appendix on pages of their own', () => {
  it('resolves one section per appendix, the landscape one turned, every one numbered from 1 with page 1 bare', () => {
    expect(resolved.sections.map((s) => [Math.round(s.page.widthPt), Math.round(s.page.heightPt), s.restartPageNumbers, s.hideFirstPageNumber])).toEqual([
      [595, 842, true, true],
      [595, 842, true, true],
      [842, 595, true, true],
    ]);
  });

  it('starts each section on a new page and numbers its pages 1 (hidden), 2, 3…', () => {
    for (const [index] of resolved.sections.entries()) {
      const own = pages.filter((page) => page.section === index);
      expect(own.length).toBeGreaterThan(1);
      expect(own.map((page) => page.pageNumber)).toEqual([null, ...own.slice(1).map((_, i) => i + 2)]);
    }
    expect(pages.map((page) => page.section)).toEqual([...pages.map((page) => page.section)].sort());
  });

  it('ends the main section, whose last block is the signature table, with a paragraph one twip high', () => {
    const last = resolved.sections[0]!.blocks.at(-1)!;
    expect(last.kind).toBe('paragraph');
    expect(last.kind === 'paragraph' && last.runs.length === 0 && last.lineSpacing).toEqual({ rule: 'exact', pt: 0.05 });
    expect(resolved.sections[0]!.blocks.at(-2)!.kind).toBe('table');
  });
});

describe('sections in the files', () => {
  let documentXml: Document;
  beforeAll(async () => {
    const docx = unzipSync(new Uint8Array(await renderDocx(resolved, info)));
    documentXml = new DOMParser().parseFromString(Buffer.from(docx['word/document.xml']!).toString('utf8'), 'application/xml') as unknown as Document;
  });

  it('DOCX: one w:sectPr per section, in the last paragraph of each but the last, none in an empty paragraph of its own', () => {
    const sections = elements(documentXml, 'sectPr');
    expect(sections).toHaveLength(3);
    const body = elements(documentXml, 'body')[0]!;
    const carriers = sections.slice(0, 2).map((sectPr) => sectPr.parentNode!.parentNode as Element);
    expect(carriers.every((p) => p.localName === 'p' && p.parentNode === body)).toBe(true);
    // The main section's carrier is the 1 pt paragraph after the signature table; the first appendix's is its last paragraph of text.
    expect(paragraphText(carriers[0]!)).toBe('');
    expect((carriers[0]!.previousSibling as Element).localName).toBe('tbl');
    expect(paragraphText(carriers[1]!)).not.toBe('');
    expect(sections[2]!.parentNode).toBe(body);
  });

  it('DOCX: each section has its page size and orientation, numbering from 1 and a bare first page', () => {
    const setUp = elements(documentXml, 'sectPr').map((sectPr) => {
      const size = child(sectPr, 'pgSz')!;
      return [attr(size, 'w'), attr(size, 'h'), attr(size, 'orient'), attr(child(sectPr, 'pgNumType'), 'start'), child(sectPr, 'titlePg') !== undefined];
    });
    expect(setUp).toEqual([
      ['11906', '16838', 'portrait', '1', true],
      ['11906', '16838', 'portrait', '1', true],
      ['16838', '11906', 'landscape', '1', true],
    ]);
  });

  it('PDF: the same pages, each with its size, and the numbers where the flow put them', async () => {
    const pdf = await readPdfBytes(await renderPdf(resolved, info));
    expect(pdf.pages.map((page) => [Math.round(page.width), Math.round(page.height)])).toEqual(pages.map((page) => {
      const { widthPt, heightPt } = resolved.sections[page.section]!.page;
      return [Math.round(widthPt), Math.round(heightPt)];
    }));
    pdf.pages.forEach((page, index) => {
      const top = page.lines.filter((line) => line.y < resolved.sections[pages[index]!.section]!.page.margins.top).map((line) => line.text.trim());
      expect(top).toEqual(pages[index]!.pageNumber === null ? [] : [String(pages[index]!.pageNumber)]);
    });
  });
});
