// The line breaker as it was before it was written to allocate less (one object per word, arrays per word): the
// oracle tests/property/break-lines.test.ts holds src/layout/break-lines.ts to, on the same inputs, to the same lines.
// Long words are split by the same function, which did not change.
import { textWidth } from '../../src/fonts/font-metrics';
import { breakTokens, reach, splitLongWord, type Word } from '../../src/layout/break-lines';
import type { ResolvedRun } from '../../src/layout/resolved-document';

interface Fragment {
  text: string;
  run: ResolvedRun;
  widthPt: number;
  isSpace: boolean;
}

interface Line {
  fragments: Fragment[];
  /** Width of the line without its trailing spaces. */
  widthPt: number;
  /** Spaces between words (trailing spaces excluded): where justification adds room. */
  stretchableSpaces: number;
  /** The last line of its paragraph stays ragged when justified. */
  last: boolean;
}

/**
 * Closing punctuation never starts a line, even after a space (Unicode line breaking, rule LB13, which
 * LibreOffice follows): "tại ......" stays together.
 */
const noBreakBefore = /^[.,;:!?)\]}\u2026%/]/; // \u2026 is "…"

function splitWords(runs: readonly ResolvedRun[]): Word[] {
  const words: Word[] = [];
  let current: Word = { pieces: [], spaces: [], widthPt: 0, spacesWidthPt: 0 };
  const push = () => {
    const previous = words[words.length - 1];
    if (previous && previous.spaces.length && noBreakBefore.test(current.pieces[0]?.text ?? '')) {
      previous.pieces.push(...previous.spaces, ...current.pieces);
      previous.widthPt += previous.spacesWidthPt + current.widthPt;
      previous.spaces = current.spaces;
      previous.spacesWidthPt = current.spacesWidthPt;
    } else if (current.pieces.length || current.spaces.length) words.push(current);
    current = { pieces: [], spaces: [], widthPt: 0, spacesWidthPt: 0 };
  };
  for (const run of runs) {
    // Spaces, or text up to and including a hyphen or en dash where a line may break (the same pieces).
    for (const token of run.text.match(breakTokens) ?? []) {
      const widthPt = textWidth(token, run, run.sizePt);
      if (token.startsWith(' ')) {
        current.spaces.push({ text: token, run, widthPt, isSpace: true });
        current.spacesWidthPt += widthPt;
        continue;
      }
      if (current.spaces.length) push();
      current.pieces.push({ text: token, run, widthPt, isSpace: false });
      current.widthPt += widthPt;
      if (token.endsWith('-') || token.endsWith('\u2013')) push();
    }
  }
  push();
  return words;
}

const tolerancePt = 0.01;

export function breakLinesOracle(runs: readonly ResolvedRun[], firstWidthPt: number, restWidthPt: number): Line[] {
  const lines: Line[] = [];
  let fragments: Fragment[] = [];
  let width = 0;
  let pendingSpaces: Fragment[] = [];
  let pendingSpacesWidth = 0;
  let lineWidth = firstWidthPt;

  const finishLine = (last: boolean) => {
    lines.push({ fragments: [...fragments, ...pendingSpaces], widthPt: width, stretchableSpaces: countSpaces(fragments), last });
    fragments = [];
    pendingSpaces = [];
    pendingSpacesWidth = 0;
    width = 0;
    lineWidth = restWidthPt;
  };

  const place = (word: Word) => {
    const isLineStart = fragments.length === 0 && pendingSpaces.length === 0;
    if (!isLineStart && word.pieces.length && width + pendingSpacesWidth + reach(word.pieces, 0, word.pieces.length, word.widthPt) > lineWidth + tolerancePt) {
      finishLine(false);
    }
    if (word.pieces.length) {
      for (const space of pendingSpaces) fragments.push(space);
      for (const piece of word.pieces) fragments.push(piece);
      width += pendingSpacesWidth + word.widthPt;
      pendingSpaces = [];
      pendingSpacesWidth = 0;
    }
    for (const space of word.spaces) pendingSpaces.push(space);
    pendingSpacesWidth += word.spacesWidthPt;
  };
  for (const word of splitWords(runs)) {
    if (word.widthPt > restWidthPt) for (const piece of splitLongWord(word, restWidthPt)) place(piece);
    else place(word);
  }
  if (fragments.length || pendingSpaces.length || lines.length === 0) finishLine(true);
  else lines[lines.length - 1]!.last = true;
  return lines;
}

/** Spaces between the words of a line (fragments ends with a word, so all its spaces are inner). */
function countSpaces(fragments: readonly Fragment[]): number {
  let spaces = 0;
  for (const fragment of fragments) if (fragment.isSpace) spaces += fragment.text.length;
  return spaces;
}
