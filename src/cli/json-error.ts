// With --json, a command that stops before its report (a wrong command line, an output that cannot be written) still
// prints JSON on stdout, so `plan build … --json > report.json` always leaves JSON for the tools that read it.
import { CommanderError } from 'commander';
import { PlanError, UsageError } from '../errors';
import { diagnosticAsJson } from './diagnostic-json';
import { commanderErrorText } from './help-language';
import { OutputError } from './write-atomically';

/** Whether the command line asks for JSON (read before commander parses it: its own errors come first). */
export function asksForJson(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--json' || arg.startsWith('--json='));
}

/** The error as the JSON report's `error` field: the exit code, the message in Vietnamese and in English. */
export function errorAsJson(error: unknown, exitCode: number): object {
  if (error instanceof UsageError) return { exitCode, message: error.message, en: { message: error.english } };
  if (error instanceof OutputError) {
    const text = error.describe();
    return { exitCode, message: text.vi, en: { message: text.en } };
  }
  if (error instanceof PlanError)
    return { exitCode, diagnostics: error.diagnostics.map(diagnosticAsJson) };
  if (error instanceof CommanderError) {
    const text = commanderErrorText(error);
    return { exitCode, message: text.vi, en: { message: text.en } };
  }
  // Anything else is a bug, said as run says it.
  const message = `internal error: ${(error as Error).message}`;
  return { exitCode, message, en: { message } };
}
