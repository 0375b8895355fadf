import { describe, expect, it } from '@jest/globals';
import PDFDocument from 'pdfkit';
import { pdfFont } from '../../../src/fonts/pdf-font';
import { loadFont } from '../../../src/fonts/font-metrics';
import { pdfText, readPdfBytes } from '../../helpers/read-pdf';

describe('PdfFont (the font pdfkit is given)', () => {
  it('maps each character to one glyph with its advance, without shaping', () => {
    const run = pdfFont('regular').layout('Việt ffi');
    const file = loadFont('regular');
    expect(run.glyphs.map((glyph) => glyph.id)).toEqual([...'Việt ffi'].map((char) => file.glyphId(char.codePointAt(0)!)));
    expect(run.positions.map((position) => position.xAdvance)).toEqual(run.glyphs.map((glyph) => file.advanceWidth(glyph.id)));
    expect(run.advanceWidth).toBe(run.positions.reduce((sum, position) => sum + position.xAdvance, 0));
  });

  it('serves pdfkit as a whole font too: its own text() embeds a subset that reads back', async () => {
    const pdf = new PDFDocument({ font: null } as unknown as PDFKit.PDFDocumentOptions);
    pdf.registerFont('tinos', pdfFont('bold') as unknown as string);
    pdf.font('tinos').fontSize(14).text('Kế hoạch Tuần lễ học tập suốt đời', 72, 72);
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => pdf.on('end', resolve));
    pdf.end();
    await done;
    expect(pdfText(await readPdfBytes(Buffer.concat(chunks)))).toContain('Kế hoạch Tuần lễ học tập suốt đời');
  });
});
