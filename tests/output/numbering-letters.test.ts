// numbering: decimal-letters: sections numbered 1., 1.1. and their points lettered a), b)… (Decree 30's điểm), with
// paragraphs directly under a heading at every level, in both formats.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { unzipSync } from 'fflate';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';
import { pdfText, readPdf } from '../helpers/read-pdf';

const seed = fs.readFileSync(path.join(repoRoot, 'plans', '2020.yaml'), 'utf8');
const body = `numbering: decimal-letters
body:
  - heading: Nội dung
    content:
      - Đoạn ngay dưới mục cấp một.
      - heading: Các hoạt động
        content:
          - Đoạn ngay dưới mục cấp hai.
          - heading: Tuyên truyền
            content:
              - Đoạn ngay dưới điểm thứ nhất.
          - heading: Khai mạc
          - heading: Hội thảo
          - heading: Triển lãm
          - heading: Tổng kết
          - heading: Khen thưởng
`;
const plan = seed.slice(0, seed.indexOf('\nbody:\n') + 1) + body + seed.slice(seed.indexOf('\nclosing:'));

describe('numbering: decimal-letters', () => {
  it('writes 1., 1.1. and a), b), c), d), đ), e) in the PDF and the DOCX, each paragraph under its heading', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-letters-'));
    fs.writeFileSync(path.join(dir, 'ke-hoach.yaml'), plan);
    const io = memoryIo();
    expect(await run(['build', path.join(dir, 'ke-hoach.yaml'), '--out', dir], io)).toBe(0);
    const expected = ['1. Nội dung', 'Đoạn ngay dưới mục cấp một.', '1.1. Các hoạt động', 'Đoạn ngay dưới mục cấp hai.', 'a) Tuyên truyền', 'Đoạn ngay dưới điểm thứ nhất.', 'b) Khai mạc', 'c) Hội thảo', 'd) Triển lãm', 'đ) Tổng kết', 'e) Khen thưởng'];
    const pdf = pdfText(await readPdf(path.join(dir, 'ke-hoach.pdf')));
    const positions = expected.map((line) => pdf.indexOf(line));
    expect(positions.every((at, i) => at >= 0 && (i === 0 || at > positions[i - 1]!))).toBe(true);
    const xml = Buffer.from(unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, 'ke-hoach.docx'))))['word/document.xml']!).toString('utf8');
    const docx = xml.replace(/<[^>]+>/g, '');
    const inDocx = expected.map((line) => docx.indexOf(line));
    expect(inDocx.every((at, i) => at >= 0 && (i === 0 || at > inDocx[i - 1]!))).toBe(true);
  });
});
