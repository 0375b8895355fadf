// Plans saved by Windows editors: UTF-16 with and without a byte-order mark builds what the UTF-8 file builds (from a
// file and from standard input), located errors stay where they are in the text, `plan next` keeps the encoding, and
// old Vietnamese encodings (TCVN3, VNI, Windows-1258) are named at their first bad byte with a hint to save as UTF-8.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/run';
import { memoryIo, repoRoot } from '../helpers/build-plan';

const bin = path.join(repoRoot, 'bin', 'plan');
const seedText = fs.readFileSync(path.join(repoRoot, 'plans', '2020.yaml'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-encodings-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const encodings: Record<string, (text: string) => Buffer> = {
  'UTF-16 LE with a byte-order mark': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)]),
  'UTF-16 BE with a byte-order mark': (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]),
  'UTF-16 LE without a mark': utf16le,
  'UTF-16 BE without a mark': utf16be,
  'UTF-8 with a byte-order mark': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
};

function write(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function plan(args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = memoryIo(env);
  const code = await run(args, io);
  return { code, stderr: io.err.join('\n'), stdout: io.out };
}

const outputs = (folder: string, name: string) => ['docx', 'pdf'].map((format) => fs.readFileSync(path.join(folder, `${name}.${format}`)));

describe('UTF-16 and UTF-8 with a mark build what UTF-8 builds', () => {
  const utf8Out = path.join(dir, 'utf8-out');
  const utf8File = write('utf8.yaml', Buffer.from(seedText, 'utf8'));

  it('the UTF-8 seed builds (the reference)', async () => {
    expect((await plan(['build', utf8File, '--out', utf8Out])).code).toBe(0);
  });

  Object.entries(encodings).forEach(([name, encode], index) => {
    it(`${name}: the same DOCX and PDF bytes, from a file and from standard input`, async () => {
      const bytes = encode(seedText);
      // TextDecoder agrees that these bytes hold the seed's text (the test's own encoder is right).
      const label = name.includes('BE') ? 'utf-16be' : name.includes('16') ? 'utf-16le' : 'utf-8';
      expect(new TextDecoder(label).decode(bytes)).toBe(seedText);
      const file = write(`case-${index}.yaml`, bytes);
      const out = path.join(dir, `out-${index}`);
      const built = await plan(['build', file, '--out', out]);
      expect(built.stderr).not.toContain('lỗi');
      expect(built.code).toBe(0);
      expect(outputs(out, `case-${index}`)).toEqual(outputs(utf8Out, 'utf8'));
      const piped = spawnSync(process.execPath, [bin, 'build', '-', '--name', 'tu-stdin', '--out', out], { input: bytes, encoding: 'utf8', timeout: 30_000 });
      expect(piped.stderr).toContain('<stdin> → ');
      expect(piped.status).toBe(0);
      expect(outputs(out, 'tu-stdin')).toEqual(outputs(utf8Out, 'utf8'));
    });
  });
});

describe('diagnostics of a UTF-16 plan are those of its text', () => {
  // An impossible date, a misspelt key and a non-ASCII value before them on their lines: columns count characters.
  const bad = seedText.replace('date: "2020-09"', 'date: "2020-13"').replace('signer:', 'signr:');
  const lines = (stderr: string, file: string) => stderr.split('\n').map((line) => line.replace(file, 'F')).filter((line) => !/ms\)$/.test(line));

  for (const [name, encode] of Object.entries(encodings))
    it(`${name}: every line of the message as for UTF-8, in both languages`, async () => {
      const utf8 = write('bad-utf8.yaml', Buffer.from(bad, 'utf8'));
      const other = write('bad-other.yaml', encode(bad));
      for (const lang of ['vi', 'en']) {
        const expected = await plan(['validate', utf8, '--lang', lang]);
        const got = await plan(['validate', other, '--lang', lang]);
        expect(expected.code).toBe(1);
        expect(got.code).toBe(1);
        expect(expected.stderr).toMatch(/:\d+:\d+ {2}(lỗi|error): /);
        expect(lines(got.stderr, other)).toEqual(lines(expected.stderr, utf8));
      }
    });

  it('an odd byte count: located where the text stops, saying the file was cut short', async () => {
    const bytes = encodings['UTF-16 LE with a byte-order mark']!('type: ke-hoach\nsummary: Tổ chức\n');
    const file = write('odd.yaml', bytes.subarray(0, bytes.length - 1));
    const result = await plan(['validate', file]);
    expect(result.code).toBe(1);
    // The last character (the line break) is cut: the text stops after "Tổ chức", line 2, column 17.
    expect(result.stderr).toContain(`${file}:2:17  lỗi: tệp UTF-16 có số byte lẻ (${bytes.length - 3}): byte cuối cùng không thành ký tự, có lẽ tệp bị cắt cụt`);
  });

  it('half a surrogate pair: located at it, in both byte orders', async () => {
    for (const encode of [encodings['UTF-16 LE with a byte-order mark']!, encodings['UTF-16 BE with a byte-order mark']!]) {
      const file = write('surrogate.yaml', encode('type: ke-hoach\nsummary: "Tổ \ud83d chức"\n'));
      const result = await plan(['validate', file, '--lang', 'en']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${file}:2:14  error: the UTF-16 file holds half a surrogate pair (0xD83D) alone, which makes no character`);
    }
  });

  it('UTF-32 with a mark: said so, with the hint to save as UTF-8', async () => {
    const text = Buffer.from('type: ke-hoach\n', 'utf16le');
    const utf32 = Buffer.alloc(text.length * 2 + 4);
    utf32.set([0xff, 0xfe, 0, 0]);
    for (let i = 0; i < text.length / 2; i++) utf32.writeUInt32LE(text.readUInt16LE(i * 2), 4 + i * 4);
    const result = await plan(['validate', write('utf32.yaml', utf32)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(':1:1  lỗi: tệp dùng bảng mã UTF-32, plan đọc UTF-8 và UTF-16');
    expect(result.stderr).toContain('Encoding: UTF-8');
  });

  it('binary bytes with NULs on alternate sides are still a binary file, not UTF-16', async () => {
    const result = await plan(['validate', write('binary.yaml', Buffer.from([0x00, 0xff, 0x10, 0x80, 0x00, 0x41, 0x00, 0x07]))]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('một tệp nhị phân, không phải văn bản');
  });
});

describe('plan next keeps the encoding it read', () => {
  for (const [name, encode] of Object.entries(encodings))
    it(`${name}: next year's plan in the same encoding, with the text next gives for UTF-8`, async () => {
      const utf8 = write('2020.yaml', Buffer.from(seedText, 'utf8'));
      const expected = path.join(dir, 'next-utf8.yaml');
      expect((await plan(['next', utf8, '--out', expected, '--force'])).code).toBe(0);
      const other = write('other-2020.yaml', encode(seedText));
      const target = path.join(dir, 'next-other.yaml');
      const result = await plan(['next', other, '--out', target, '--force']);
      expect(result.code).toBe(0);
      expect(fs.readFileSync(target)).toEqual(encode(fs.readFileSync(expected, 'utf8')));
      // And the file written builds.
      expect((await plan(['validate', target])).code).toBe(0);
    });
});

// Hand-made bytes of "Kế hoạch tổ chức Tuần lễ học tập suốt đời năm 2021" in each old encoding, letter by letter.
const legacySamples: Record<string, { letters: Record<string, number[]>; column: number }> = {
  // TCVN3 (ABC): one byte per letter with its marks.
  TCVN3: { letters: { ế: [0xd5], ạ: [0xb9], ổ: [0xe6], ứ: [0xf8], ầ: [0xc7], ễ: [0xd4], ọ: [0xe4], ậ: [0xcb], ố: [0xe8], đ: [0xae], ờ: [0xea], ă: [0xa8] }, column: 11 },
  // VNI: the base letter, then a byte for the marks ("Keá", "ñôøi"); ơ, ư and đ are bytes of their own.
  VNI: {
    letters: { ế: [0x65, 0xe1], ạ: [0x61, 0xef], ổ: [0x6f, 0xe5], ứ: [0xf6, 0xf9], ầ: [0x61, 0xe0], ễ: [0x65, 0xe3], ọ: [0x6f, 0xef], ậ: [0x61, 0xe4], ố: [0x6f, 0xe1], đ: [0xf1], ờ: [0xf4, 0xf8], ă: [0x61, 0xea] },
    column: 12,
  },
  // Windows-1258: â ê ô ơ ư ă đ are bytes, most tones a combining byte after the vowel.
  'Windows-1258': {
    letters: { ế: [0xea, 0xec], ạ: [0x61, 0xf2], ổ: [0xf4, 0xd2], ứ: [0xfd, 0xec], ầ: [0xe2, 0xcc], ễ: [0xea, 0xde], ọ: [0x6f, 0xf2], ậ: [0xe2, 0xf2], ố: [0xf4, 0xec], đ: [0xf0], ờ: [0xf5, 0xcc], ă: [0xe3] },
    column: 11,
  },
};

const legacyBytes = (text: string, letters: Record<string, number[]>) => Buffer.from([...text].flatMap((c) => letters[c] ?? [c.charCodeAt(0)]));

describe('old Vietnamese encodings', () => {
  const summary = 'Kế hoạch tổ chức Tuần lễ học tập suốt đời năm 2021';
  for (const [encoding, { letters, column }] of Object.entries(legacySamples))
    it(`${encoding}: named, located at the first bad byte, with how to convert and save as UTF-8`, async () => {
      const bytes = Buffer.concat([Buffer.from('# ke hoach\ntype: ke-hoach\nsummary: '), legacyBytes(summary, letters), Buffer.from('\n')]);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      const file = write(`legacy-${encoding}.yaml`, bytes);
      const vi = await plan(['validate', file]);
      expect(vi.code).toBe(1);
      expect(vi.stderr).toContain(`${file}:3:${column}  lỗi: tệp không phải văn bản UTF-8 (byte 0x`);
      expect(vi.stderr).toContain(`không hợp lệ); có lẽ tệp dùng bảng mã ${encoding} cũ`);
      expect(vi.stderr).toContain('công cụ chuyển mã của Unikey');
      expect(vi.stderr).toContain('trong Notepad chọn "Save as…" (Lưu thành) → Encoding: UTF-8');
      const en = await plan(['validate', file, '--lang', 'en']);
      expect(en.stderr).toContain(`${file}:3:${column}  error: the file is not UTF-8 text`);
      expect(en.stderr).toContain(`it probably uses the old ${encoding} encoding`);
      expect(en.stderr).toContain('in Word "Save as" → Plain Text → Unicode (UTF-8)');
    });

  it('a stray bad byte that tells no encoding: all three named, at its line and column', async () => {
    const file = write('stray.yaml', Buffer.concat([Buffer.from('type: ke-hoach\nplace: Hà Nội '), Buffer.from([0xff]), Buffer.from('\n')]));
    const result = await plan(['validate', file]);
    expect(result.stderr).toContain(`${file}:2:15  lỗi: tệp không phải văn bản UTF-8 (byte 0xFF không hợp lệ); có lẽ tệp dùng bảng mã cũ TCVN3 (ABC), VNI hoặc Windows-1258`);
  });
});
