// The fast YAML reader gives exactly the yaml library's value, or declines: on generated documents in many styles,
// on plans with random edits, and on every plan file of the repository (which it must read itself).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { readPlainYaml } from '../../src/plan/plain-yaml';
import { nextYear } from '../../src/next/next-year';
import { repoRoot } from '../helpers/build-plan';

/** The library's value, or 'error' when it reports any error or cannot make the value (as plan does). */
function byLibrary(text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) return 'error';
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch {
    return 'error'; // an alias to no anchor
  }
}

/** Holds the reader to the library on one text; returns whether it read the text itself. */
function agrees(text: string): boolean {
  const fast = readPlainYaml(text);
  if (fast === undefined) return false;
  const expected = byLibrary(text);
  expect({ text, value: fast.value }).toEqual({ text, value: expected });
  // toEqual takes a key set to undefined for a missing one: the JSON texts must match too.
  expect(JSON.stringify(fast.value)).toBe(JSON.stringify(expected));
  return true;
}

const words = [
  'Kế hoạch', 'Tuần lễ', 'học tập suốt đời', 'năm {{year}}', '“Tuần lễ”', 'Sở GD&ĐT', 'P.GDTX', 'VT', 'a: b', 'a:b', 'x #y', 'x#y', '#', '- a', '-a',
  '[a]', '{a}', 'a, b', "it's", 'say "hi"', 'back\\slash', 'tab\\t', '\u00a0nbsp\u00a0', 'null', 'Null', '~', 'true', 'FALSE', 'yes', 'no', '1', '-1', '+1', '007',
  '1.5', '1.50', '-0', '0', '1e3', '0x1F', '0o17', '.5', '.inf', '.NaN', '2020-09-15', '2020-09', '15/10/2020', '10%', '@home', '`tick`', '&anchor', '*alias',
  '!tag', '%pct', '|pipe', '>gt', '? q', ':colon', 'end:', 'trailing ', ' leading', '', 'ÂẤẦẨẪẬ', 'Ủy ban nhân dân', '(Đã ký)', '12345678901234567890',
];
const key = fc.oneof(
  { arbitrary: fc.constantFrom('type', 'agency', 'name', 'code', 'place', 'date', 'summary', 'bases', 'list', 'text', 'heading', 'content', 'k-1', 'k_2', 'a', 'constructor'), weight: 20 },
  // Keys the reader leaves to the library.
  { arbitrary: fc.constantFrom('null', 'true', '__proto__', '"quoted"', '1', 'Kế'), weight: 1 },
);
const scalar = fc.oneof(fc.constantFrom(...words), fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 5 }).map((parts) => parts.join(' ')), fc.integer({ min: -5000, max: 5000 }), fc.constantFrom(true, false, null, 0.25, 2.5));

/** A map as key-value pairs in order (keys may repeat: the library then reports an error). */
class Pairs {
  constructor(readonly pairs: Array<[string, unknown]>) {}
}

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { minLength: 0, maxLength: 4 }),
  map: fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }).map((pairs) => new Pairs(pairs as Array<[string, unknown]>)),
})).node;

interface Style {
  indent: number;
  quote: 'plain' | 'single' | 'double';
  block: 'none' | 'literal' | 'folded' | 'stripped';
  flow: boolean;
  compact: boolean;
  sameIndentList: boolean;
  comments: boolean;
  wrap: number;
  /** Continuation lines indented by this much more (or less) than they should be. */
  ragged: number;
  trailingComment: boolean;
  /** Maps of scalars written { k: v, … }. */
  flowMaps: boolean;
  /** Block text starting with a blank line. */
  leadingBlank: boolean;
  /** A comment line between "key:" and what it holds. */
  commentLines: boolean;
  /** A scalar value on the line below its key. */
  valueBelow: boolean;
}
const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom(1, 2, 3, 4),
  quote: fc.constantFrom('plain', 'single', 'double'),
  block: fc.constantFrom('none', 'literal', 'folded', 'stripped'),
  flow: fc.boolean(),
  compact: fc.boolean(),
  sameIndentList: fc.boolean(),
  comments: fc.boolean(),
  wrap: fc.constantFrom(0, 12, 30),
  ragged: fc.constantFrom(0, 0, 0, 1, 2, -1, -2),
  trailingComment: fc.boolean(),
  flowMaps: fc.boolean(),
  leadingBlank: fc.boolean(),
  commentLines: fc.boolean(),
  valueBelow: fc.boolean(),
});

/** A scalar's lines: the first goes after "key: " or "- ", the others are already indented for `depth`. */
function scalarLines(item: unknown, s: Style, depth: number): string[] {
  if (typeof item !== 'string') return [String(item)];
  // Every other continuation line off by `ragged` spaces.
  const continued = (lines: string[]) => lines.map((line, i) => ' '.repeat(Math.max(0, depth * s.indent + (i % 2 ? s.ragged : 0))) + line);
  const comment = s.trailingComment ? ' # ghi chú' : '';
  if (s.block !== 'none' && s.quote === 'plain' && item.includes(' '))
    return [{ literal: '|', folded: '>', stripped: '|-' }[s.block] + comment, ...(s.leadingBlank ? [''] : []), ...continued(item.split(' '))];
  const quoted = s.quote === 'double' ? JSON.stringify(item) : s.quote === 'single' ? `'${item.replaceAll("'", "''")}'` : item;
  if (s.wrap > 0 && quoted.length > s.wrap) {
    // A long text wrapped over more-indented lines, as an editor might, blank lines left as they are.
    const lines = [''];
    for (const word of quoted.split(' ')) {
      const last = lines[lines.length - 1]!;
      if (last && (last + ' ' + word).length > s.wrap) lines.push(word);
      else lines[lines.length - 1] = last ? `${last} ${word}` : word;
    }
    return [lines[0]! + (s.quote === 'plain' ? comment : ''), ...continued(lines.slice(1))];
  }
  return [quoted + (s.quote === 'plain' ? '' : comment)];
}

/** A value as block YAML lines at `depth` (valid or not: the library decides). */
function render(item: unknown, s: Style, depth: number): string[] {
  const pad = ' '.repeat(depth * s.indent);
  const comment = s.comments ? ` # ghi chú ${depth}` : '';
  const scalars = (entries: unknown[]) => entries.every((e) => !Array.isArray(e) && !(e instanceof Pairs));
  const commentLine = s.commentLines ? [`${pad}# về ${depth}`] : [];
  if (item instanceof Pairs)
    return item.pairs.flatMap(([name, entry]) => {
      const flowMap = entry instanceof Pairs && s.flowMaps && scalars(entry.pairs.map(([, v]) => v));
      if (!flowMap && (entry instanceof Pairs || (Array.isArray(entry) && entry.length > 0 && !(s.flow && scalars(entry))))) {
        const inner = Array.isArray(entry) && s.sameIndentList ? depth : depth + 1;
        return [`${pad}${name}:${comment}`, ...commentLine, ...render(entry, s, inner)];
      }
      const [first, ...rest] = inline(entry, s, depth + 1);
      if (s.valueBelow && !flowMap && !Array.isArray(entry)) return [`${pad}${name}:`, ...commentLine, ' '.repeat((depth + 1) * s.indent) + first, ...rest];
      return [`${pad}${name}: ${first}`, ...rest, ...(s.comments ? [`${pad}# ${name}`] : [])];
    });
  if (Array.isArray(item))
    return item.flatMap((entry) => {
      if (entry instanceof Pairs || (Array.isArray(entry) && entry.length > 0)) {
        const nested = render(entry, s, depth + 1);
        return s.compact ? [`${pad}- ${nested[0]!.trimStart()}`, ...nested.slice(1)] : [`${pad}-${comment}`, ...nested];
      }
      const [first, ...rest] = inline(entry, s, depth + 1);
      return [`${pad}- ${first}`, ...rest];
    });
  return scalarLines(item, s, depth);
}

/** A scalar or a one-line flow list or map, as it follows "key: " or "- ". */
function inline(item: unknown, s: Style, depth: number): string[] {
  const one = (entry: unknown) => scalarLines(entry, { ...s, wrap: 0, block: 'none' }, depth)[0];
  if (item instanceof Pairs) return [`{ ${item.pairs.map(([name, entry]) => `${name}: ${one(entry)}`).join(', ')} }`];
  if (Array.isArray(item)) return [`[${item.map((entry) => scalarLines(entry, { ...s, wrap: 0, block: 'none' }, depth)[0]).join(', ')}]`];
  return scalarLines(item, s, depth);
}

const documentText = fc.tuple(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 5 }), style, fc.boolean()).map(([pairs, s, crlf]) => {
  const text = render(new Pairs(pairs as Array<[string, unknown]>), s, 0).join('\n') + '\n';
  return crlf ? text.replaceAll('\n', '\r\n') : text;
});

const planFiles = [
  path.join(repoRoot, 'plans', '2020.yaml'),
  ...fs.readdirSync(path.join(repoRoot, 'tests', 'fixtures', 'parity')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(repoRoot, 'tests', 'fixtures', 'parity', f)),
  ...fs.readdirSync(path.join(repoRoot, 'templates', 'starters')).map((f) => path.join(repoRoot, 'templates', 'starters', f)),
];

describe('readPlainYaml', () => {
  it.each(planFiles.map((file) => [path.relative(repoRoot, file)]))('reads %s itself, to the library’s value', (file) => {
    const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
    expect(agrees(text)).toBe(true);
    expect(agrees(text.replaceAll('\n', '\r\n'))).toBe(true);
  });

  it('reads next year’s copy of the seed itself', () => {
    const next = nextYear(fs.readFileSync(planFiles[0]!, 'utf8'), planFiles[0]!).text;
    expect(agrees(next)).toBe(true);
  });

  it('reads block text, quoted text over several lines and flow collections as the library does', () => {
    const forms = [
      'a: |\n  một\n\n  hai\nb: 1\n',
      'a: >-\n  một\n  hai\n\n  ba\n',
      'a: "một\n  hai\n\n  ba \\u00e2"\n',
      "a: 'it''s\n   fine'\n",
      'a:\n- x\n-\n  - y\n- k: v\n  l: [1, "2, 3", \'4\']\n',
      'margins: { top: 20, bottom: 20.5, left: -3 } # cm\n',
      'a: text # note\nb: trailing   \nc:\n',
      'a:\n  multi\n  line\n   plain\n',
    ];
    for (const form of forms) expect(agrees(form)).toBe(true);
  });

  it('reads or declines, never misreads, texts near the edges of what it reads', () => {
    const tricky = [
      // Found by review: a comment line before text on a later line; blank lines opening folded text; an empty flow value.
      'a:\n- b:\n#c\n    x\n- y\n', 'k:\n  a:\n  #c\n    x\n  b: 1\n', 'a:\n\n# c\n  x\nb: 1\n', 'a: >\n\n  x\n', 'a: >-\n\n  x\n  y\n', 'a: |\n\n  x\n',
      'x: {a: }\n', 'x: {a: , b: 1}\n', `a: x${' '.repeat(40000)}y\n`, `a: [x${' '.repeat(40000)}y]\n`,
'a: "x" y\n', "a: 'x'y\n", 'a: "x"# c\n', 'a: [x"y, z"]\n', "a: [x'y, z']\n", 'a: [a: b]\n', 'a: [? a]\n', 'a: [a:b]\n', 'a: [a, b] c\n', 'a: {b: 1}\n', 'a: {b: [1]}\n', 'a: x\n\n  y\n', 'a: |\n  x\n\n\nb: 1\n', 'a: |\n   x\n  y\n', 'a:\n  - "x\n  y"\n', 'a: "x\\\n  y"\n', 'a: "x\\ \n  y"\n'];
    for (const text of tricky) agrees(text);
  });

  it('leaves nesting deeper than plans go to the library, without running out of stack', () => {
    expect(readPlainYaml(`type: ke-hoach\na:\n${'- '.repeat(10000)}x\n`)).toBeUndefined();
    expect(agrees(`a:\n${'- '.repeat(30)}x\n`)).toBe(true);
  });

  it('declines what it does not read: tabs, anchors, tags, directives, other numbers, keep chomping, errors', () => {
    const declined = ['a: b # c\n  d\n', 'a: "x\ny"\n', 'a: >\n  x\n   y\n', 'a:\t1\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', 'a: 0x1F\n', 'a: 1e3\n', 'a: |+\n  x\n', 'a: 1\na: 2\n', 'a: b: c\n', ' a: 1\n', 'a:\n  - x\n - y\n', '"a": 1\n', '- a\n', 'a: [1, [2]]\n', 'a: "x\n'];
    for (const text of declined) expect(readPlainYaml(text)).toBeUndefined();
  });

  it('agrees with the library on generated documents in many styles', () => {
    let read = 0;
    let valid = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        if (agrees(text)) read++;
        if (byLibrary(text) !== 'error') valid++;
      }),
      { numRuns: 3000 },
    );
    // Most generated documents are plain: the reader must read most of those the library reads.
    expect(read).toBeGreaterThan(valid * 0.4);
  });

  it('agrees with the library on plans with random edits', () => {
    const sources = planFiles.map((file) => fs.readFileSync(file, 'utf8'));
    const edit = fc.tuple(fc.nat(sources.length - 1), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('delete', 'insert', 'indent', 'dedent', 'duplicate'), fc.constantFrom(' ', ':', '-', '#', '"', "'", '\n', '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '?', 'a', '1', '.', '\\', '\t', '\r')), { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(edit, ([which, edits]) => {
        let text = sources[which]!;
        for (const [where, kind, char] of edits) {
          const at = Math.floor(where * text.length);
          const lineStart = text.lastIndexOf('\n', at - 1) + 1;
          const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
          if (kind === 'delete') text = text.slice(0, at) + text.slice(at + 1);
          else if (kind === 'insert') text = text.slice(0, at) + char + text.slice(at);
          else if (kind === 'indent') text = text.slice(0, lineStart) + ' ' + text.slice(lineStart);
          else if (kind === 'dedent') text = text[lineStart] === ' ' ? text.slice(0, lineStart) + text.slice(lineStart + 1) : text;
          else text = text.slice(0, lineEnd) + '\n' + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
        }
        agrees(text);
      }),
      { numRuns: 3000 },
    );
  });
});
