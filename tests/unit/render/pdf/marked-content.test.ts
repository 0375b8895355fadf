// A tagged page's content: rules as artifacts the way pdfkit marks them, each text in a sequence of its structure
// element with an MCID recorded in the element, a list item's label split from its text inside one text object.
import { describe, expect, it } from '@jest/globals';
import PDFDocument from 'pdfkit';
import type { PlacedItem, PlacedText } from '../../../../src/layout/flow-pages';
import { paragraph, run } from '../../../../src/layout/paragraph-parts';
import { DocumentFonts } from '../../../../src/render/pdf/document-fonts';
import { StructureMarks } from '../../../../src/render/pdf/marked-content';
import { pageContent } from '../../../../src/render/pdf/page-content';
import type { StructLeaf, StructNode } from '../../../../src/render/pdf/tag-structure';

const size: [number, number] = [595.275591, 841.889764];
const node = (role: string): StructNode => ({ role, marks: [], kids: [] });
const body = paragraph([run('Đoạn văn', 14)], 14, {});
const item = paragraph([run('- Việc thứ nhất.', 14)], 14, {});
const text = (value: string, from: PlacedText['paragraph'], x = 70): PlacedText => ({ kind: 'text', x, y: 120, text: value, wordSpacing: 0, run: { text: value, bold: false, italic: false, sizePt: 14 }, paragraph: from });

function marked() {
  const [p, lbl, lbody] = [node('P'), node('Lbl'), node('LBody')];
  const leaves = new Map<PlacedText['paragraph'], StructLeaf>([
    [body, { node: p }],
    [item, { node: lbody, label: { node: lbl, length: 1 } }],
  ]);
  return { p, lbl, lbody, marks: new StructureMarks(leaves) };
}

describe('tagged page content', () => {
  it('marks the rules as one artifact, with the operators pdfkit writes for markContent("Artifact")', () => {
    const pdf = new PDFDocument({ size, margins: { top: 0, bottom: 0, left: 0, right: 0 }, autoFirstPage: false, font: null } as unknown as PDFKit.PDFDocumentOptions);
    pdf.addPage({ size });
    pdf.markContent('Artifact');
    pdf.save().lineWidth(0.5).moveTo(10, 20).lineTo(30, 20).stroke('#000000').restore();
    pdf.save().lineWidth(0.5).moveTo(10, 40).lineTo(30, 40).stroke('#000000').restore();
    pdf.endMarkedContent();
    const written = Buffer.concat((pdf as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content.buffer).toString('latin1');
    const rules: PlacedItem[] = [20, 40].map((y) => ({ kind: 'rule', x1: 10, x2: 30, y, thicknessPt: 0.5 }));
    expect(pageContent(rules, size[1], new DocumentFonts(), marked().marks, 0).operators.toString('latin1')).toBe(written);
  });

  it('puts the texts of one paragraph that follow each other in one sequence, recorded in the element with its page', () => {
    const { p, lbl, lbody, marks } = marked();
    const operators = pageContent([text('Đoạn', body), text('văn', body, 110), text('- Việc thứ nhất.', item)], size[1], new DocumentFonts(), marks, 3).operators.toString('latin1');
    expect(operators.match(/BDC|EMC|BT|ET|TJ/g)).toEqual(['BDC', 'BT', 'TJ', 'ET', 'BT', 'TJ', 'ET', 'EMC', 'BT', 'BDC', 'TJ', 'EMC', 'BDC', 'TJ', 'EMC', 'ET']);
    expect(operators).toContain('/P <</MCID 0>> BDC\nBT\n');
    // The label and the item's text: two sequences in one text object, the second show going on from the first.
    expect(operators).toMatch(/Tf\n\/Lbl <<\/MCID 1>> BDC\n\[\([^)]*\)\] TJ\nEMC\n\/LBody <<\/MCID 2>> BDC\n\[\(/);
    expect([p.marks, lbl.marks, lbody.marks]).toEqual([[{ page: 3, mcid: 0 }], [{ page: 3, mcid: 1 }], [{ page: 3, mcid: 2 }]]);
  });

  it('marks what is drawn for the page only as a pagination artifact, and refuses a text the tree has no place for', () => {
    const { marks } = marked();
    const number = { ...text('2', paragraph([], 13, {})), artifact: true as const };
    const operators = pageContent([number], size[1], new DocumentFonts(), marks, 1).operators.toString('latin1');
    expect(operators).toMatch(/^1 0 0 -1 0 [\d.]+ cm\n\/Artifact <<\/Type \/Pagination>> BDC\nBT\n[^]*ET\nEMC\n$/);
    expect(() => pageContent([text('lạc', paragraph([], 13, {}))], size[1], new DocumentFonts(), marks, 1)).toThrow(/no place for the text "lạc"/);
  });
});
