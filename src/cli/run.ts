// The command line: declares commands and options with commander and maps errors to exit codes (0, 1, 2, 3).
import { type Command, CommanderError, Option } from 'commander';
import { UsageError } from '../errors';
import { chooseLanguage, languageFlag, type Language } from '../i18n/language';
import { version } from '../version';
import { buildCommand, type BuildCommandOptions } from './build-command';
import { helpInLanguage, LocalizedCommand } from './help-language';
import { reporters } from './format-diagnostic';
import { documentTypeListHelp } from './document-type-list';
import { initCommand } from './init-command';
import { nextCommand } from './next-command';
import { processIo, type Io } from './io';
import { loadPreview } from './load-preview';
import { makePreviewKit } from './preview-build';
import type { PreviewOptions } from './preview/preview-kit';
import { asksForJson, errorAsJson } from './json-error';
import { exitCodes, reportError } from './report-error';
import { schemaCommand } from './schema-command';
import { validateCommand, type ValidateCommandOptions } from './validate-command';
import { watchPlans } from './watch-plans';

/** For the bundle's loader (start.ts): the bundle's own copy of it. */
export { useRenderWorker } from '../render/render-documents';

export { exitCodes };

const texts = {
  vi: {
    program: 'Tạo kế hoạch (DOCX và PDF) đúng thể thức Nghị định 30/2020/NĐ-CP từ tệp YAML.',
    version: 'in số phiên bản',
    help: 'xem hướng dẫn',
    lang: 'ngôn ngữ của thông báo: vi (mặc định) hoặc en',
    debug: 'in cả vết ngăn xếp (stack trace) khi plan gặp lỗi nội bộ',
    build: 'tạo văn bản DOCX và PDF từ các tệp kế hoạch (tệp, thư mục hoặc mẫu *.yaml)',
    plans: 'tệp kế hoạch YAML, thư mục hoặc mẫu như plans/*.yaml',
    planArg: 'tệp kế hoạch YAML',
    out: 'thư mục ghi kết quả',
    format: 'định dạng: docx, pdf hoặc docx,pdf',
    template: 'thư mục mẫu riêng (<loại>.hbs và partials/)',
    check: 'không ghi gì; báo các tệp kết quả chưa có hoặc khác với bản dựng mới (cho CI)',
    json: 'in tóm tắt và lỗi dạng JSON ra stdout',
    reporter: 'cách in lỗi ra stderr: text (cho người đọc) hoặc github (chú thích trên dòng của pull request trong GitHub Actions)',
    watch: 'theo dõi kế hoạch và mẫu, dựng lại khi có thay đổi',
    name: 'tên tệp kết quả khi đọc kế hoạch từ đầu vào chuẩn ("-"), không có phần mở rộng (mặc định: stdin)',
    validate: 'kiểm tra các tệp kế hoạch mà không tạo văn bản (mã thoát 0 nếu tất cả hợp lệ)',
    files: 'các tệp kế hoạch YAML',
    schema: 'in (hoặc ghi) JSON Schema của tệp kế hoạch, cho trình soạn thảo',
    schemaOut: 'ghi vào tệp này thay vì in ra',
    next: 'tạo kế hoạch năm sau: mọi ngày lùi một năm, xóa số và "(Đã ký)", giữ nguyên ghi chú',
    nextOut: 'tệp kết quả (mặc định: tên tệp với năm mới, ví dụ plans/2021.yaml)',
    force: 'ghi đè nếu tệp đã có',
    init: 'tạo tệp kế hoạch mẫu có ghi chú, dùng được ngay',
    initFile: 'tệp sẽ tạo (mặc định: <loại>.yaml, ví dụ "ke-hoach.yaml")',
    type: 'loại văn bản',
    preview: 'xem văn bản trong trình duyệt, đúng như khi in; cập nhật mỗi khi kế hoạch hoặc mẫu được lưu',
    port: 'cổng của máy chủ trên máy này (127.0.0.1); 0: một cổng còn trống',
    open: 'mở trình duyệt mặc định',
    previewOut: 'ghi cả DOCX và PDF vào thư mục này sau mỗi lần dựng tốt (mặc định: không ghi tệp nào)',
    examples: `
Ví dụ:
  $ plan build plans/2020.yaml                 ghi out/2020.docx và out/2020.pdf
  $ plan build plans/2020.yaml --format pdf    chỉ ghi PDF
  $ plan build plans/2020.yaml --out ban-in    ghi vào thư mục ban-in/
  $ plan build plans/2020.yaml --template mau  dùng mẫu riêng trong thư mục mau/
  $ cat kh.yaml | plan build - --name 2021     đọc đầu vào chuẩn, ghi out/2021.docx và .pdf
  $ plan validate plans/*.yaml                 chỉ kiểm tra, không ghi tệp
  $ plan schema --out plan.schema.json         làm mới JSON Schema cho VS Code (sau khi nâng cấp plan)
  $ plan next plans/2020.yaml                  tạo plans/2021.yaml cho năm sau
  $ plan init ke-hoach.yaml                    tạo tệp kế hoạch mẫu và plan.schema.json cạnh nó
  $ plan preview plans/2020.yaml --open        xem văn bản trong trình duyệt, cập nhật khi lưu

Mã thoát: 0 thành công, 1 kế hoạch hoặc mẫu có lỗi, 2 dòng lệnh sai, 3 lỗi của chương trình.
Ngôn ngữ: --lang en hoặc LANG=en_US.UTF-8 để xem thông báo tiếng Anh.`,
  },
  en: {
    program: 'Makes a plan (DOCX and PDF) laid out as Decree 30/2020/NĐ-CP requires, from a YAML file.',
    version: 'print the version',
    help: 'show help',
    lang: 'language of messages: vi (default) or en',
    debug: 'print the stack trace of an internal error',
    build: 'build the DOCX and PDF of plan files (files, folders or *.yaml patterns)',
    plans: 'YAML plan files, folders or patterns such as plans/*.yaml',
    planArg: 'YAML plan file',
    out: 'output folder',
    format: 'formats: docx, pdf or docx,pdf',
    template: 'folder with your own templates (<type>.hbs and partials/)',
    check: 'write nothing; list the outputs that are missing or differ from a fresh build (for CI)',
    json: 'print the summary and diagnostics as JSON on stdout',
    reporter: "how diagnostics are printed on stderr: text (for people) or github (annotations on the pull request's lines in GitHub Actions)",
    watch: 'watch the plans and templates and rebuild on every change',
    name: 'name of the outputs of a plan read from standard input ("-"), without extension (default: stdin)',
    validate: 'check plan files without building them (exit 0 when all are valid)',
    files: 'YAML plan files',
    schema: 'print (or write) the JSON Schema of a plan file, for editors',
    schemaOut: 'write to this file instead of printing',
    next: "make next year's plan: every date one year on, number and \"(Đã ký)\" removed, comments kept",
    nextOut: 'output file (default: the file name with the new year, e.g. plans/2021.yaml)',
    force: 'overwrite the file if it exists',
    init: 'write a commented starter plan that builds as it is',
    initFile: 'file to create (default: <type>.yaml, e.g. "ke-hoach.yaml")',
    type: 'document type',
    preview: 'show the document in the browser, as it will print; updated whenever the plan or a template is saved',
    port: "port of the server on this machine (127.0.0.1); 0: any free port",
    open: 'open the default browser',
    previewOut: 'also write the DOCX and PDF into this folder after every good build (default: write no file)',
    examples: `
Examples:
  $ plan build plans/2020.yaml                 writes out/2020.docx and out/2020.pdf
  $ plan build plans/2020.yaml --format pdf    PDF only
  $ plan build plans/2020.yaml --out print     writes into print/
  $ plan build plans/2020.yaml --template mine use your templates in mine/
  $ cat kh.yaml | plan build - --name 2021     read standard input, write out/2021.docx and .pdf
  $ plan validate plans/*.yaml                 check only, write nothing
  $ plan schema --out plan.schema.json         refresh the JSON Schema for VS Code (after upgrading plan)
  $ plan next plans/2020.yaml                  make plans/2021.yaml for next year
  $ plan init ke-hoach.yaml                    write a starter plan and plan.schema.json beside it
  $ plan preview plans/2020.yaml --open        see the document in the browser, updated on every save

Exit codes: 0 ok, 1 the plan or a template is wrong, 2 the command line is wrong, 3 a bug in plan.
Language: Vietnamese by default; --lang en or LANG=en_US.UTF-8 for English.`,
  },
} satisfies Record<Language, Record<string, string>>;

function makeProgram(io: Io, language: Language, setExit: (code: number) => void, signal: AbortSignal | undefined): Command {
  const t = texts[language];
  /** The placeholders of option values in help and messages, in the language of the rest. */
  const v = language === 'en'
    ? { language: 'language', dir: 'dir', list: 'list', name: 'name', file: 'file', type: 'type', port: 'port' }
    : { language: 'ngôn-ngữ', dir: 'thư-mục', list: 'danh-sách', name: 'tên', file: 'tệp', type: 'loại', port: 'cổng' };
  const program = new LocalizedCommand(language)
    .configureHelp(helpInLanguage(language))
    .name('plan')
    .description(t.program)
    .version(version, '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand(language === 'en' ? 'help [command]' : 'help [lệnh]', t.help)
    .addOption(new Option(`--lang <${v.language}>`, t.lang).choices(['vi', 'en']))
    .option('--debug', t.debug)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text.trimEnd()), writeErr: (text) => io.stderr(text.trimEnd()) })
    .addHelpText('after', t.examples)
    .showHelpAfterError(language === 'en' ? '(see: plan --help)' : '(xem thêm: plan --help)')
    .hook('preAction', refuseMissingCurrentFolder);
  program
    .command('build')
    .description(t.build)
    .argument('<plans...>', t.plans)
    .option(`-o, --out <${v.dir}>`, t.out, 'out')
    .option(`-f, --format <${v.list}>`, t.format, 'docx,pdf')
    .option(`-t, --template <${v.dir}>`, t.template)
    .option('--check', t.check)
    .option('--json', t.json)
    .addOption(new Option(`--reporter <${v.name}>`, t.reporter).choices(reporters).default('text'))
    .option('-w, --watch', t.watch)
    .option(`--name <${v.name}>`, t.name)
    .helpOption('-h, --help', t.help)
    .action(async (plans: string[], options: BuildCommandOptions & { watch?: boolean }) => {
      if (options.watch && options.check)
        throw new UsageError('--watch không đi cùng --check: --watch dựng lại và ghi tệp mỗi khi kế hoạch đổi', '--watch does not go with --check: --watch rebuilds and writes the files whenever the plan changes');
      if (options.watch) await watchPlans(plans, options, io, signal ?? new AbortController().signal); // from the shell, Ctrl+C ends it as any command
      else if (!(await buildCommand(plans, options, io))) setExit(exitCodes.planError);
    });
  program
    .command('validate')
    .description(t.validate)
    .argument('<files...>', t.files)
    .option('--json', t.json)
    .addOption(new Option(`--reporter <${v.name}>`, t.reporter).choices(reporters).default('text'))
    .helpOption('-h, --help', t.help)
    .action(async (files: string[], options: ValidateCommandOptions) => {
      if (!(await validateCommand(files, options, io))) setExit(exitCodes.planError);
    });
  program
    .command('schema')
    .description(t.schema)
    .option(`-o, --out <${v.file}>`, t.schemaOut)
    .helpOption('-h, --help', t.help)
    .action(async (options: { out?: string }) => {
      await schemaCommand(options, io);
    });
  program
    .command('next')
    .description(t.next)
    .argument('<plan.yaml>', t.planArg)
    .option(`-o, --out <${v.file}>`, t.nextOut)
    .option('--force', t.force)
    .helpOption('-h, --help', t.help)
    .action((planFile: string, options: { out?: string; force?: boolean }) => nextCommand(planFile, options, io));
  program
    .command('init')
    .description(t.init)
    .argument('[file]', t.initFile)
    .option(`--type <${v.type}>`, t.type, 'ke-hoach')
    .option('--force', t.force)
    .helpOption('-h, --help', t.help)
    .addHelpText('after', () => documentTypeListHelp(language))
    .action((file: string | undefined, options: { type: string; force?: boolean }) => initCommand(file, options, io));
  program
    .command('preview')
    .description(t.preview)
    .argument('<plan.yaml>', t.planArg)
    .option(`-p, --port <${v.port}>`, t.port, '0')
    .option('--open', t.open)
    .option(`-t, --template <${v.dir}>`, t.template)
    .option(`-o, --out <${v.dir}>`, t.previewOut)
    .helpOption('-h, --help', t.help)
    // The server and its page load from their own bundle, only for this command.
    .action((planFile: string, options: PreviewOptions) => loadPreview().previewCommand(makePreviewKit(planFile, options, io), options, io, signal));
  return program;
}

/** Every command resolves paths against the current folder: one that was deleted under the shell is said plainly. */
function refuseMissingCurrentFolder(): void {
  try {
    process.cwd();
  } catch {
    throw new UsageError(
      'thư mục hiện tại không còn (đã bị xóa hoặc đổi tên); chuyển sang một thư mục có thật (cd) rồi chạy lại',
      'the current folder no longer exists (deleted or renamed); change to a folder that exists (cd) and run again',
    );
  }
}

/** Runs the CLI on argv (without node and script) and returns the exit code; never calls process.exit. */
export async function run(argv: readonly string[], baseIo: Io = processIo, signal?: AbortSignal): Promise<number> {
  const language = chooseLanguage(languageFlag(argv), baseIo.env);
  const io: Io = { ...baseIo, language };
  let exitCode: number = exitCodes.ok;
  const program = makeProgram(
    io,
    language,
    (code) => {
      exitCode = code;
    },
    signal,
  );
  try {
    if (argv.filter((arg) => !arg.startsWith('--lang') && arg !== '--debug').length === 0 || (argv.length === 2 && argv[0] === '--lang')) {
      program.outputHelp();
      return exitCodes.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    const code =
      error instanceof CommanderError ? (error.exitCode === 0 ? exitCodes.ok : exitCodes.usage) : reportError(error, io, argv.includes('--debug') || Boolean(io.env.PLAN_DEBUG));
    if (code !== exitCodes.ok && asksForJson(argv)) io.stdout(JSON.stringify({ error: errorAsJson(error, code) }, null, 2));
    return code;
  }
}
