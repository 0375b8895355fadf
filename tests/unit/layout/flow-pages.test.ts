import { describe, expect, it } from '@jest/globals';
import { ascent, descent, textWidth } from '../../../src/fonts/font-metrics';
import { flowPages, type PlacedText } from '../../../src/layout/flow-pages';
import { breakTokens } from '../../../src/layout/break-lines';
import { resolveLayout } from '../../../src/layout/resolve-layout';
import { makeTheme } from '../../../src/layout/theme';
import { makePlan, modelOf } from '../fixtures';

/** A plan long enough for several pages: 12 sections of 4 paragraphs, every word unique ("w3x17"). */
const sections = Array.from({ length: 12 }, (_, s) => ({
  heading: `Mục số ${s + 1}`,
  content: Array.from({ length: 4 }, (_, p) => Array.from({ length: 20 + 13 * p }, (_, w) => `w${s * 4 + p}x${w}`).join(' ')),
}));
const model = modelOf(makePlan({ body: sections }));
const resolved = resolveLayout(model, makeTheme({ sizes: '13/14', firstLineIndentCm: 1 }));
const pages = flowPages(resolved);
const { page } = resolved.sections[0]!;
/** The runs of a page, as drawn (one run per style and line). */
const runs = (items: (typeof pages)[number]['items']) => items.filter((item): item is PlacedText => item.kind === 'text');
/** The words of a page, in drawing order (runs split at their spaces). */
const texts = (items: (typeof pages)[number]['items']) =>
  runs(items).flatMap((run) => run.text.split(/ +/).filter(Boolean).map((word) => ({ ...run, text: word })));

/** Every word a model block carries, as the layout breaks them (at spaces, and after a hyphen or en dash). */
function modelWords(): string[] {
  const words: string[] = [];
  const add = (text: string) => words.push(...(text.match(breakTokens)?.filter((token) => token.trim()) ?? []));
  for (const block of model.sections[0]!.blocks) {
    if (block.type === 'header') [...block.parentAgency, ...block.agency, block.number, block.nation, block.motto, block.placeDate].forEach(add);
    else if (block.type === 'title') [block.name, ...block.summary].forEach(add);
    else if (block.type === 'paragraph') block.runs.forEach((run) => add(run.text));
    else if (block.type === 'addressees') [block.label, ...block.names].forEach(add);
    else if (block.type === 'appendix-head') [block.label, ...block.title, ...block.reference].forEach(add);
    else if (block.type === 'table') block.rows.forEach((row) => row.cells.forEach((cell) => cell.runs.forEach((run) => add(run.text))));
    else [block.recipientsLabel, ...block.recipients, ...block.authority, block.note ?? '', block.name ?? ''].forEach(add);
  }
  return words;
}

describe('flowPages', () => {
  it('needs several pages for the long plan', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.every((p) => texts(p.items).length > 0)).toBe(true);
  });

  it('places every character of the model exactly once', () => {
    // Words broken after a hyphen come out as two pieces, so characters are compared, not words.
    const characters = (words: string[]) => [...words.join('')].sort();
    const placed = pages.flatMap((p) => texts(p.items).map((t) => t.text));
    expect(characters(placed)).toEqual(characters(modelWords()));
  });

  it('keeps the body words in reading order across pages', () => {
    const pageOf = new Map<string, number>();
    pages.forEach((p, index) => texts(p.items).forEach((t) => pageOf.set(t.text, index)));
    const order = sections.flatMap((section) => section.content.flatMap((paragraph) => paragraph.split(' ')));
    const pageNumbers = order.map((word) => pageOf.get(word)!);
    expect(pageNumbers.every((n, i) => i === 0 || n >= pageNumbers[i - 1]!)).toBe(true);
    expect(pageNumbers[pageNumbers.length - 1]).toBeGreaterThan(pageNumbers[0]!);
  });

  it('puts nothing above the top margin, below the bottom margin or beside the text area', () => {
    const limit = page.heightPt - page.margins.bottom;
    const header = resolved.sections[0]!.blocks[0]!;
    const leftEdge = page.margins.left + (header.kind === 'table' ? header.indentPt : 0);
    const rightEdge = page.widthPt - page.margins.right;
    const outside: string[] = [];
    pages.forEach((p, index) => {
      for (const item of p.items) {
        if (item.kind === 'rule') {
          if (item.y > limit || item.x1 < leftEdge || item.x2 > rightEdge) outside.push(`page ${index}: rule at ${item.y}`);
          continue;
        }
        const size = item.run.sizePt;
        const top = item.y - ascent(size);
        const bottom = item.y + descent(size);
        const right = item.x + textWidth(item.text, item.run, size);
        if (top < page.margins.top - 1e-6 || bottom > limit + 1e-6 || item.x < leftEdge - 1e-6 || right > rightEdge + 0.01)
          outside.push(`page ${index}: "${item.text}" at ${item.x}, ${item.y}`);
      }
    });
    expect(outside).toEqual([]);
  });

  it('never leaves a heading at the foot of a page', () => {
    const pageOf = new Map<string, number>();
    pages.forEach((p, index) => texts(p.items).forEach((t) => pageOf.set(t.text, index)));
    sections.forEach((section, s) => {
      // The heading "n. Mục số n" is set as words; its last word is the section number.
      const headingPage = pages.findIndex((p) => texts(p.items).some((t, i, all) => t.text === 'Mục' && all[i + 2]?.text === String(s + 1)));
      expect(headingPage).toBe(pageOf.get(section.content[0]!.split(' ')[0]!));
    });
  });

  it('puts the header at the top of the first page and the signer on the last', () => {
    const first = texts(pages[0]!.items);
    const minY = Math.min(...first.map((t) => t.y));
    expect(first.filter((t) => t.y === minY).map((t) => t.text)).toEqual(expect.arrayContaining(['ỦY', 'CỘNG']));
    // The number line stays on one line even though "KH-SGDĐT" may break after its hyphen.
    const yOf = (text: string) => first.find((t) => t.text === text)!.y;
    expect(yOf('/KH-SGDĐT')).toBe(yOf('Số:'));
    expect(texts(pages[pages.length - 1]!.items).map((t) => t.text)).toEqual(expect.arrayContaining(['Nguyễn', 'Văn', 'A']));
  });

  it('justifies full lines to the right edge of the text area', () => {
    const rightEdge = page.widthPt - page.margins.right;
    // A run's ink ends where its text plus its widened spaces end, less the space it wrapped at (drawing nothing).
    const lines = runs(pages[1]!.items).filter((t) => /^w\d+x\d+/.test(t.text));
    const ends = lines.map((t) => {
      const drawn = t.text.trimEnd();
      return t.x + textWidth(drawn, t.run, t.run.sizePt) + t.wordSpacing * (drawn.match(/ /g)?.length ?? 0);
    });
    expect(ends.filter((end) => Math.abs(end - rightEdge) < 0.01).length).toBeGreaterThan(10);
  });

  it('ends the text of a line that wraps at a space with that space, so text read from the page keeps the words apart', () => {
    const lines = runs(pages[1]!.items).filter((t) => /^w\d+x\d+/.test(t.text));
    expect(lines.filter((t) => t.text.endsWith(' ')).length).toBeGreaterThan(10);
    expect(lines.every((t) => !t.text.endsWith('  '))).toBe(true);
  });
});
