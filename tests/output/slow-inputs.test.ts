// A guard against hangs and quadratic blow-ups, not a measure of speed (that is `npm run bench`): inputs inside the
// documented limits that once took 13–20 s (one key repeated 10,000 times) and their neighbours must end, as a real
// `node bin/plan validate` process, well within a wide bound, with exit 1 and a bounded list of located messages.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/build-plan';

/** Generous: each of these ends in well under 2 s on an idle machine; the bound only catches hangs and blow-ups. */
const boundMs = 5000;
const maxPlanBytes = 1024 * 1024;

const plan = `type: ke-hoach
agency:
  name: SỞ GIÁO DỤC VÀ ĐÀO TẠO
  code: SGDĐT
place: Hà Nội
date: "2021-03-08"
summary: Tổ chức Ngày hội đọc sách
body:
  - Nội dung.
recipients:
  - Các phòng thuộc Sở
archive: [VT, VP]
signer:
  title: GIÁM ĐỐC
`;

/** `line` repeated to fill the file up to (not past) the size limit (counted as it grows: the text is built once). */
const filled = (head: string, line: (index: number) => string, tail = ''): string => {
  const parts = [head];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let index = 0; ; index++) {
    const next = line(index);
    bytes += Buffer.byteLength(next);
    if (bytes > maxPlanBytes) return parts.join('') + tail;
    parts.push(next);
  }
};

const cases: Array<{ name: string; text: () => string; message: RegExp }> = [
  { name: 'one key repeated 10,000 times', text: () => plan + 'place: Hà Nội\n'.repeat(10_000), message: /khóa này đã được viết ở trên/ },
  { name: 'one key repeated up to 1 MB', text: () => filled(plan, () => 'place: x\n'), message: /khóa này đã được viết ở trên/ },
  { name: 'a key repeated 10,000 times inside a group', text: () => plan.replace('  code: SGDĐT\n', '  code: SGDĐT\n'.repeat(10_000)), message: /đã được viết ở trên/ },
  { name: '10,000 different unknown keys', text: () => plan + Array.from({ length: 10_000 }, (_, i) => `k${i}: x\n`).join(''), message: /quá nhiều khóa/ },
  { name: '1,500 unknown keys (under the limit of a group)', text: () => plan + Array.from({ length: 1500 }, (_, i) => `khoa_${i}: x\n`).join(''), message: /không được phép ở đây/ },
  { name: 'unknown keys in a flow group up to 1 MB', text: () => filled(`${plan}x: {`, (i) => `k${i}: 1, `, '}\n'), message: /quá nhiều khóa/ },
  { name: '2,000 list items, each wrong', text: () => plan.replace('  - Nội dung.\n', '  - heading: 5\n'.repeat(2000)), message: /cần một đoạn chữ/ },
  { name: '2,000 recipients, each a list', text: () => plan.replace('  - Các phòng thuộc Sở\n', '  - [1, 2]\n'.repeat(2000)), message: /(gặp|found) / },
  { name: 'a 1 MB single line', text: () => filled('type: ke-hoach\nsummary: "', () => 'chữ ', '\n'), message: /ngoặc kép/ },
  { name: 'a 1 MB single line of ": "', text: () => filled(`${plan}opening: `, () => 'a: ', '\n'), message: /": "/ },
  { name: '100,000 short lines', text: () => plan.replace('  - Các phòng thuộc Sở\n', '  - a\n'.repeat(100_000)), message: /danh sách quá dài/ },
  { name: '100,000 lines of a block text', text: () => plan.replace('summary: Tổ chức Ngày hội đọc sách', `summary: >\n${'  a\n'.repeat(100_000)}`) + 'place: x\n', message: /đã được viết ở trên/ },
  { name: 'flow lists nested 100,000 deep', text: () => `${plan}x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, message: /lồng nhau quá sâu/ },
  { name: 'an unclosed "[" nested 100,000 deep', text: () => `${plan}x: ${'['.repeat(100_000)}\n`, message: /lồng nhau quá sâu|chưa được đóng/ },
  { name: 'dashes nested on one line up to 1 MB', text: () => filled(`${plan}x:\n  `, () => '- ', 'a\n'), message: /lồng nhau quá sâu/ },
  { name: '20,000 anchors', text: () => plan + Array.from({ length: 20_000 }, (_, i) => `a${i}: &a${i} x\n`).join(''), message: /quá nhiều khóa/ },
  { name: '20,000 aliases', text: () => `${plan}a0: &a [x]\n${Array.from({ length: 20_000 }, (_, i) => `b${i}: *a\n`).join('')}`, message: /alias/ },
  { name: '20,000 unclosed quotes', text: () => plan + 'x: "a\n'.repeat(20_000), message: /ngoặc kép/ },
  { name: '10,000 lines indented with a tab', text: () => plan + '\tplace: x\n'.repeat(10_000), message: /Tab/ },
  { name: '10,000 dates out of range', text: () => `${plan}dates:\n${Array.from({ length: 10_000 }, (_, i) => `  d${i}: "0000-01-01"\n`).join('')}`, message: /quá nhiều khóa|1900–9999/ },
  { name: '1,900 dates out of range', text: () => `${plan}dates:\n${Array.from({ length: 1900 }, (_, i) => `  d${i}: "0000-01-01"\n`).join('')}`, message: /1900–9999/ },
  { name: '2,000 schedule names not in dates', text: () => `${plan}dates:\n  a: "2021-10-01"\nschedule:\n${'  - b\n'.repeat(2000)}`, message: /không có trong dates/ },
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-slow-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('inputs that once took seconds end fast, with a bounded list of messages', () => {
  it.each(cases)('$name', ({ name, text, message }) => {
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    fs.writeFileSync(file, text());
    expect(fs.statSync(file).size).toBeLessThanOrEqual(maxPlanBytes);
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'plan'), 'validate', file, '--lang', 'vi'], {
      encoding: 'utf8',
      timeout: 4 * boundMs,
      env: { ...process.env, LANG: 'vi_VN.UTF-8', LC_ALL: '' },
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(result.status).toBe(1);
    expect(ms).toBeLessThan(boundMs);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    // At most 100 messages and the "… and N more" line; the verdict counts every error.
    const listed = result.stderr.split('\n').filter((line) => line.startsWith(`${file}:`) || line.startsWith(`${file}  `));
    expect(listed.length).toBeLessThanOrEqual(102);
    expect(result.stdout).toBe('');
  }, 30_000);

  it('lists 100 of 10,000 repeated keys, counts the rest, and says how many in all', () => {
    const file = path.join(dir, 'count.yaml');
    fs.writeFileSync(file, plan + 'place: Hà Nội\n'.repeat(10_000));
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'plan'), 'validate', file, '--lang', 'en'], { encoding: 'utf8', timeout: 4 * boundMs });
    const located = result.stderr.split('\n').filter((line) => new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}:\\d+:\\d+  error`).test(line));
    expect(located).toHaveLength(100);
    expect(located[0]).toContain(`${file}:15:1  error: this key was already given above`);
    expect(result.stderr).toContain(`${file}  error: … and 9,900 more error(s) not listed (at most 100 are listed per file)`);
    expect(result.stderr.trim().split('\n').pop()).toBe(`${file}: 10000 error(s)`);
  }, 30_000);
});
