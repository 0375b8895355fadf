// Splits a line of text with **bold** and *italic* marks into styled runs.
import type { Run } from './document-model';

export function parseInline(text: string): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  let current = '';
  const flush = () => {
    if (current) runs.push({ text: current, bold, italic });
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && (text[i + 1] === '*' || text[i + 1] === '\\')) {
      current += text[++i];
    } else if (char === '*' && text[i + 1] === '*' && (bold || hasCloser(text, i + 2, '**'))) {
      flush();
      bold = !bold;
      i++;
    } else if (char === '*' && text[i + 1] === '*') {
      // A "**" that opens nothing and closes nothing stays literal, as in footnote marks "(**)".
      current += '**';
      i++;
    } else if (char === '*' && (italic || hasCloser(text, i + 1, '*'))) {
      flush();
      italic = !italic;
    } else {
      current += char;
    }
  }
  flush();
  return mergeRuns(runs);
}

/** An opening mark counts only when a closing mark follows, so a lone "*" stays literal. */
function hasCloser(text: string, from: number, mark: string): boolean {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\' && (text[i + 1] === '*' || text[i + 1] === '\\')) i++;
    else if (text.startsWith(mark, i) && (mark === '**' || text[i + 1] !== '*')) return true;
    else if (mark === '*' && text.startsWith('**', i)) i++;
  }
  return false;
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}
