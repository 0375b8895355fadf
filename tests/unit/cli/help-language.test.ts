// commander's own words follow --lang and the locale: the help's headings, "(default: …)", and its errors, with the
// exit codes unchanged; every command's help lists --lang and --debug.
import { describe, expect, it } from '@jest/globals';
import { run } from '../../../src/cli/run';
import { memoryIo } from '../fixtures';

async function plan(args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = memoryIo(env);
  const code = await run(args, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

/** commander's English, none of which may show in a Vietnamese help. */
const english = ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'Global Options:', 'default:', 'choices:', '[options]', '[command]', 'display help', 'output the version'];

describe('help in one language', () => {
  it('plan --help in Vietnamese: Vietnamese headings, no English word of commander', async () => {
    const { code, out } = await plan(['--help']);
    expect(code).toBe(0);
    for (const word of ['Cách dùng: plan [tùy chọn] [lệnh]', '\nTùy chọn:\n', '\nLệnh:\n', 'build [tùy chọn] <plans...>', 'help [lệnh]']) expect(out).toContain(word);
    expect(out).toMatch(/\(chọn một\s+trong:\s+"vi", "en"\)/);
    for (const word of english) expect(out).not.toContain(word);
  });

  it('plan --help in English (--lang en, or LANG): commander\'s English, no Vietnamese heading', async () => {
    for (const run of [await plan(['--help', '--lang', 'en']), await plan(['--help'], { LANG: 'en_US.UTF-8' })]) {
      expect(run.code).toBe(0);
      for (const word of ['Usage: plan [options] [command]', '\nOptions:\n', '\nCommands:\n', 'help [command]']) expect(run.out).toContain(word);
      expect(run.out).toMatch(/\(choices:\s+"vi", "en"\)/);
      for (const word of ['Cách dùng', 'Tùy chọn', 'Lệnh:', 'mặc định', 'chọn một trong']) expect(run.out).not.toContain(word);
    }
  });

  it('plan build --help: arguments, defaults and the options of plan itself, in each language', async () => {
    const vi = await plan(['build', '--help']);
    expect(vi.code).toBe(0);
    for (const word of ['Cách dùng: plan build [tùy chọn] <plans...>', '\nTham số:\n', '(mặc định: "out")', '\nTùy chọn chung:\n']) expect(vi.out).toContain(word);
    expect(vi.out).toMatch(/\(mặc định:\s+"docx,pdf"\)/);
    for (const word of english) expect(vi.out).not.toContain(word);
    const en = await plan(['build', '--help', '--lang', 'en']);
    for (const word of ['Usage: plan build [options] <plans...>', '\nArguments:\n', '(default: "out")', '\nGlobal Options:\n']) expect(en.out).toContain(word);
    expect(en.out).not.toContain('mặc định');
  });

  for (const command of ['build', 'validate', 'schema', 'next', 'init'])
    it(`plan ${command} --help lists --lang and --debug, in Vietnamese and in English`, async () => {
      const vi = await plan([command, '--help']);
      expect(vi.out).toMatch(/\nTùy chọn chung:\n(.*\n)*\s+--lang <ngôn-ngữ>\s+ngôn ngữ của thông báo/);
      expect(vi.out).toMatch(/\n\s+--debug\s+in cả vết ngăn xếp/);
      for (const word of english) expect(vi.out).not.toContain(word);
      const en = await plan([command, '--help', '--lang', 'en']);
      expect(en.out).toMatch(/\nGlobal Options:\n(.*\n)*\s+--lang <language>\s+language of messages/);
      expect(en.out).toMatch(/\n\s+--debug\s+print the stack trace/);
    });

  it('plan validate --help: Vietnamese headings, the argument described', async () => {
    const { out } = await plan(['validate', '--help']);
    expect(out).toContain('Cách dùng: plan validate [tùy chọn] <files...>');
    expect(out).toMatch(/\nTham số:\n\s+files\s+các tệp kế hoạch YAML/);
    for (const word of english) expect(out).not.toContain(word);
  });
});

describe("commander's errors in one language, exit 2", () => {
  const cases: Array<{ name: string; args: string[]; vi: string; en: string }> = [
    { name: 'an unknown option, with a suggestion', args: ['build', 'x.yaml', '--formt', 'pdf'], vi: "lỗi: không có tùy chọn '--formt'\n(có phải ý bạn là --format?)", en: "error: unknown option '--formt'\n(Did you mean --format?)" },
    { name: 'a missing argument', args: ['validate'], vi: "lỗi: thiếu tham số bắt buộc 'files'", en: "error: missing required argument 'files'" },
    { name: 'too many arguments', args: ['schema', 'a', 'b'], vi: "lỗi: thừa tham số cho lệnh 'schema': lệnh nhận 0 tham số, nhưng có 2", en: "error: too many arguments for 'schema'. Expected 0 arguments but got 2." },
    { name: 'an unknown command, with a suggestion', args: ['buil'], vi: "lỗi: không có lệnh 'buil'\n(có phải ý bạn là build?)", en: "error: unknown command 'buil'\n(Did you mean build?)" },
    { name: 'an option without its value', args: ['build', 'x.yaml', '--out'], vi: "lỗi: tùy chọn '-o, --out <thư-mục>' cần một giá trị", en: "error: option '-o, --out <dir>' argument missing" },
    { name: 'a value not among the choices', args: ['validate', 'x.yaml', '--lang', 'fr'], vi: "lỗi: tùy chọn '--lang <ngôn-ngữ>' không nhận giá trị 'fr'; chọn một trong: vi, en", en: "error: option '--lang <language>' argument 'fr' is invalid. Allowed choices are vi, en." },
  ];
  for (const { name, args, vi, en } of cases)
    it(name, async () => {
      const inVietnamese = await plan(args);
      expect(inVietnamese.code).toBe(2);
      expect(inVietnamese.err).toBe(`${vi}\n(xem thêm: plan --help)`);
      expect(inVietnamese.out).toBe('');
      // A --lang that is refused does not choose the language: the locale does.
      const inEnglish = await plan(args.includes('fr') ? args : [...args, '--lang', 'en'], { LANG: 'en_US.UTF-8' });
      expect(inEnglish.code).toBe(2);
      expect(inEnglish.err).toBe(`${en}\n(see: plan --help)`);
    });

  it('--json: both languages in the error, whichever is chosen', async () => {
    for (const env of [{}, { LANG: 'en_US.UTF-8' }]) {
      const { code, out } = await plan(['build', '--json'], env);
      expect(code).toBe(2);
      expect(JSON.parse(out)).toEqual({ error: { exitCode: 2, message: "thiếu tham số bắt buộc 'plans'", en: { message: "missing required argument 'plans'" } } });
    }
  });
});
