// The editor as the clerk sees it: the real yaml-language-server (VS Code's YAML extension) reading plans and the schema
// `plan init` writes beside them, over stdio as an editor drives it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo } from '../helpers/build-plan';
import { LanguageServer, type Diagnostic } from '../helpers/language-server';

const repoRoot = path.join(__dirname, '..', '..');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-'));
const starterFile = path.join(folder, 'ke-hoach.yaml');
let starter = '';
let server: LanguageServer;
const diagnosed = new Map<string, Promise<Diagnostic[]>>();

/**
 * Opens the text under a new name in the plans' folder (beside plan.schema.json) and returns its diagnostics, once
 * per text. The server waits a moment after each change before it validates a document, so beforeAll opens every
 * case at once and the tests read the answers.
 */
function diagnose(text: string): Promise<Diagnostic[]> {
  let diagnostics = diagnosed.get(text);
  if (diagnostics === undefined) {
    diagnostics = server.open(path.join(folder, `case-${diagnosed.size + 1}.yaml`), text);
    diagnosed.set(text, diagnostics);
  }
  return diagnostics;
}

/** The text with one line replaced (the line must be there), and the number of that line (from 0, as LSP counts). */
function edit(text: string, from: string, to: string): { text: string; line: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((each) => each.startsWith(from));
  if (line < 0) throw new Error(`no line starting with ${from}`);
  lines[line] = to;
  return { text: lines.join('\n'), line };
}

/** A plan from this repository, its schema link pointed at the copy `plan init` wrote. */
function relinked(file: string): string {
  return fs.readFileSync(path.join(repoRoot, file), 'utf8').replace(/^# yaml-language-server: \$schema=\S+/, '# yaml-language-server: $schema=plan.schema.json');
}

/** The same plan with one mistake: the server reports it only if it read the schema for that plan. */
const withWrongType = (text: string) => text.replace(/^type: ke-hoach/m, 'type: ke-hoac');

/** What a clerk can read: Vietnamese and English, and no regular expression or bare English of the server's own. */
function expectReadable(message: string): void {
  expect(message).toMatch(/[\u1EA0-\u1EF9]/u); // a Vietnamese tone mark
  expect(message).toContain(' / ');
  expect(message).not.toMatch(/\^|\\d|\{4\}|String does not match|Incorrect type|Value is not accepted|Value must be/);
}

const validPlans = ['plans/2020.yaml', ...fs.readdirSync(path.join(repoRoot, 'tests', 'fixtures', 'parity')).filter((name) => name.endsWith('.yaml')).map((name) => `tests/fixtures/parity/${name}`)];

const mistakes: Array<[what: string, from: string, to: string, marked: string]> = [
  ['a misspelt key', 'signer:', 'signr:', 'signr'],
  ['a wrong type (text where a list goes)', 'archive:', 'archive: VT', 'VT'],
  ['a date that does not exist', '  hop:', '  hop: "2021-02-30"', '"2021-02-30"'],
  ['an issue date in a month of 28 days', 'date:', 'date: "2021-02-29"', '"2021-02-29"'],
  ['an impossible month', '  han_bao_cao:', '  han_bao_cao: "2021-13-01"', '"2021-13-01"'],
  ['a value outside the list (authority without its dot)', '  authority:', '  authority: KT', 'KT'],
  ['an unknown document type', 'type:', 'type: ke-hoac', 'ke-hoac'],
  ['a fixed value out of its choice (an indent of 1.5 cm)', 'type:', 'layout: { firstLineIndent: 1.5 }\ntype: ke-hoach', '1.5'],
  ['a number where a line or several lines go', 'summary:', 'summary: 2026', '2026'],
];

const leapDays = ['2024-02-29', '2000-02-29', '2100-02-29'].map((day) => `  hop: "${day}"`);
const misspeltTitle = '  titel: PHÓ GIÁM ĐỐC';

beforeAll(async () => {
  expect(await run(['init', starterFile], memoryIo())).toBe(0);
  starter = fs.readFileSync(starterFile, 'utf8');
  server = new LanguageServer(15_000);
  await server.start(folder);
  await Promise.all([
    diagnose(starter),
    diagnose(withWrongType(starter)),
    ...validPlans.flatMap((file) => [diagnose(relinked(file)), diagnose(withWrongType(relinked(file)))]),
    ...mistakes.map(([, from, to]) => diagnose(edit(starter, from, to).text)),
    ...leapDays.map((line) => diagnose(edit(starter, '  hop:', line).text)),
    diagnose(edit(starter, '  title:', misspeltTitle).text),
  ]);
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('yaml-language-server with the schema plan init writes', () => {
  it('finds nothing wrong in the starter plan init wrote', async () => {
    expect(starter.startsWith('# yaml-language-server: $schema=plan.schema.json\n')).toBe(true);
    expect(await diagnose(starter)).toEqual([]);
    expect(await diagnose(withWrongType(starter))).toHaveLength(1);
  });

  it.each(validPlans)('finds nothing wrong in %s (and, to show it read the schema, the one mistake made in it)', async (file) => {
    expect(await diagnose(relinked(file))).toEqual([]);
    expect(await diagnose(withWrongType(relinked(file)))).toHaveLength(1);
  });

  it.each(mistakes)('marks %s on its line, in Vietnamese and English', async (_what, from, to, marked) => {
    const { text, line } = edit(starter, from, to);
    const diagnostics = await diagnose(text);
    const onLine = diagnostics.filter((diagnostic) => diagnostic.range.start.line === line);
    expect(onLine).toHaveLength(1);
    const [diagnostic] = onLine;
    const { start, end } = diagnostic!.range;
    expect(text.split('\n')[line]!.slice(start.character, end.character)).toBe(marked);
    expectReadable(diagnostic!.message);
    for (const other of diagnostics) expectReadable(other.message);
  });

  it('says which dates are wrong: 29 February only in a leap year', async () => {
    const [leap2024, leap2000, notLeap2100] = await Promise.all(leapDays.map((line) => diagnose(edit(starter, '  hop:', line).text)));
    expect([leap2024, leap2000]).toEqual([[], []]);
    expect(notLeap2100).toHaveLength(1);
  });

  it('names the keys of a group where one is misspelt or missing', async () => {
    const { text, line } = edit(starter, '  title:', misspeltTitle);
    const messages = (await diagnose(text)).filter((diagnostic) => diagnostic.range.start.line === line).map((diagnostic) => diagnostic.message);
    expect(messages).toEqual([
      'Nhóm khóa này chỉ nhận các khóa (bắt buộc: title hoặc lines; có thể thêm: authority, head, otherPost, name, note) / This group takes only these keys (required: title or lines; optional: authority, head, otherPost, name, note)',
    ]);
  });

  it('offers the keys valid at the place: those a group still lacks, not those of other groups', async () => {
    const lines = starter.trimEnd().split('\n');
    const file = path.join(folder, 'completion.yaml');
    // A new, empty line inside signer (indented) and one at the top level, as the clerk starts typing a key.
    await server.open(file, [...lines, '  ', ''].join('\n'));
    const labels = async (line: number, character: number) =>
      ((await server.completion(file, line, character)) as { items: Array<{ label: string }> }).items.map((item) => item.label).sort();
    // lines too: the editor does not read the schema's oneOf (title or lines) when it completes; plan validate says so.
    expect(await labels(lines.length, 2)).toEqual(['lines', 'note', 'otherPost']);
    const topLevel = await labels(lines.length + 1, 0);
    expect(topLevel).toEqual(expect.arrayContaining(['bases', 'closing', 'layout', 'metadata', 'number', 'numbering']));
    expect(topLevel).not.toContain('note');
    expect(topLevel).not.toContain('heading');
    expect(topLevel).not.toContain('type'); // already there
  });

  it('offers at the top level the keys of the plan\'s own type, not those of other types', async () => {
    const lines = starter.trimEnd().split('\n');
    const labels = async (type: string) => {
      const file = path.join(folder, `completion-${type}.yaml`);
      await server.open(file, [...lines.map((line) => (line.startsWith('type:') ? `type: ${type}` : line)), ''].join('\n'));
      return ((await server.completion(file, lines.length, 0)) as { items: Array<{ label: string }> }).items.map((item) => item.label);
    };
    const plan = await labels('ke-hoach');
    expect(plan).not.toEqual(expect.arrayContaining(['subject']));
    expect(plan).not.toContain('articles');
    expect(plan).not.toContain('to');
    const letter = await labels('cong-van');
    expect(letter).toEqual(expect.arrayContaining(['subject', 'to', 'unit']));
    expect(letter).not.toContain('articles');
    const decision = await labels('quyet-dinh');
    expect(decision).toEqual(expect.arrayContaining(['authority', 'articles', 'attachment', 'proposal']));
    expect(decision).not.toContain('subject');
  });

  it('shows the title and description of a key on hover, in both languages', async () => {
    const file = path.join(folder, 'hover.yaml');
    await server.open(file, starter);
    const line = starter.split('\n').findIndex((each) => each.startsWith('date:'));
    const hover = (await server.hover(file, line, 1)) as { contents: { kind: string; value: string } };
    expect(hover.contents.value).toContain('#### Ngày ban hành / Issue date');
    expect(hover.contents.value).toContain('Ngày ban hành dạng "2020-09-18" (năm-tháng-ngày)');
    expect(hover.contents.value).toContain('Issue date as "2020-09-18" (year-month-day)');
    const authority = starter.split('\n').findIndex((each) => each.startsWith('  authority: KT.'));
    const value = (await server.hover(file, authority, 14)) as { contents: { value: string } };
    expect(value.contents.value).toContain('Ký thay người đứng đầu / Signing for the head');
  });
});
