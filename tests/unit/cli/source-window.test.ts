import { describe, expect, it } from '@jest/globals';
import { sourceWindow } from '../../../src/cli/source-window';

/** The window and its marker line, as the terminal shows them (one cell per character here). */
const shown = (line: string, column: number) => {
  const { text, marker } = sourceWindow(line, column);
  return { text, under: text.slice(marker, marker + 1), marker };
};

describe('sourceWindow', () => {
  it('shows a line of up to 100 cells whole, the marker under its column', () => {
    expect(sourceWindow('place: Hà Nội', 8)).toEqual({ text: 'place: Hà Nội', marker: 7 });
    const line = 'a'.repeat(99) + 'X';
    expect(sourceWindow(line, 100)).toEqual({ text: line, marker: 99 });
  });

  it('cuts a long line around the column, with "…" at each cut end, the marker on the right character', () => {
    const line = `${'a'.repeat(5000)}X${'b'.repeat(5000)}`;
    const { text, under, marker } = shown(line, 5001);
    expect(under).toBe('X');
    expect(text.startsWith('…a')).toBe(true);
    expect(text.endsWith('b…')).toBe(true);
    expect([...text]).toHaveLength(100);
    expect(marker).toBe(40);
  });

  it('cuts only the end when the column is near the start, only the start when near the end', () => {
    const line = `X${'b'.repeat(300)}`;
    expect(shown(line, 1)).toMatchObject({ under: 'X', marker: 0 });
    expect(sourceWindow(line, 1).text.endsWith('…')).toBe(true);
    const end = `${'a'.repeat(300)}X`;
    const { text, under } = shown(end, 301);
    expect(under).toBe('X');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('X')).toBe(true);
    expect([...text]).toHaveLength(100);
    // A column just past the end (a value missing at the end of the line) is marked after the last character.
    expect(sourceWindow(end, 302).marker).toBe(100);
  });

  it('counts wide characters as two cells and combining marks as none', () => {
    const wide = `${'中'.repeat(200)}X${'文'.repeat(100)}`;
    const w = sourceWindow(wide, 201);
    // "…" and 19 wide characters before the X: 1 + 38 cells.
    expect(w.marker).toBe(39);
    expect(w.text.slice(1, w.text.indexOf('X'))).toBe('中'.repeat(19));
    const combining = `${'e\u0301'.repeat(200)}X${'b'.repeat(200)}`;
    const c = sourceWindow(combining, 401);
    expect(c.marker).toBe(40);
    // Never opens on a lone mark: each "é" keeps its accent.
    expect(c.text.slice(1, c.text.indexOf('X'))).toBe('e\u0301'.repeat(39));
  });

  it('keeps a character outside the Basic Multilingual Plane whole', () => {
    const line = `${'😀'.repeat(150)}X`;
    const { text } = sourceWindow(line, 301);
    expect(text.endsWith('X')).toBe(true);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('shows a tab as one space', () => {
    expect(sourceWindow('\tcode: X', 1)).toEqual({ text: ' code: X', marker: 0 });
  });
});
