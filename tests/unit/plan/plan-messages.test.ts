// What parsePlan says about a plan's keys, numbers, dates and blank text, and how many messages it lists.
import { describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../../src/plan/load-plan';
import { diagnosticsOf } from '../../helpers/plan-diagnostics';
import { minimalPlanYaml } from '../fixtures';

const withNumber = (written: string) => minimalPlanYaml.replace('place: Hà Nội\n', `number: ${written}\nplace: Hà Nội\n`);

describe('the number as written', () => {
  it.each(['0x10', '0o20', '1e1', '+5', '5.0', '1_000', '"5"'])('refuses %s at the number, in both languages', (written) => {
    const [d, ...rest] = diagnosticsOf(withNumber(written));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'number', line: 6, column: 9 });
    expect(d!.hint).toBeDefined();
    expect(d!.en.hint).toBeDefined();
  });

  it('says what YAML made of a number not written in decimal', () => {
    const [d] = diagnosticsOf(withNumber('0x10'));
    expect(d!.en.message).toBe('the number must be written in decimal digits, found "0x10" (YAML reads it as 16)');
    expect(d!.message).toBe('số văn bản phải viết bằng chữ số thập phân, nhưng gặp "0x10" (YAML đọc thành 16)');
  });

  it('accepts digits, with or without a leading zero (05 is five, 010 is ten, never octal)', () => {
    expect(parsePlan(withNumber('5'), 'p.yaml').plan.number).toBe(5);
    expect(parsePlan(withNumber('05'), 'p.yaml').plan.number).toBe(5);
    expect(parsePlan(withNumber('010'), 'p.yaml').plan.number).toBe(10);
    expect(parsePlan(withNumber('12 # số của Văn thư'), 'p.yaml').plan.number).toBe(12);
    expect(parsePlan(withNumber('5').replace(/\n/g, '\r\n'), 'p.yaml').plan.number).toBe(5);
  });

  it('reads the number where it is written, also on the line below its key', () => {
    const [d] = diagnosticsOf(minimalPlanYaml.replace('place: Hà Nội\n', 'number:\n  0x10\nplace: Hà Nội\n'));
    expect(d).toMatchObject({ path: 'number', line: 7, column: 3 });
    expect(parsePlan(minimalPlanYaml.replace('place: Hà Nội\n', 'number:\n  7\nplace: Hà Nội\n'), 'p.yaml').plan.number).toBe(7);
  });
});

describe('dates: years from 1900 to 9999', () => {
  it.each(['0000-01-01', '1899-12-31', '0201-05', '0999-09-09'])('refuses %s, naming the range', (date) => {
    const [d] = diagnosticsOf(minimalPlanYaml.replace('"2020-09-18"', `"${date}"`));
    expect(d).toMatchObject({ path: 'date', line: 7 });
    expect(d!.en.message).toContain('outside 1900–9999');
    expect(d!.message).toContain('ngoài khoảng 1900–9999');
  });

  it('accepts 1900-01-01 and 9999-12-31', () => {
    expect(parsePlan(minimalPlanYaml.replace('"2020-09-18"', '"1900-01-01"'), 'p.yaml').plan.date).toBe('1900-01-01');
    expect(parsePlan(minimalPlanYaml.replace('"2020-09-18"', '"9999-12-31"'), 'p.yaml').plan.date).toBe('9999-12-31');
  });
});

describe('printed text that prints nothing', () => {
  it.each([
    ['spaces', '"   "'],
    ['a no-break space', '"\\u00A0"'],
    ['an ideographic space', '"\\u3000"'],
    ['zero-width characters', '"\\u200B\\u2060"'],
    ['a lone combining mark', '"\\u0301"'],
    ['a line break', '"\\n"'],
  ])('refuses a place of %s, at the place', (_name, written) => {
    const [d, ...rest] = diagnosticsOf(minimalPlanYaml.replace('place: Hà Nội', `place: ${written}`));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'place', line: 6, column: 8 });
    expect(d!.en.message).toContain('print nothing');
  });

  it('refuses every printed field of the schema, and only those', () => {
    const blank = '"  "';
    const plan = minimalPlanYaml
      .replace('  parent: ỦY BAN NHÂN DÂN', `  parent: ${blank}`)
      .replace('summary: Tổ chức Tuần lễ học tập', `summary: [${blank}]`)
      .replace('  - heading: Mục đích', `  - heading: ${blank}`)
      .replace('      - Nâng cao nhận thức.', `      - ${blank}`)
      .replace('          - Việc một', `          - ${blank}`)
      .replace('  - Giám đốc', `  - { name: ${blank}, purpose: ${blank} }`)
      .replace('archive: [VT]', `archive: [VT, ${blank}]`)
      .replace('  title: Giám đốc', `  title: ${blank}\n  name: ${blank}\n  note: ${blank}\n  head: ${blank}\nbases: [${blank}]\nopening: [${blank}]\nclosing: [${blank}]\nmetadata: { author: ${blank} }`);
    const paths = diagnosticsOf(plan).map((d) => d.path).sort();
    expect(paths).toEqual(
      [
        'agency.parent', 'summary.0', 'body.0.heading', 'body.0.content.0', 'body.0.content.1.list.0', 'recipients.0.name', 'recipients.0.purpose',
        'archive.1', 'signer.title', 'signer.name', 'signer.note', 'signer.head', 'bases.0', 'opening.0', 'closing.0', 'metadata.author',
      ].sort(),
    );
  });

  it('accepts text with one visible character among spaces and marks', () => {
    expect(parsePlan(minimalPlanYaml.replace('place: Hà Nội', 'place: "  a\\u0301 "'), 'p.yaml').plan.place).toBe('  á ');
  });
});

describe('keys', () => {
  it('reports every unknown key of a map at its own line, numbers and quoted keys too', () => {
    const plan = minimalPlanYaml.replace('place: Hà Nội', 'place: Hà Nội\nplacex: 1\n2021: 2\n"x y": 3\ntrue: 4');
    expect(diagnosticsOf(plan).map((d) => [d.path, d.line, d.column])).toEqual([
      ['placex', 7, 1],
      ['2021', 8, 1],
      ['x y', 9, 1],
      ['true', 10, 1],
    ]);
  });

  it('pairs each misspelt required key with the missing one, once', () => {
    const plan = minimalPlanYaml.replace('place: Hà Nội', 'plac: Hà Nội\nplacee: Hà Nội');
    const [first, second] = diagnosticsOf(plan);
    expect(first!.en.message).toBe('the required key "place" is missing; the key "plac" here is probably it, misspelt');
    expect(second!.en.message).toBe('the key "placee" is not allowed here');
    expect(second!.en.hint).toBe('did you mean "place"?');
  });

  it('lists 100 problems in the order of the file and counts the rest in one line', () => {
    const plan = minimalPlanYaml + Array.from({ length: 150 }, (_, i) => `khoa_${i}: x\n`).join('');
    const diagnostics = diagnosticsOf(plan);
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics.slice(0, 100).map((d) => d.line)).toEqual(Array.from({ length: 100 }, (_, i) => 20 + i));
    expect(diagnostics[100]).toMatchObject({ file: 'p.yaml', severity: 'error', omitted: 50 });
    expect(diagnostics[100]!.line).toBeUndefined();
    expect(diagnostics[100]!.en.message).toBe('… and 50 more error(s) not listed (at most 100 are listed per file)');
  });

  it('refuses a group of more than 2,000 keys in one message', () => {
    const plan = minimalPlanYaml + Array.from({ length: 2001 }, (_, i) => `k${i}: x\n`).join('');
    const diagnostics = diagnosticsOf(plan);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.en.message).toBe('the group has too many keys (2010 keys, at most 2000)');
  });
});
