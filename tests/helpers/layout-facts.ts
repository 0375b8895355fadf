// Checks the Decree 30 layout facts on any PDF rendering of a plan (ours or LibreOffice's), returning what fails.
import type { Plan } from '../../src/plan/plan-schema';
import type { PdfFile, PdfItem } from './read-pdf';

const mm = (value: number) => (value * 72) / 25.4;

export interface FactsOptions {
  plan: Plan;
  signerName: string;
}

function styleOf(items: PdfItem[]): string {
  const sizes = [...new Set(items.map((item) => item.size))];
  const fonts = [...new Set(items.map((item) => (/Bold/.test(item.font) ? 'B' : '') + (/Italic/.test(item.font) ? 'I' : '')))];
  return `${sizes.join('/')}${fonts.join('/')}`;
}

/** The items on one baseline whose joined text (spaces ignored) is `text`, or whose first item starts with it. */
function find(pdf: PdfFile, text: string): { page: number; items: PdfItem[] } | undefined {
  const wanted = text.replace(/\s+/g, '');
  for (const [index, page] of pdf.pages.entries()) {
    const sorted = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
    for (let i = 0; i < sorted.length; i++) {
      let joined = '';
      const items: PdfItem[] = [];
      for (let k = i; k < sorted.length && Math.abs(sorted[k]!.y - sorted[i]!.y) < 0.5; k++) {
        joined += sorted[k]!.text.replace(/\s+/g, '');
        items.push(sorted[k]!);
        if (joined === wanted || (k === i && joined.startsWith(wanted))) return { page: index, items };
        if (!wanted.startsWith(joined)) break;
      }
    }
  }
  return undefined;
}

export function layoutProblems(pdf: PdfFile, { plan, signerName }: FactsOptions): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const small = plan.layout.sizes === '12/13';
  const margins = plan.layout.margins ?? { top: 20, bottom: 20, left: 30, right: 15 };
  const m = { top: mm(margins.top), bottom: mm(margins.bottom), left: mm(margins.left), right: mm(margins.right) };
  const body = small ? 13 : 14;

  pdf.pages.forEach((page, index) => {
    expect(Math.abs(page.width - 595.28) < 0.5 && Math.abs(page.height - 841.89) < 0.5, `page ${index + 1} is not A4`);
    for (const item of page.items.filter((i) => i.y > m.top)) {
      if (item.x < m.left - mm(6) - 0.5 || item.x + item.width > page.width - m.right + 1 || item.y > page.height - m.bottom)
        problems.push(`page ${index + 1}: "${item.text}" outside the margins`);
    }
    const numbers = page.items.filter((item) => item.y <= m.top);
    if (index === 0) expect(numbers.length === 0, 'page 1 shows a page number');
    else {
      expect(numbers.map((n) => n.text.trim()).join('') === String(index + 1), `page ${index + 1} does not show its number in the top margin`);
      const centre = numbers[0] ? numbers[0].x + numbers[0].width / 2 : 0;
      expect(Math.abs(centre - (m.left + page.width - m.right) / 2) < 1.5, `page ${index + 1}: the number is not centred`);
    }
  });

  const checkStyle = (text: string, wanted: string) => {
    const found = find(pdf, text);
    if (!found) problems.push(`"${text}" is not on one line`);
    else expect(styleOf(found.items) === wanted, `"${text}" is ${styleOf(found.items)}, not ${wanted}`);
    return found;
  };
  checkStyle('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${small ? 12 : 13}B`);
  checkStyle('Độc lập - Tự do - Hạnh phúc', `${body}B`);
  checkStyle('Nơi nhận:', '12BI');
  checkStyle(`- Lưu: ${plan.archive.join(', ')}.`, '11');
  checkStyle(plan.signer.title.toLocaleUpperCase('vi'), `${body}B`);
  const number = find(pdf, 'Số:');
  const datePrefix = plan.place.split(' ')[0]!;
  const date = pdf.pages[0]!.items.find((item) => item.text.startsWith(datePrefix) && number && Math.abs(item.y - number.items[0]!.y) < 1.5);
  expect(Boolean(date), 'Số and the place-date are not on one baseline');
  if (date) expect(styleOf([date]) === `${body}I`, `the date is ${styleOf([date])}, not ${body}I`);

  const label = find(pdf, 'Nơi nhận:');
  const name = find(pdf, signerName);
  expect(Boolean(label && name && label.page === name.page && label.page === pdf.pages.length - 1), 'the signature block is not together on the last page');
  return problems;
}
