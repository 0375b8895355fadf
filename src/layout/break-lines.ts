// Breaks styled runs into lines the way Word and LibreOffice do: greedy, at spaces and after hyphens, no kerning.
import { singleLineHeight, textWidth } from '../fonts/font-metrics';
import type { ResolvedRun } from './resolved-document';

export interface Fragment {
  text: string;
  run: ResolvedRun;
  widthPt: number;
  isSpace: boolean;
}

export interface Line {
  fragments: Fragment[];
  /** Width of the line without its trailing spaces. */
  widthPt: number;
  /** Spaces between words (trailing spaces excluded): where justification adds room. */
  stretchableSpaces: number;
  /** The last line of its paragraph stays ragged when justified. */
  last: boolean;
}

/** A word (text between break opportunities), possibly made of several styled pieces, with the spaces after it. */
export interface Word {
  pieces: Fragment[];
  spaces: Fragment[];
  widthPt: number;
  spacesWidthPt: number;
}

/**
 * Closing punctuation never starts a line, even after a space (Unicode line breaking, rule LB13, which
 * LibreOffice follows): "tại ......" stays together.
 */
const noBreakBefore = /^[.,;:!?)\]}\u2026%/]/; // \u2026 is "…"

/**
 * The pieces a run's text is read in: spaces, or text up to and including a hyphen or an en dash where a line may
 * break, or other text. LibreOffice breaks after "-" and "–" whatever comes before (a letter, a digit, a space, "(")
 * and before a letter or a digit alike ("năm học 2025-" / "2026", "COVID-" / "19", "nhiệt độ -" / "5"), but not
 * before a space, another hyphen or dash, or what cannot start a line (". , ; : ! ? ) ] } /"). Its line rules
 * (i18npool/source/breakiterator/data/line.txt) follow UAX #14 5.0 with rule LB25 as `PR? OP? NU …`, without the
 * `HY × NU` that ICU's own rules have. Measured with LibreOffice 7.4 on 9,800 body, italic căn cứ and bold heading
 * lines at 13 and 14 pt (tests/fixtures/parity/hyphen-digit-breaks.yaml keeps a part). Word breaks there too
 * (ECMA-376 §17.3.3.18: "999-99-" / "9999" unless the hyphens are non-breaking).
 */
export const breakTokens = / +|[^ ]*?[-\u2013](?=[^\s\-\u2013.,;:!?)\]}/])|[^ ]+/g; // \u2013 is "–"

/** Splits a word wider than a whole line into pieces that fit (an emergency break, as Word does). */
export function splitLongWord(word: Word, widthPt: number): Word[] {
  const out: Word[] = [];
  let current: Word = { pieces: [], spaces: [], widthPt: 0, spacesWidthPt: 0 };
  for (const piece of word.pieces) {
    for (const char of piece.text) {
      const charWidth = textWidth(char, piece.run, piece.run.sizePt);
      if (current.widthPt + charWidth > widthPt && current.pieces.length) {
        out.push(current);
        current = { pieces: [], spaces: [], widthPt: 0, spacesWidthPt: 0 };
      }
      const last = current.pieces[current.pieces.length - 1];
      if (last && last.run === piece.run) {
        last.text += char;
        last.widthPt += charWidth;
      } else current.pieces.push({ text: char, run: piece.run, widthPt: charWidth, isSpace: false });
      current.widthPt += charWidth;
    }
  }
  current.spaces = word.spaces;
  current.spacesWidthPt = word.spacesWidthPt;
  out.push(current);
  return out;
}

const tolerancePt = 0.01;

/**
 * The room LibreOffice keeps free at the end of a line for an italic run's slant: it breaks an italic portion in
 * the line's width less a twelfth of the portion's height, in whole twips (sw/source/core/text/guess.cxx,
 * SwTextGuess::Guess: `nItalic = nPorHeight / 12; nLineWidth -= nItalic`), on every line, the last included.
 * The height is the single line (1.15 × size). Measured with LibreOffice 7.4 on 880 generated lines: 14 pt căn cứ
 * 1.29 pt short of the column or closer broke a word earlier, 1.31 pt short or more did not (322 twips / 12 = 26
 * twips = 1.3 pt); at 13 pt lines 1.204 pt short fit (299 / 12 = 24 twips, not 25); upright lines fit to 0.02 pt.
 * Closer than about 0.03 pt to the limit LibreOffice's own rounding decides (glyph advances in whole pixels of its
 * 8640 dpi reference device, the column in whole twips), which this breaker does not emulate.
 */
export function italicReservePt(run: { italic: boolean; sizePt: number }): number {
  if (!run.italic) return 0;
  return Math.floor(Math.round(singleLineHeight(run.sizePt) * 20) / 12) / 20;
}

/**
 * How far a word (source[from, to), `widthPt` wide) reaches towards the line's end: its width, and after an italic
 * piece the room LibreOffice keeps free (each styled piece is a portion of its own there, checked against the line
 * less its own reserve).
 */
export function reach(source: readonly Fragment[], from: number, to: number, widthPt: number): number {
  let reach = widthPt;
  let end = 0;
  for (let i = from; i < to; i++) {
    const piece = source[i]!;
    end += piece.widthPt;
    if (piece.run.italic) reach = Math.max(reach, end + italicReservePt(piece.run));
  }
  return reach;
}

/**
 * Fills lines word by word. Every fragment placed goes, in order, into one array for the paragraph, so a line is a
 * slice of it: the words, their inner spaces and the spaces after the last word.
 */
class LineFiller {
  readonly lines: Line[] = [];
  private readonly placed: Fragment[] = [];
  /** The current line is placed[lineStart, pendingEnd): its words and inner spaces up to wordsEnd, then spaces. */
  private lineStart = 0;
  private wordsEnd = 0;
  private pendingEnd = 0;
  private width = 0;
  private pendingSpacesWidth = 0;
  private lineWidth: number;

  constructor(
    firstWidthPt: number,
    private readonly restWidthPt: number,
  ) {
    this.lineWidth = firstWidthPt;
  }

  /** Places a word: source[from, spacesAt) are its pieces, source[spacesAt, to) the spaces after it. */
  place(source: readonly Fragment[], from: number, spacesAt: number, to: number, widthPt: number, spacesWidthPt: number): void {
    const hasPieces = spacesAt > from;
    const isLineStart = this.pendingEnd === this.lineStart;
    if (!isLineStart && hasPieces && this.width + this.pendingSpacesWidth + reach(source, from, spacesAt, widthPt) > this.lineWidth + tolerancePt) this.finishLine(false);
    if (hasPieces) {
      for (let i = from; i < spacesAt; i++) this.placed.push(source[i]!);
      this.wordsEnd = this.placed.length;
      this.width += this.pendingSpacesWidth + widthPt;
      this.pendingSpacesWidth = 0;
    }
    for (let i = spacesAt; i < to; i++) this.placed.push(source[i]!);
    this.pendingEnd = this.placed.length;
    this.pendingSpacesWidth += spacesWidthPt;
  }

  /** Places a word longer than a whole line, in pieces that fit. */
  placeLong(word: Word): void {
    for (const piece of splitLongWord(word, this.restWidthPt)) {
      const all = [...piece.pieces, ...piece.spaces];
      this.place(all, 0, piece.pieces.length, all.length, piece.widthPt, piece.spacesWidthPt);
    }
  }

  end(): Line[] {
    if (this.pendingEnd > this.lineStart || this.lines.length === 0) this.finishLine(true);
    else this.lines[this.lines.length - 1]!.last = true;
    return this.lines;
  }

  private finishLine(last: boolean): void {
    let stretchableSpaces = 0;
    for (let i = this.lineStart; i < this.wordsEnd; i++) if (this.placed[i]!.isSpace) stretchableSpaces += this.placed[i]!.text.length;
    this.lines.push({ fragments: this.placed.slice(this.lineStart, this.pendingEnd), widthPt: this.width, stretchableSpaces, last });
    this.lineStart = this.wordsEnd = this.pendingEnd;
    this.width = 0;
    this.pendingSpacesWidth = 0;
    this.lineWidth = this.restWidthPt;
  }
}

/**
 * Breaks styled runs into lines. Words are read from the runs one by one and placed as soon as the next word shows
 * that it does not join them (closing punctuation after a space does); a word is a range of the runs' fragments, its
 * pieces then its spaces, so words cost no objects of their own.
 */
export function breakLines(runs: readonly ResolvedRun[], firstWidthPt: number, restWidthPt: number): Line[] {
  const fragments: Fragment[] = [];
  const filler = new LineFiller(firstWidthPt, restWidthPt);
  // The word held back (it may still take in the next) and the word being read, as ranges of fragments.
  let heldFrom = -1;
  let heldSpacesAt = 0;
  let heldTo = 0;
  let heldWidth = 0;
  let heldSpacesWidth = 0;
  let from = 0;
  let spacesAt = -1; // where the current word's spaces start; -1 while it has none
  let width = 0;
  let spacesWidth = 0;

  const placeHeld = () => {
    if (heldFrom < 0) return;
    if (heldWidth > restWidthPt) {
      const all = fragments.slice(heldFrom, heldTo);
      const pieces = heldSpacesAt - heldFrom;
      filler.placeLong({ pieces: all.slice(0, pieces), spaces: all.slice(pieces), widthPt: heldWidth, spacesWidthPt: heldSpacesWidth });
    } else filler.place(fragments, heldFrom, heldSpacesAt, heldTo, heldWidth, heldSpacesWidth);
  };
  /** The current word is complete (up to `to`): it joins the held one, or the held one is placed and it is held. */
  const endWord = (to: number) => {
    const piecesEnd = spacesAt < 0 ? to : spacesAt;
    const hasPieces = piecesEnd > from;
    if (heldFrom >= 0 && heldTo > heldSpacesAt && hasPieces && noBreakBefore.test(fragments[from]!.text)) {
      heldWidth += heldSpacesWidth + width;
      heldSpacesAt = piecesEnd;
      heldTo = to;
      heldSpacesWidth = spacesWidth;
    } else if (to > from) {
      placeHeld();
      heldFrom = from;
      heldSpacesAt = piecesEnd;
      heldTo = to;
      heldWidth = width;
      heldSpacesWidth = spacesWidth;
    }
    from = to;
    spacesAt = -1;
    width = 0;
    spacesWidth = 0;
  };
  for (const run of runs) {
    for (const token of run.text.match(breakTokens) ?? []) {
      const widthPt = textWidth(token, run, run.sizePt);
      const isSpace = token.charCodeAt(0) === 0x20;
      if (isSpace) {
        if (spacesAt < 0) spacesAt = fragments.length;
        fragments.push({ text: token, run, widthPt, isSpace });
        spacesWidth += widthPt;
        continue;
      }
      if (spacesAt >= 0) endWord(fragments.length);
      fragments.push({ text: token, run, widthPt, isSpace });
      width += widthPt;
      if (token.endsWith('-') || token.endsWith('\u2013')) endWord(fragments.length);
    }
  }
  endWord(fragments.length);
  placeHeld();
  return filler.end();
}
