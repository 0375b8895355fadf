// `plan validate`: checks plans without building them, for editors and CI; exit 0 when all are valid.
import { diagnostic, PlanError, UsageError, type Diagnostic } from '../errors';
import { loadPlan } from '../plan/load-plan';
import { standardInputName } from '../plan/read-standard-input';
import { diagnosticAsJson } from './diagnostic-json';
import { printDiagnostics, type Reporter } from './format-diagnostic';
import { inLanguage, type Io } from './io';

export interface ValidateCommandOptions {
  /** Also print the report as one JSON document on stdout (the shape of build --json, without outputs). */
  json?: boolean;
  reporter?: Reporter;
}

interface FileReport {
  plan: string;
  ok: boolean;
  ms: number;
  diagnostics: Diagnostic[];
}

/** Returns whether every file ("-": standard input) is a valid plan; prints each file's diagnostics and a verdict line. */
export async function validateCommand(files: readonly string[], options: ValidateCommandOptions, io: Io): Promise<boolean> {
  const started = performance.now();
  const reports: FileReport[] = [];
  for (const input of files) {
    const fileStarted = performance.now();
    const report: FileReport = { plan: input === '-' ? standardInputName : input, ok: false, ms: 0, diagnostics: [] };
    let verdict: string | undefined;
    try {
      report.diagnostics = (await loadPlan(input)).warnings;
      report.ok = true;
      printDiagnostics(report.diagnostics, io, options.reporter);
      verdict = inLanguage(io, `${report.plan}: hợp lệ`, `${report.plan}: valid`);
    } catch (error) {
      if (error instanceof UsageError) {
        // A file that cannot be read as a plan (missing, a folder, a device) fails in its own line; the others go on.
        report.diagnostics = [diagnostic({ file: report.plan }, 'error', { vi: error.message, en: error.english })];
        printDiagnostics(report.diagnostics, io, options.reporter);
      } else if (error instanceof PlanError) {
        report.diagnostics = error.diagnostics;
        const count = printDiagnostics(report.diagnostics, io, options.reporter);
        verdict = inLanguage(io, `${report.plan}: ${count} lỗi`, `${report.plan}: ${count} error(s)`);
      } else throw error;
    }
    if (verdict) io.stderr(verdict);
    report.ms = Math.round(performance.now() - fileStarted);
    reports.push(report);
  }
  const failed = reports.filter((report) => !report.ok).length;
  if (options.json) {
    const plans = reports.map((report) => ({ ...report, diagnostics: report.diagnostics.map(diagnosticAsJson) }));
    io.stdout(JSON.stringify({ plans, failed, totalMs: Math.round(performance.now() - started) }, null, 2));
  }
  return failed === 0;
}
