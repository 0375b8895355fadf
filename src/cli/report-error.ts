// Says what went wrong, as the command line prints it, and gives the exit code: run's last resort, and --watch's after
// each rebuild (which must go on watching).
import { PlanError, UsageError } from '../errors';
import { printDiagnostics } from './format-diagnostic';
import { inLanguage, type Io } from './io';
import { OutputError } from './write-atomically';

export const exitCodes = { ok: 0, planError: 1, usage: 2, internal: 3 } as const;

/** Prints the error (its stack only with `debug`) and returns its exit code: 1 for a plan, 2 for a usage, 3 for a bug. */
export function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof OutputError) {
    const text = error.describe();
    io.stderr(inLanguage(io, `lỗi: ${text.vi}`, `error: ${text.en}`));
    return exitCodes.planError;
  }
  if (error instanceof UsageError) {
    io.stderr(inLanguage(io, `lỗi: ${error.message}`, `error: ${error.english}`));
    return exitCodes.usage;
  }
  if (error instanceof PlanError) {
    const count = printDiagnostics(error.diagnostics, io);
    io.stderr(inLanguage(io, `${count} lỗi; không ghi tệp nào.`, `${count} error(s); no file written.`));
    return exitCodes.planError;
  }
  const detail = debug ? `\n${(error as Error).stack}` : '';
  io.stderr(
    inLanguage(
      io,
      `lỗi nội bộ của plan (đây là lỗi chương trình, xin báo lại): ${(error as Error).message}${detail}`,
      `internal error in plan (a bug, please report it): ${(error as Error).message}${detail}`,
    ),
  );
  return exitCodes.internal;
}
