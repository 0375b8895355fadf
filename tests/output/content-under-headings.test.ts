// Issue 16 point 5: in every numbering scheme, a paragraph, a list or a table may come directly under a heading of
// any level (1, 2, 3), and the third level is lettered a), b)… where the scheme letters it. Read from the PDF's
// structure tree (poppler), whose order is the text's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';
import { fullText, readStructure } from '../helpers/read-structure';

const seed = fs.readFileSync(path.join(repoRoot, 'plans', '2020.yaml'), 'utf8');
const table = (text: string, indent: string) =>
  `${indent}- table:\n${indent}    columns: [{ width: 12, align: center }, { width: "*" }]\n${indent}    header:\n${indent}      - [TT, Việc]\n${indent}    rows:\n${indent}      - [1, "${text}"]\n`;
const paragraph = (text: string, indent: string) => `${indent}- ${text}\n`;
const list = (text: string, indent: string) => `${indent}- list: ["${text}"]\n`;
type Kind = typeof paragraph;

/** Three sections; under each heading, level by level, a paragraph, a list and a table in turn, so each kind comes
 * first under each level once. */
const rotations: Array<[Kind, Kind, Kind]> = [
  [paragraph, list, table],
  [table, paragraph, list],
  [list, table, paragraph],
];
const roleOf = new Map<Kind, string>([
  [paragraph, 'P'],
  [list, 'L'],
  [table, 'Table'],
]);
const body = rotations
  .map(([one, two, three], s) =>
    [
      `  - heading: Mục số ${s + 1}\n    content:\n`,
      one(`Nội dung dưới mục ${s + 1}.`, '      '),
      `      - heading: Tiểu mục số ${s + 1}\n        content:\n`,
      two(`Nội dung dưới tiểu mục ${s + 1}.`, '          '),
      `          - heading: Điểm số ${s + 1}\n            content:\n`,
      three(`Nội dung dưới điểm ${s + 1}.`, '              '),
    ].join(''),
  )
  .join('');

const labels = {
  decimal: [['1.', '1.1.', '1.1.1.'], ['2.', '2.1.', '2.1.1.'], ['3.', '3.1.', '3.1.1.']],
  roman: [['I.', '1.', 'a)'], ['II.', '1.', 'a)'], ['III.', '1.', 'a)']],
  'decimal-letters': [['1.', '1.1.', 'a)'], ['2.', '2.1.', 'a)'], ['3.', '3.1.', 'a)']],
};

describe.each(Object.keys(labels) as Array<keyof typeof labels>)('numbering: %s', (scheme) => {
  it('puts a paragraph, a list or a table directly under a heading of each level, each heading labelled', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-under-headings-'));
    const plan = `${seed.slice(0, seed.indexOf('\nbody:\n') + 1)}numbering: ${scheme}\nbody:\n${body}${seed.slice(seed.indexOf('\nclosing:'))}`;
    fs.writeFileSync(path.join(dir, 'ke-hoach.yaml'), plan);
    const io = memoryIo();
    if ((await run(['build', path.join(dir, 'ke-hoach.yaml'), '--out', dir, '--format', 'pdf'], io)) !== 0) throw new Error(io.err.join('\n'));
    const sect = readStructure(path.join(dir, 'ke-hoach.pdf')).kids[0]!.kids[0]!;
    const at = sect.kids.findIndex((kid) => kid.role === 'H1');
    // Each heading, then the block right under it, in the text's order: [role, text] pairs.
    const read = sect.kids.slice(at, at + 18).map((kid) => [kid.role, fullText(kid).replace(/\s+/g, ' ').trim()]);
    const expected = rotations.flatMap((kinds, s) =>
      kinds.flatMap((kind, level) => {
        const label = labels[scheme][s]![level]!;
        const name = ['Mục số', 'Tiểu mục số', 'Điểm số'][level]!;
        const heading = `${label} ${scheme === 'roman' && level === 0 ? name.toLocaleUpperCase('vi') : name} ${s + 1}`;
        const under = `${['Nội dung dưới mục', 'Nội dung dưới tiểu mục', 'Nội dung dưới điểm'][level]} ${s + 1}.`;
        return [[`H${level + 1}`, heading], [roleOf.get(kind)!, expect.stringContaining(under)]];
      }),
    );
    expect(read).toEqual(expected);
  }, 30_000);
});
