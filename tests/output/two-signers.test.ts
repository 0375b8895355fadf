// Two signers side by side (a joint document) and the signer's other post, in the produced PDF and DOCX.
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { buildPlan, repoRoot } from '../helpers/build-plan';
import { attr, bodyParagraphs, child, elements, paragraphText, readDocx } from '../helpers/read-docx';
import { readPdf, type PdfItem, type PdfPage } from '../helpers/read-pdf';

const joint = path.join(repoRoot, 'plans', '2024-lien-tich-sgddt-tinh-doan.yaml');
const otherPost = path.join(repoRoot, 'tests', 'fixtures', 'parity', 'signer-other-post.yaml');

/** The item of the page whose text starts with `text` (the PDF may cut a line into runs). */
function itemOf(page: PdfPage, text: string): PdfItem {
  const item = page.items.find((candidate) => candidate.text.trim().startsWith(text));
  if (!item) throw new Error(`"${text}" is not on the page`);
  return item;
}
const centre = (item: PdfItem) => item.x + item.width / 2;

describe('two signers side by side (plans/2024-lien-tich-sgddt-tinh-doan.yaml)', () => {
  it('prints both issuers in the header and the joint symbol', async () => {
    const built = await buildPlan(joint);
    expect(built.code).toBe(0);
    const page = (await readPdf(built.pdf)).pages[0]!;
    const lead = itemOf(page, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    const partner = itemOf(page, 'TỈNH ĐOÀN BÌNH ĐỊNH');
    // One under the other, both bold, centred on the same axis of the left column.
    expect(partner.y - lead.y).toBeGreaterThan(13);
    expect(partner.y - lead.y).toBeLessThan(17);
    expect(partner.font).toBe(lead.font);
    expect(lead.font).toMatch(/Bold/);
    expect(Math.abs(centre(partner) - centre(lead))).toBeLessThan(1);
    // One short rule, under both names.
    const rules = page.rules.filter((rule) => rule.x2 < page.width / 2 && rule.y > lead.y && rule.y < itemOf(page, 'Số:').y);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.y).toBeGreaterThan(partner.y);
    expect(page.items.map((item) => item.text).join(' ')).toContain('Số: 03/KHLT-SGDĐT-TĐ');
  });

  it('sets the two signature blocks side by side, the partner left, the lead agency right, Nơi nhận under the left one', async () => {
    const built = await buildPlan(joint);
    const pdf = await readPdf(built.pdf);
    const page = pdf.pages[pdf.pages.length - 1]!;
    const [leftAuthority, leftTitle, leftName] = ['TM. BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lê Thị Thu Hà'].map((text) => itemOf(page, text));
    const [rightAuthority, rightTitle, rightName] = ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Quốc Bảo'].map((text) => itemOf(page, text));
    const middle = page.width / 2 - 2.5; // the text's middle: margins 30 mm left, 15 mm right
    // Each block in its half, its lines on one axis; the two blocks level, line for line.
    for (const item of [leftAuthority!, leftTitle!, leftName!]) expect(item.x + item.width).toBeLessThan(middle);
    for (const item of [rightAuthority!, rightTitle!, rightName!]) expect(item.x).toBeGreaterThan(middle);
    for (const item of [leftTitle!, leftName!]) expect(Math.abs(centre(item) - centre(leftAuthority!))).toBeLessThan(1);
    for (const item of [rightTitle!, rightName!]) expect(Math.abs(centre(item) - centre(rightAuthority!))).toBeLessThan(1);
    expect(Math.abs(leftAuthority!.y - rightAuthority!.y)).toBeLessThan(0.5);
    expect(Math.abs(leftName!.y - rightName!.y)).toBeLessThan(0.5);
    // The space for the signatures: the name well below the title.
    expect(leftName!.y - leftTitle!.y).toBeGreaterThan(60);
    // Nơi nhận below the left signature, at the left edge, with its list under it.
    const label = itemOf(page, 'Nơi nhận:');
    expect(label.y).toBeGreaterThan(leftName!.y + 12);
    expect(label.x).toBeLessThan(leftAuthority!.x);
    expect(itemOf(page, '- Lưu: VT, P.GDTrH.').y).toBeGreaterThan(label.y);
  });

  it('writes one borderless table row in the DOCX: the two blocks in equal columns, Nơi nhận in the left cell under its signer', async () => {
    const built = await buildPlan(joint);
    const docx = readDocx(built.docx);
    const table = elements(docx.document, 'tbl').find((candidate) => paragraphTexts(candidate).includes('Trần Quốc Bảo'))!;
    expect(table).toBeDefined();
    const rows = elements(table, 'tr');
    expect(rows).toHaveLength(1);
    expect(child(child(rows[0]!, 'trPr')!, 'cantSplit')).toBeDefined();
    const cells = elements(rows[0]!, 'tc');
    expect(cells).toHaveLength(2);
    const widths = cells.map((cell) => Number(attr(child(child(cell, 'tcPr')!, 'tcW'), 'w')));
    expect(Math.abs(widths[0]! - widths[1]!)).toBeLessThanOrEqual(1);
    expect(paragraphTexts(cells[0]!)).toEqual([
      'TM. BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lê Thị Thu Hà', 'Nơi nhận:',
      '- Trung ương Đoàn TNCS Hồ Chí Minh (để b/c);', '- UBND tỉnh (để b/c);', '- Các trường THPT trong tỉnh;', '- Các huyện, thị, thành đoàn;', '- Lưu: VT, P.GDTrH.',
    ]);
    expect(paragraphTexts(cells[1]!)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Quốc Bảo']);
    // Kept together as the single signature is: every paragraph keeps with the next.
    for (const paragraph of elements(table, 'p')) expect(child(child(paragraph, 'pPr')!, 'keepNext')).toBeDefined();
  });
});

describe('two signature blocks of different heights (tests/fixtures/parity/two-signers-page-break.yaml)', () => {
  it('levels the names, the shorter block getting the longer signature space, and puts Nơi nhận under both', async () => {
    const built = await buildPlan(path.join(repoRoot, 'tests', 'fixtures', 'parity', 'two-signers-page-break.yaml'));
    expect(built.code).toBe(0);
    const pdf = await readPdf(built.pdf);
    const page = pdf.pages[pdf.pages.length - 1]!;
    const [leftTitle, leftName] = ['BÍ THƯ', 'Nguyễn Thành Long'].map((text) => itemOf(page, text));
    const [rightTitle, rightName] = ['PHÓ CHỦ TỊCH', 'Đỗ Thị Hạnh'].map((text) => itemOf(page, text));
    // The right block has one line more (TM. / KT. / title): the left name is not a line higher but level.
    expect(rightTitle!.y - leftTitle!.y).toBeGreaterThan(14);
    expect(Math.abs(leftName!.y - rightName!.y)).toBeLessThan(0.5);
    expect(rightName!.y - rightTitle!.y).toBeGreaterThan(60);
    expect(itemOf(page, 'Nơi nhận:').y).toBeGreaterThan(rightName!.y + 12);
    // The closing table starts its page with the paragraph kept with it, not alone.
    expect(page.items.some((item) => item.text.includes('Trong quá trình thực hiện'))).toBe(true);
  });
});

describe("the signer's other post (tests/fixtures/parity/signer-other-post.yaml)", () => {
  it('prints it bold between the signature space and the name, as written', async () => {
    const built = await buildPlan(otherPost);
    expect(built.code).toBe(0);
    const pdf = await readPdf(built.pdf);
    const page = pdf.pages[pdf.pages.length - 1]!;
    const [title, note, post, name] = ['TRƯỞNG BAN', '(Đã ký)', 'PHÓ CHỦ TỊCH UBND TỈNH', 'Lê Văn Hòa'].map((text) => itemOf(page, text));
    expect(note!.y).toBeGreaterThan(title!.y);
    // The post sits where the name would: the signature's room (60 pt) above it; the name on the next line.
    expect(post!.y - title!.y).toBeGreaterThan(60);
    expect(name!.y - post!.y).toBeGreaterThan(14);
    expect(name!.y - post!.y).toBeLessThan(18);
    expect(post!.font).toBe(name!.font);
    expect(Math.abs(centre(post!) - centre(name!))).toBeLessThan(1);

    const texts = bodyParagraphs(readDocx(built.docx)).map(paragraphText);
    expect(texts.indexOf('PHÓ CHỦ TỊCH UBND TỈNH')).toBe(texts.indexOf('Lê Văn Hòa') - 1);
  });
});

function paragraphTexts(node: Element): string[] {
  return elements(node, 'p').map(paragraphText).filter(Boolean);
}
