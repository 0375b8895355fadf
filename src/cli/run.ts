// The command line: declares commands and options with commander and maps errors to exit codes (0, 1, 2).
import { Command, CommanderError } from 'commander';
import { PlanError, UsageError } from '../errors';
import { version } from '../version';
import { buildCommand } from './build-command';
import { formatDiagnostic } from './format-diagnostic';
import { processIo, type Io } from './io';

export const exitCodes = { ok: 0, planError: 1, usage: 2, internal: 3 } as const;

const examples = `
Ví dụ (examples):
  $ plan build plans/2020.yaml                 ghi out/2020.docx và out/2020.pdf
  $ plan build plans/2020.yaml --format pdf    chỉ ghi PDF
  $ plan build plans/2020.yaml --out ban-in    ghi vào thư mục ban-in/
  $ plan build plans/2020.yaml --template mau  dùng mẫu riêng trong thư mục mau/

Mã thoát (exit codes): 0 thành công, 1 kế hoạch hoặc mẫu có lỗi, 2 dòng lệnh sai, 3 lỗi của chương trình.`;

function makeProgram(io: Io): Command {
  const program = new Command()
    .name('plan')
    .description('Tạo kế hoạch (DOCX và PDF) đúng thể thức Nghị định 30/2020/NĐ-CP từ tệp YAML.')
    .version(version, '-V, --version', 'in số phiên bản')
    .helpOption('-h, --help', 'xem hướng dẫn')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text.trimEnd()), writeErr: (text) => io.stderr(text.trimEnd()) })
    .addHelpText('after', examples)
    .showHelpAfterError('(xem thêm: plan --help)');
  program
    .command('build')
    .description('tạo văn bản DOCX và PDF từ một tệp kế hoạch')
    .argument('<plan.yaml>', 'tệp kế hoạch YAML')
    .option('-o, --out <dir>', 'thư mục ghi kết quả', 'out')
    .option('-f, --format <list>', 'định dạng: docx, pdf hoặc docx,pdf', 'docx,pdf')
    .option('-t, --template <dir>', 'thư mục mẫu riêng (<loại>.hbs và partials/)')
    .helpOption('-h, --help', 'xem hướng dẫn')
    .addHelpText('after', examples)
    .action(async (planFile: string, options: { out: string; format: string; template?: string }) => {
      await buildCommand(planFile, options, io);
    });
  return program;
}

/** Runs the CLI on argv (without node and script) and returns the exit code; never calls process.exit. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = makeProgram(io);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return exitCodes.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`lỗi: ${error.message}`);
      return exitCodes.usage;
    }
    if (error instanceof PlanError) {
      for (const diagnostic of error.diagnostics) io.stderr(formatDiagnostic(diagnostic));
      const count = error.diagnostics.filter((d) => d.severity === 'error').length;
      io.stderr(`${count} lỗi; không ghi tệp nào.`);
      return exitCodes.planError;
    }
    const detail = io.env.PLAN_DEBUG ? `\n${(error as Error).stack}` : '';
    io.stderr(`lỗi nội bộ của plan (đây là lỗi chương trình, xin báo lại): ${(error as Error).message}${detail}`);
    return exitCodes.internal;
  }
}
