// signer.lines in the produced files: the three lines of a TM. + KT. signature, in order, in the PDF and the DOCX.
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { buildPlan, repoRoot } from '../helpers/build-plan';
import { bodyParagraphs, paragraphText, readDocx } from '../helpers/read-docx';
import { readPdf } from '../helpers/read-pdf';

const plan = path.join(repoRoot, 'tests', 'fixtures', 'parity', 'signer-tm-kt.yaml');
const signature = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Quốc Nam'];

describe('signer.lines in the documents', () => {
  it('prints TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH above the name, one line each, centred in the right column', async () => {
    const built = await buildPlan(plan);
    expect(built.code).toBe(0);

    const pdf = await readPdf(built.pdf);
    const page = pdf.pages[pdf.pages.length - 1]!;
    // The right column's lines (a line of the page may hold Nơi nhận text on the left too).
    const right = page.lines
      .map((line) => {
        const items = line.items.filter((item) => item.x > page.width / 2 - 20);
        return { y: line.y, x: items[0]?.x ?? 0, right: items.length ? items[items.length - 1]!.x + items[items.length - 1]!.width : 0, text: items.map((item) => item.text).join('').trim() };
      })
      .filter((line) => signature.includes(line.text));
    expect(right.map((line) => line.text)).toEqual(signature);
    const [tm, kt, title] = right;
    // One line apart (bold 14 pt, single spacing), each centred on the same axis.
    expect(kt!.y - tm!.y).toBeGreaterThan(14);
    expect(kt!.y - tm!.y).toBeLessThan(18);
    expect(Math.abs(title!.y - kt!.y - (kt!.y - tm!.y))).toBeLessThan(0.5);
    for (const line of [kt!, title!]) expect(Math.abs((line.x + line.right) / 2 - (tm!.x + tm!.right) / 2)).toBeLessThan(1);

    const texts = bodyParagraphs(readDocx(built.docx)).map(paragraphText);
    const at = signature.map((text) => texts.indexOf(text));
    expect(at.every((index) => index > 0)).toBe(true);
    expect(at.slice(0, 3)).toEqual([at[0], at[0]! + 1, at[0]! + 2]);
    expect(at[3]!).toBeGreaterThan(at[2]!);
  });
});
