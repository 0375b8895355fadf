// The example plans of the companion documents (plans/2026-*.yaml) follow the decree's facts of their forms in our PDF
// (tests/helpers/form-facts.ts; the parity test checks LibreOffice's rendering too), and each fact fails when the
// PDF or the plan is changed to break it, so that none of them passes by itself.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../src/plan/load-plan';
import type { Plan } from '../../src/plan/plan-schema';
import { rightSigner } from '../../src/plan/signers';
import { buildPlan, repoRoot } from '../helpers/build-plan';
import { layoutProblems } from '../helpers/layout-facts';
import { readPdf, type PdfFile, type PdfItem } from '../helpers/read-pdf';

const names = ['quyet-dinh-ban-hanh-ke-hoach', 'cong-van-trien-khai', 'bien-ban-hop-ban-to-chuc', 'thong-bao-ket-luan', 'giay-moi-khai-mac', 'bao-cao-ket-qua', 'to-trinh'];
const built = new Map<string, { plan: Plan; pdf: PdfFile }>();

beforeAll(async () => {
  for (const name of names) {
    const file = path.join(repoRoot, 'plans', `2026-${name}.yaml`);
    const result = await buildPlan(file);
    expect(result.code).toBe(0);
    built.set(name, { plan: parsePlan(fs.readFileSync(file, 'utf8'), file).plan, pdf: await readPdf(result.pdf) });
  }
});

const signerName = (plan: Plan) => rightSigner(plan).name!;
const problemsOf = (plan: Plan, pdf: PdfFile) => layoutProblems(pdf, { plan, signerName: signerName(plan) });

/** The example's PDF with each item that `change` returns replaced (undefined: left out), and the plan, changed. */
function altered(name: string, change: (item: PdfItem, page: number) => PdfItem | undefined | null, plan?: (plan: Plan) => Plan): string[] {
  const example = built.get(name)!;
  const pages = example.pdf.pages.map((page, index) => ({
    ...page,
    items: page.items.flatMap((item) => {
      const changed = change(item, index);
      return changed === null ? [] : [changed ?? item];
    }),
  }));
  const changedPlan = plan ? plan(structuredClone(example.plan)) : example.plan;
  return problemsOf(changedPlan, { ...example.pdf, pages });
}

const keep = () => undefined;
const starting = (text: string) => (item: PdfItem) => item.text.trim().startsWith(text);

describe('the example plans of the companion documents', () => {
  it.each(names)('2026-%s follows the facts of its form', (name) => {
    const { plan, pdf } = built.get(name)!;
    expect(problemsOf(plan, pdf)).toEqual([]);
  });
});

describe('each fact of a form fails when broken', () => {
  it('Công văn: V/v 12 pt, centred under the number, 6 pt below it; no type name', () => {
    expect(altered('cong-van-trien-khai', (item) => (starting('V/v')(item) ? { ...item, size: 13 } : undefined))).toContainEqual(expect.stringMatching(/"V\/v Triển khai.*" is not 12 pt regular/));
    expect(altered('cong-van-trien-khai', (item) => (starting('V/v')(item) ? { ...item, x: item.x + 4 } : undefined))).toContainEqual(expect.stringMatching(/is not centred under "Số:"/));
    expect(altered('cong-van-trien-khai', (item) => (item.size === 12 && item.y > 110 && item.y < 180 ? { ...item, y: item.y - 3 } : undefined))).toContainEqual(expect.stringMatching(/V\/v stands .* pt under the number's line, not 6 pt/));
    expect(altered('cong-van-trien-khai', (item, page) => (page === 0 && item.text.startsWith('Kính gửi') ? { ...item, text: 'CÔNG VĂN' } : undefined))).toContain('a công văn shows the type name "CÔNG VĂN"');
  });

  it('the type name: on page 1, bold, centred', () => {
    expect(altered('giay-moi-khai-mac', (item) => (item.text.trim() === 'GIẤY MỜI' ? { ...item, x: item.x - 30 } : undefined))).toContain('the type name "GIẤY MỜI" is not 14 pt bold, centred');
    expect(altered('to-trinh', (item) => (item.text.trim() === 'TỜ TRÌNH' ? { ...item, text: 'TỜ TRÌNH SỐ' } : undefined))).toContain('the type name "TỜ TRÌNH" is not on a line of its own on page 1');
  });

  it('Kính gửi: several, the dashes aligned and wrapped lines hanging; one, on a centred line; 14 regular', () => {
    expect(altered('cong-van-trien-khai', (item) => (starting('- Giám đốc các trung tâm')(item) ? { ...item, x: item.x + 2 } : undefined))).toContainEqual(expect.stringMatching(/Kính gửi: "- Giám đốc.*" starts at .* \(the dash under the first\)/));
    expect(altered('cong-van-trien-khai', (item) => (item.text.trim() === 'thường xuyên.' ? { ...item, x: item.x - 8 } : undefined))).toContainEqual(expect.stringMatching(/hanging under the text/));
    expect(altered('cong-van-trien-khai', keep, (plan) => ({ ...plan, to: ['Giám đốc các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên', 'Hiệu trưởng các trường trung học phổ thông'] }) as Plan)).toContainEqual(expect.stringMatching(/^Kính gửi does not read/));
    expect(altered('bao-cao-ket-qua', (item) => (starting('Kính gửi')(item) ? { ...item, x: item.x - 10 } : undefined))).toContain('"Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi" is not one centred line');
    expect(altered('to-trinh', (item) => (starting('Kính gửi')(item) ? { ...item, font: `${item.font}-Italic` } : undefined))).toContain('Kính gửi is not 14 pt regular');
  });

  it('Nơi nhận opens with "- Như trên;" where due, "- Như Điều N;" under a decision, and with neither elsewhere', () => {
    expect(altered('cong-van-trien-khai', (item) => (item.text.trim() === '- Như trên;' ? { ...item, text: '- Giám đốc Sở;' } : undefined))).toContainEqual(expect.stringMatching(/Nơi nhận opens with "- Giám đốc Sở;", not "- Như trên;"/));
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', keep, (plan) => ({ ...plan, executingArticle: 2 }) as Plan)).toContain('Nơi nhận opens with "- Như Điều 3;", not "- Như Điều 2;"');
    expect(altered('thong-bao-ket-luan', (item) => (item.text.startsWith('- Giám đốc, các Phó') ? { ...item, text: '- Như trên;' } : undefined))).toContain('Nơi nhận opens with "- Như trên;" though the document is addressed to no one');
  });

  it('Quyết định: the authority and "QUYẾT ĐỊNH:" bold and centred, each "Điều N." bold and in order', () => {
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', (item) => (item.text.trim() === 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO' ? { ...item, x: item.x + 20 } : undefined))).toContain('the authority "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO" is not 14 pt bold, centred');
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', (item) => (item.text.trim() === 'QUYẾT ĐỊNH:' ? { ...item, font: item.font.replace('Bold', 'Regular') } : undefined))).toContain('"QUYẾT ĐỊNH:" is not 14 pt bold, centred');
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', (item) => (item.text.trim() === 'Điều 2.' ? { ...item, font: item.font.replace('Bold', 'Regular') } : undefined))).toContain('"Điều 2." is not 14 pt bold');
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', (item) => (item.text.trim() === 'Điều 3.' ? null : undefined))).toContain('no "Điều 3." standing alone as a run');
  });

  it('the attached plan: a page of its own, a header without number or date, "(Kèm theo Quyết định số … ngày … của …)" italic centred, no signature, pages numbered from 1', () => {
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', (item, page) => (page === 1 && item.text.startsWith('(Kèm theo') ? { ...item, font: item.font.replace('Italic', 'Regular') } : undefined))).toContainEqual(expect.stringMatching(/^"\(Kèm theo .*" is not 14 pt italic, centred$/));
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', (item, page) => (page === 0 && item.text.startsWith('Số:') ? { ...item, text: 'Số: 36/QĐ-SGDĐT' } : undefined))).toContainEqual(expect.stringMatching(/^the attached document's first page reads ".*", not "\(Kèm theo Quyết định số 36\/QĐ-SGDĐT ngày 12 tháng 01 năm 2026 của Giám đốc Sở Giáo dục và Đào tạo…\)"$/));
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', (item, page) => (page === 1 && item.text.trim() === 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' ? { ...item, text: 'Số: 35/QĐ-SGDĐT' } : undefined))).toContain("the attached document's header has a number or a place-date of its own");
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', (item, page) => (page === 2 && item.y < 56 ? { ...item, text: '3' } : undefined))).toContain('page 3 does not show its number (2) in the top margin');
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', (item, page) => (page === 2 && item.text.startsWith('Tham mưu') ? { ...item, text: 'Nơi nhận:' } : undefined))).toContain('the attached document has a Nơi nhận of its own');
    expect(altered('quyet-dinh-ban-hanh-ke-hoach', (item, page) => (page === 1 && item.text.trim() === 'KẾ HOẠCH' ? null : undefined))).toContain('no page after the signature with the attached "KẾ HOẠCH"');
  });

  it('Biên bản: no place-date; THƯ KÝ left and CHỦ TỌA right on one baseline, the names too; Nơi nhận under the left', () => {
    const header = built.get('bien-ban-hop-ban-to-chuc')!.pdf.pages[0]!.items.find(starting('Số:'))!;
    const withDate = problemsOf(built.get('bien-ban-hop-ban-to-chuc')!.plan, {
      ...built.get('bien-ban-hop-ban-to-chuc')!.pdf,
      pages: built.get('bien-ban-hop-ban-to-chuc')!.pdf.pages.map((page, index) => (index === 0 ? { ...page, items: [...page.items, { ...header, x: 300, text: 'Quảng Ngãi, ngày 24 tháng 02 năm 2026', font: 'Tinos-Italic', size: 14 }] } : page)),
    });
    expect(withDate).toEqual(expect.arrayContaining(['the number of a Biên bản has something beside it (the place-date?)', 'the header of a Biên bản has an italic line (the place-date?)']));
    expect(altered('bien-ban-hop-ban-to-chuc', (item) => (item.text.trim() === 'CHỦ TỌA' ? { ...item, y: item.y + 2 } : undefined))).toContain('the titles "THƯ KÝ" and "CHỦ TỌA" are not on one baseline');
    expect(altered('bien-ban-hop-ban-to-chuc', keep, (plan) => ({ ...plan, signers: [...(plan as { signers: unknown[] }).signers].reverse() }) as Plan)).toContain('"CHỦ TỌA" is not on the left and "THƯ KÝ" on the right');
    expect(altered('bien-ban-hop-ban-to-chuc', (item) => (item.text.trim() === 'Phạm Thị Thu Hằng' ? { ...item, y: item.y - 1 } : undefined))).toContain('the names "Nguyễn Thị Mai Anh" and "Phạm Thị Thu Hằng" are not on one baseline');
  });
});
