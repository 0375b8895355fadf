// A plan's content as the template's tagged lines: sections numbered by the plan's scheme, paragraphs, lists, tables.
import type { ContentInput, ListItemInput, SectionInput } from '../plan/plan-schema';
import { tableLines, type TableLine } from './table-lines';
import { headingLabel, headingText, type NumberingScheme } from './numbering';
import { toRoman } from '../decree/roman-numerals';

export type BodyTag = 'heading-1' | 'heading-2' | 'heading-3' | 'body' | 'basis' | 'item' | 'subitem' | 'chapter' | 'chapter-title' | 'article' | 'authority-line' | 'enacting';

export type BodyLine = { tag: BodyTag; text: string } | TableLine;

/** A paragraph of the body, worded by the view (the short forms' lines). */
export const bodyParagraph = (text: string): BodyLine => ({ tag: 'body', text });

/** Plan text goes on one tagged line: line breaks inside it become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

export function toLines(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(oneLine);
}

/** Counts the articles of a document with chapters: Điều 1., 2.… run on across chapters (Decree 30, Phụ lục I, II.6.a). */
interface Counters {
  articles: number;
}

export function bodyLines(content: readonly ContentInput[], scheme: NumberingScheme): BodyLine[] {
  return contentLines(content, scheme, [], [], { articles: 0 });
}

function contentLines(content: readonly ContentInput[], scheme: NumberingScheme, path: number[], out: BodyLine[], counters: Counters): BodyLine[] {
  let sectionCount = 0;
  for (const item of content) {
    if (typeof item === 'string') out.push({ tag: 'body', text: oneLine(item) });
    else if ('list' in item) listLines(item.list, out);
    else if ('table' in item) out.push(...tableLines(item.table));
    else sectionLines(item, scheme, [...path, ++sectionCount], out, counters);
  }
  return out;
}

function sectionLines(section: SectionInput, scheme: NumberingScheme, path: number[], out: BodyLine[], counters: Counters): void {
  const text = oneLine(section.heading);
  if (scheme === 'chapters' || scheme === 'articles') out.push(...articleHeading(scheme, path, text, counters));
  else {
    const depth = Math.min(path.length, 3) as 1 | 2 | 3;
    out.push({ tag: `heading-${depth}`, text: `${headingLabel(scheme, path)} ${headingText(scheme, path.length, text)}` });
  }
  contentLines(section.content ?? [], scheme, path, out, counters);
}

/**
 * Chapters and articles (quy chế, quy định; articles alone in a hợp đồng): "Chương I" over its title in capitals,
 * "Điều 1. …" numbered on across chapters, then clauses "1." and points "a)" under an article.
 */
function articleHeading(scheme: 'chapters' | 'articles', path: number[], text: string, counters: Counters): BodyLine[] {
  const level = scheme === 'chapters' ? path.length : path.length + 1;
  if (level === 1) return [{ tag: 'chapter', text: `Chương ${toRoman(path[0]!)}` }, { tag: 'chapter-title', text: text.toLocaleUpperCase('vi') }];
  if (level === 2) return [{ tag: 'article', text: `Điều ${++counters.articles}. ${text}` }];
  const last = path[path.length - 1]!;
  return [{ tag: 'heading-3', text: `${level === 3 ? `${last}.` : headingLabel('decimal-letters', [1, 1, last])} ${text}` }];
}

function listLines(items: readonly ListItemInput[], out: BodyLine[]): void {
  for (const item of items) {
    if (typeof item === 'string') {
      out.push({ tag: 'item', text: `- ${oneLine(item)}` });
      continue;
    }
    out.push({ tag: 'item', text: `- ${oneLine(item.text)}` });
    for (const sub of item.list) out.push({ tag: 'subitem', text: `+ ${oneLine(sub)}` });
  }
}
