// Party and Đoàn documents (agency.kind) in the produced files: their header, number line, signer forms and Nơi nhận,
// read from the PDF (pdf.js) and the DOCX XML; and what plan says about the forms of the wrong kind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../src/plan/load-plan';
import { buildPlan, repoRoot } from '../helpers/build-plan';
import { issuerHeaderProblems } from '../helpers/issuer-facts';
import { diagnosticsOf } from '../helpers/plan-diagnostics';
import { bodyParagraphs, paragraphText, readDocx, runStyles } from '../helpers/read-docx';
import { pdfText, readPdf, type PdfFile } from '../helpers/read-pdf';

const partyPlan = path.join(repoRoot, 'plans', '2025-huyen-uy.yaml');
const doanPlan = path.join(repoRoot, 'plans', '2025-doan-truong.yaml');

/** The texts of a PDF page: each run as drawn, so the header's two columns stay apart. */
const pageLines = (pdf: PdfFile, index = 0) => pdf.pages[index]!.items.map((item) => item.text.trim());
/** The style of the PDF items whose text is exactly `text`: "15B", "14", … */
function pdfStyle(pdf: PdfFile, text: string): string[] {
  return pdf.pages.flatMap((page) => page.items.filter((item) => item.text.trim() === text)).map((item) => `${item.size}${/Bold/.test(item.font) ? 'B' : ''}${/Italic/.test(item.font) ? 'I' : ''}`);
}
/** Each DOCX run of the body whose paragraph reads `text`, with its size and weight. */
function docxRuns(file: string, text: string) {
  return bodyParagraphs(readDocx(file))
    .filter((paragraph) => paragraphText(paragraph) === text)
    .flatMap(runStyles);
}

/** A copy of a plan with some of its text replaced, in a temporary folder under the same name. */
function variant(file: string, edits: Array<[string | RegExp, string]>): string {
  let text = fs.readFileSync(file, 'utf8');
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`the edit ${String(from)} changed nothing`);
    text = next;
  }
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-issuer-')), path.basename(file));
  fs.writeFileSync(out, text);
  return out;
}

describe('a Party document (agency.kind: dang)', () => {
  it('has the Party header: ĐẢNG CỘNG SẢN VIỆT NAM underlined, no national title or motto, "*", "Số 12-KH/HU"', async () => {
    const built = await buildPlan(partyPlan);
    expect(built.code).toBe(0);
    const pdf = await readPdf(built.pdf);
    expect(pageLines(pdf)).toEqual(expect.arrayContaining(['*', 'Số 12-KH/HU', 'ĐẢNG CỘNG SẢN VIỆT NAM', '-----']));
    expect(pdfText(pdf)).not.toMatch(/CỘNG HÒA|Độc lập|Số:/);
    expect(pdfStyle(pdf, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toEqual(['15B']);
    expect(pdfStyle(pdf, 'HUYỆN ỦY CAM LỘ')).toEqual(['14B']);
    expect(pdfStyle(pdf, 'ĐẢNG BỘ TỈNH QUẢNG TRỊ')).toEqual(['14']);
    expect(issuerHeaderProblems(pdf, parsePlan(fs.readFileSync(partyPlan, 'utf8'), partyPlan).plan, false)).toEqual([]);

    const title = docxRuns(built.docx, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(title).toEqual([{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', sizePt: 15, bold: true, italic: false }]);
    expect(docxRuns(built.docx, 'Số 12-KH/HU')).toHaveLength(1);
    expect(docxRuns(built.docx, '*')).toHaveLength(1);
    const xml = readDocx(built.docx).parts['word/document.xml']!;
    expect(xml).not.toMatch(/CỘNG HÒA|Độc lập/);
  });

  it('signs T/M BAN THƯỜNG VỤ (bold) / PHÓ BÍ THƯ (upright, not bold), recipients ending with ",", "- Lưu Văn phòng Huyện ủy."', async () => {
    const built = await buildPlan(partyPlan);
    const pdf = await readPdf(built.pdf);
    // "Nơi nhận:" 14 pt upright, underlined: a rule just under its baseline, as long as the text.
    expect(pdfStyle(pdf, 'Nơi nhận:')).toEqual(['14']);
    const last = pdf.pages[pdf.pages.length - 1]!;
    const label = last.items.find((item) => item.text.trim() === 'Nơi nhận:')!;
    const underline = last.rules.filter((rule) => rule.y > label.y && rule.y < label.y + 4);
    expect(underline).toHaveLength(1);
    expect(Math.abs(underline[0]!.x1 - label.x)).toBeLessThan(0.5);
    expect(Math.abs(underline[0]!.x2 - (label.x + label.width))).toBeLessThan(0.5);
    expect(docxRuns(built.docx, 'Nơi nhận:')).toEqual([{ text: 'Nơi nhận:', sizePt: 14, bold: false, italic: false }]);
    expect(readDocx(built.docx).parts['word/document.xml']).toMatch(/<w:r><w:rPr><w:sz w:val="28"\/><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">Nơi nhận:<\/w:t>/);
    expect(pdfStyle(pdf, 'T/M BAN THƯỜNG VỤ')).toEqual(['14B']);
    expect(pdfStyle(pdf, 'PHÓ BÍ THƯ')).toEqual(['14']);
    expect(pdfStyle(pdf, 'Lê Văn Hòa')).toEqual(['14B']);
    const lastText = pageLines(pdf, pdf.pages.length - 1).join('\n');
    expect(lastText).toContain('- Ban Tuyên giáo Tỉnh ủy,');
    expect(lastText).toContain('- Lưu Văn phòng Huyện ủy.');
    expect(pdfStyle(pdf, '- Lưu Văn phòng Huyện ủy.')).toEqual(['12']);
    expect(docxRuns(built.docx, 'T/M BAN THƯỜNG VỤ')).toEqual([{ text: 'T/M BAN THƯỜNG VỤ', sizePt: 14, bold: true, italic: false }]);
    expect(docxRuns(built.docx, 'PHÓ BÍ THƯ')).toEqual([{ text: 'PHÓ BÍ THƯ', sizePt: 14, bold: false, italic: false }]);
  });

  it('splits the header half and half (the state gives the right column at least 100 mm)', async () => {
    const built = await buildPlan(partyPlan);
    const xml = readDocx(built.docx).parts['word/document.xml']!;
    // The first table's grid: two columns of 82.5 mm (4677 twips) on the 165 mm line.
    const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(xml)![1]!;
    const widths = [...grid.matchAll(/w:w="(\d+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(2);
    expect(Math.abs(widths[0]! - widths[1]!)).toBeLessThanOrEqual(1);
  });

  it('reads the T/M, K/T forms on a Party document and refuses the state forms, TUQ. and a period after T/M', () => {
    const source = fs.readFileSync(partyPlan, 'utf8');
    const withLines = (lines: string) => source.replace('lines: [T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ]', `lines: ${lines}`);
    expect(parsePlan(withLines('[K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN]'), 'p.yaml').plan.signer?.lines).toEqual(['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN']);
    expect(parsePlan(withLines('[BÍ THƯ]'), 'p.yaml').plan.signer?.lines).toEqual(['BÍ THƯ']);

    const [kt] = diagnosticsOf(withLines('[KT. TRƯỞNG BAN, PHÓ TRƯỞNG BAN]'));
    expect(kt).toMatchObject({ path: 'signer.lines.0', en: { message: '"KT." is the state form; a Party document writes "K/T"', hint: 'write "K/T TRƯỞNG BAN"' } });
    expect(kt!.line).toBe(source.split('\n').findIndex((line) => line.includes('lines: [T/M')) + 1);
    const [period] = diagnosticsOf(withLines('[T/M. BAN THƯỜNG VỤ, BÍ THƯ]'));
    expect(period!.en.message).toBe('the signing authority "T/M" is written in capitals, without a period, with a space after it, not "T/M. BAN THƯỜNG VỤ"');
    expect(period!.en.hint).toBe('write "T/M BAN THƯỜNG VỤ"');
    const [tuq] = diagnosticsOf(withLines('[TUQ. BÍ THƯ, CHÁNH VĂN PHÒNG]'));
    expect(tuq!.en.message).toBe('a Party document has no "TUQ." form of signing; its forms: T/M, K/T, T/L, Q.');
    const [alone] = diagnosticsOf(withLines('[T/M BAN THƯỜNG VỤ]'));
    expect(alone!.en.hint).toBe('add the title as the last line, e.g. [T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ]');
  });

  it('writes the Party number without a colon into the appendix reference too, and leaves a blank without a number', async () => {
    const file = variant(partyPlan, [
      [/^number: 12\n/m, ''],
      [/^signer:/m, 'appendices:\n  - title: Danh sách chi bộ\n    content: [Theo danh sách kèm theo.]\n\nsigner:'],
    ]);
    const built = await buildPlan(file);
    expect(built.code).toBe(0);
    const pdf = await readPdf(built.pdf);
    expect(pdfText(pdf)).toMatch(/ \* Số\s+-KH\/HU Cam Lộ/);
    expect(pdfText(pdf)).toMatch(/\(Kèm theo Kế hoạch số\s+-KH\/HU ngày 10 tháng 3 năm 2025/);
  });
});

describe('a Đoàn document (agency.kind: doan)', () => {
  it('has the Đoàn header: ĐOÀN TNCS HỒ CHÍ MINH underlined, "***", "Số: 08-KH/ĐTN", and signs TM. / BÍ THƯ in bold', async () => {
    const built = await buildPlan(doanPlan);
    expect(built.code).toBe(0);
    const pdf = await readPdf(built.pdf);
    expect(pageLines(pdf)).toEqual(expect.arrayContaining(['***', 'Số: 08-KH/ĐTN', 'ĐOÀN TNCS HỒ CHÍ MINH', '---------']));
    expect(pdfText(pdf)).not.toMatch(/CỘNG HÒA|Độc lập/);
    expect(pdfStyle(pdf, 'ĐOÀN TNCS HỒ CHÍ MINH')).toEqual(['15B']);
    expect(issuerHeaderProblems(pdf, parsePlan(fs.readFileSync(doanPlan, 'utf8'), doanPlan).plan, false)).toEqual([]);
    expect(pdfStyle(pdf, 'TM. BAN THƯỜNG VỤ')).toEqual(['14B']);
    expect(pdfStyle(pdf, 'BÍ THƯ')).toEqual(['14B']);
    expect(pdfText(pdf)).toContain('- Lưu VP Đoàn trường.');
    expect(pdfStyle(pdf, 'Nơi nhận:')).toEqual(['12BI']);
    expect(docxRuns(built.docx, 'ĐOÀN TNCS HỒ CHÍ MINH')).toEqual([{ text: 'ĐOÀN TNCS HỒ CHÍ MINH', sizePt: 15, bold: true, italic: false }]);
    expect(docxRuns(built.docx, '***')).toHaveLength(1);
  });

  it('writes a Trung ương symbol whose issuer code holds a hyphen: "Số: 225-KH/TWĐTN-CTTN"', async () => {
    const file = variant(doanPlan, [
      ['number: 8', 'number: 225'],
      ['code: ĐTN', 'code: TWĐTN-CTTN'],
    ]);
    const built = await buildPlan(file);
    expect(built.code).toBe(0);
    expect(pageLines(await readPdf(built.pdf))).toContain('Số: 225-KH/TWĐTN-CTTN');
  });
});

describe('the header checks of a Party document', () => {
  it('fail on a state document (they can fail)', async () => {
    const seed = path.join(repoRoot, 'plans', '2020.yaml');
    const built = await buildPlan(seed);
    const plan = { ...parsePlan(fs.readFileSync(partyPlan, 'utf8'), partyPlan).plan };
    expect(issuerHeaderProblems(await readPdf(built.pdf), plan, false)).toEqual(['page 1 shows the national title or the motto', '"ĐẢNG CỘNG SẢN VIỆT NAM" is not on one line of page 1']);
  });
});
