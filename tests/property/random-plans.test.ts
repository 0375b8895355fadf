// Property-based tests (fast-check): random valid plans always build into files that open and carry every text;
// random mutations of a valid plan always end in diagnostics, never in a crash or a hang.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import { stringify } from 'yaml';
import { PlanError } from '../../src/errors';
import { parsePlan } from '../../src/plan/load-plan';
import { buildLoadedPlan } from '../../src/pipeline';
import { readPdfBytes } from '../helpers/read-pdf';

const syllables = ['học', 'tập', 'suốt', 'đời', 'Tuần', 'lễ', 'Sở', 'Giáo', 'dục', 'Đào', 'tạo', 'Ủy', 'ban', 'nhân', 'dân', 'quận', 'huyện', 'phường', 'khuyến', 'đọc', 'thư', 'viện', 'chuyển', 'đổi', 'số', 'năm', '2020', 'COVID-19', 'GDNN-GDTX', 'Nguyễn', 'Thị', 'Hồng', 'Nhung'];
const punctuation = ['', ',', ';', '.', ':', '…', '”', ')', '%'];
const word = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...syllables), fc.constantFrom(...punctuation)).map(([w, p]) => w + p) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zđăâêôơư]{12,40}$/) }, // long words that must break
  { weight: 1, arbitrary: fc.constantFrom('(để b/c)', '“Tuần lễ”', '&', '<x>', '01/10/2020', 'tại ...........') },
);
const text = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((words) => words.join(' '));
const heading = text(1, 8);
const listItem = fc.oneof(text(1, 30), fc.record({ text: text(1, 20), list: fc.array(text(1, 15), { minLength: 1, maxLength: 3 }) }));
const leaf = fc.oneof(text(1, 80), fc.record({ list: fc.array(listItem, { minLength: 1, maxLength: 4 }) }));
const section = (depth: number): fc.Arbitrary<unknown> =>
  fc.record({
    heading,
    content: fc.array(depth > 1 ? fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: section(depth - 1) }) : leaf, { minLength: 0, maxLength: 4 }),
  });

const plan = fc.record(
  {
    type: fc.constant('ke-hoach'),
    agency: fc.record({ parent: fc.option(text(2, 6), { nil: undefined }), name: text(2, 10), code: fc.constantFrom('SGDĐT', 'UBND', 'SLĐTBXH') }, { requiredKeys: ['name', 'code'] }),
    number: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
    place: text(1, 4),
    date: fc.constantFrom('2020-09', '2021-02-05', '2023-12-31', '2024-02-29'),
    summary: text(2, 25),
    bases: fc.option(fc.array(text(3, 40), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    opening: fc.option(fc.array(text(3, 60), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    numbering: fc.constantFrom('decimal', 'roman'),
    body: fc.array(fc.oneof({ weight: 3, arbitrary: section(3) }, { weight: 1, arbitrary: leaf }), { minLength: 1, maxLength: 5 }),
    closing: fc.option(fc.array(text(3, 40), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    recipients: fc.array(fc.oneof(text(1, 8), fc.record({ name: text(1, 6), purpose: fc.constantFrom('để b/c', 'để thực hiện', 'để phối hợp') })), { minLength: 1, maxLength: 6 }),
    archive: fc.constantFrom(['VT'], ['VT', 'P.GDTX'], ['VT', 'VP']),
    signer: fc
      .record(
        { authority: fc.constantFrom('', 'KT.', 'TM.', 'Q.'), head: text(1, 4), title: text(1, 4), name: fc.option(text(2, 4), { nil: undefined }), note: fc.option(fc.constant('(Đã ký)'), { nil: undefined }) },
        { requiredKeys: ['authority', 'head', 'title'] },
      )
      // A head who signs (no prefix) has no separate head's title.
      .map(({ head, ...signer }) => (signer.authority ? { ...signer, head } : signer)),
    layout: fc.record({ sizes: fc.constantFrom('13/14', '12/13'), margins: fc.record({ top: fc.integer({ min: 20, max: 25 }), bottom: fc.integer({ min: 20, max: 25 }), left: fc.integer({ min: 30, max: 35 }), right: fc.integer({ min: 15, max: 20 }) }) }),
  },
  { requiredKeys: ['type', 'agency', 'place', 'date', 'summary', 'numbering', 'body', 'recipients', 'archive', 'signer', 'layout'] },
);

/** Every piece of text the plan carries (headings, paragraphs, items, recipients, signer...). */
function texts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['type', 'date', 'code', 'authority', 'numbering', 'sizes'].includes(key) || value === '' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => texts(item, key === 'archive' ? 'archive' : ''));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, k));
  return [];
}

const squash = (value: string) => value.normalize('NFC').replace(/\s+/g, '').toLocaleUpperCase('vi');

describe('random valid plans', () => {
  it('always build; the DOCX is a zip whose XML parses, the PDF parses, and both carry every text', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (input) => {
        const yaml = stringify(input, { lineWidth: 0 });
        const loaded = parsePlan(yaml, 'random.yaml');
        const { documents } = await buildLoadedPlan(loaded, { formats: ['docx', 'pdf'] });
        const [docx, pdf] = documents.map((d) => d.bytes);
        const parts = unzipSync(new Uint8Array(docx!));
        const errors: string[] = [];
        const xml = new DOMParser({ errorHandler: { warning: () => undefined, error: (m: string) => void errors.push(m), fatalError: (m: string) => void errors.push(m) } }).parseFromString(Buffer.from(parts['word/document.xml']!).toString('utf8'), 'application/xml');
        expect(errors).toEqual([]);
        const docxText = squash(Array.from(xml.getElementsByTagName('w:t')).map((t) => t.textContent ?? '').join(''));
        const pdfText = squash((await readPdfBytes(pdf!)).pages.flatMap((p) => p.lines.map((l) => l.text)).join(''));
        // The tool ends each recipient with its own ";" (and the archive line with "."), so theirs is dropped.
        const { recipients: given, ...rest } = input;
        const recipientTexts = texts(given).map((piece) => piece.replace(/[;.,]$/, ''));
        for (const piece of [...texts(rest), ...recipientTexts]) expect(docxText).toContain(squash(piece));
        // In the PDF the two columns of the header and signature tables share lines: their text is checked word
        // by word (a word too long for its column is broken across lines there, between the other column's
        // words, so it is checked in the DOCX only); the body, one column, is checked whole and in order.
        const { agency, place, recipients: _recipients, signer, ...flowing } = input;
        for (const piece of texts(flowing)) expect(pdfText).toContain(squash(piece));
        for (const piece of [...texts({ agency, place, signer }), ...recipientTexts]) for (const w of piece.split(' ').filter((w) => w.length <= 20)) expect(pdfText).toContain(squash(w));
      }),
      // endOnFailure: shrinking would rebuild hundreds of documents; the first counterexample is enough.
      { numRuns: 30, seed: 20201001, endOnFailure: true },
    );
  }, 240000);
});

const valid = stringify(fc.sample(plan, { numRuns: 1, seed: 7 })[0], { lineWidth: 0 });
const lines = valid.split('\n');

/** One edit a clerk might make by mistake, at a random place. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line'), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line'), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent'), at: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ kind: fc.constant('replace-char'), at: fc.nat(), char: fc.constantFrom(':', '-', '"', "'", '\t', '{', '[', '#', '&', '*', '!', '|', '>', '%', '@', '`', ' ', '\u0000', '\u200b', '漢') }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-value'), at: fc.nat(), value: fc.constantFrom('', '[]', '{}', 'null', '0', '-1', '1.5', 'true', '"2021-02-30"', 'ke-hoac', 'KT') }),
);

function mutate(source: string, m: { kind: string; at: number; by?: number; char?: string; value?: string }): string {
  const i = m.at % lines.length;
  const copy = [...lines];
  switch (m.kind) {
    case 'delete-line':
      copy.splice(i, 1);
      return copy.join('\n');
    case 'duplicate-line':
      copy.splice(i, 0, copy[i]!);
      return copy.join('\n');
    case 'indent':
      copy[i] = m.by! >= 0 ? ' '.repeat(m.by!) + copy[i] : copy[i]!.replace(new RegExp(`^ {0,${-m.by!}}`), '');
      return copy.join('\n');
    case 'replace-char': {
      const at = m.at % source.length;
      return source.slice(0, at) + m.char + source.slice(at + 1);
    }
    case 'truncate':
      return source.slice(0, m.at % source.length);
    default:
      copy[i] = copy[i]!.replace(/:\s.*$/, `: ${m.value}`);
      return copy.join('\n');
  }
}

describe('random mutations of a valid plan', () => {
  it('end in a plan or in located diagnostics, never in a crash or a hang', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const source = mutations.reduce(mutate, valid);
        const started = Date.now();
        try {
          parsePlan(source, 'mutated.yaml');
        } catch (error) {
          if (!(error instanceof PlanError)) throw error;
          expect(error.diagnostics.length).toBeGreaterThan(0);
          for (const d of error.diagnostics) {
            expect(d.message.length).toBeGreaterThan(0);
            expect(d.en.message.length).toBeGreaterThan(0);
          }
        }
        expect(Date.now() - started).toBeLessThan(2000);
      }),
      { numRuns: 1000, seed: 20211001 },
    );
  }, 120000);
});
