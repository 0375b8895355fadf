// `plan build`: builds plans (files, folders, globs) in one process; writes, checks (--check) or watches (--watch).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { diagnostic, PlanError, UsageError, type Diagnostic } from '../errors';
import { buildPlanFile, formats, outputName, outputPath, type Format } from '../pipeline';
import { standardInputName } from '../plan/read-standard-input';
import { prepareRenderers } from '../render/render-documents';
import { diagnosticAsJson } from './diagnostic-json';
import { findPlans } from './find-plans';
import { printDiagnostics, type Reporter } from './format-diagnostic';
import { inLanguage, type Io } from './io';
import { lockFiles, withOutputLock } from './output-lock';
import { refuseBadOutputName } from './output-name-option';
import { refuseEmptyPath } from './refuse-empty-path';
import { refuseOutputsOnInputs } from './same-file';
import { readSourceDateEpoch } from './source-date-epoch';
import { templateFiles } from './template-files';
import { OutputError, scratchFiles, whileWriting, writeAtomically } from './write-atomically';

export interface BuildCommandOptions {
  out: string;
  format: string;
  template?: string;
  check?: boolean;
  json?: boolean;
  /** The outputs' name for a plan read from standard input ("-"). */
  name?: string;
  /** How diagnostics are printed on stderr (`github`: as workflow annotations). */
  reporter?: Reporter;
}

export function parseFormats(value: string): Format[] {
  const asked = value.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
  const unknown = asked.filter((part) => !(formats as readonly string[]).includes(part));
  if (unknown.length || asked.length === 0)
    throw new UsageError(`định dạng không hợp lệ: "${value}"; chọn docx, pdf hoặc docx,pdf`, `unknown format "${value}"; choose docx, pdf or docx,pdf`);
  return formats.filter((format) => asked.includes(format));
}

interface OutputReport {
  path: string;
  bytes: number;
  /** With --json only (nothing else shows it). */
  sha256?: string;
  /** With --check: whether the file on disk is missing or differs. */
  status?: 'same' | 'missing' | 'differs';
  /** Without --check: false when the file on disk already had these bytes and was left as it was. */
  written?: boolean;
}

interface PlanReport {
  plan: string;
  ok: boolean;
  ms: number;
  outputs: OutputReport[];
  diagnostics: Diagnostic[];
}

function checkStatus(file: string, bytes: Buffer): OutputReport['status'] {
  if (sameOnDisk(file, bytes)) return 'same';
  return fs.existsSync(file) ? 'differs' : 'missing';
}

/**
 * Whether the file holds exactly these bytes (its size is compared first, so a changed file is seldom read). A file
 * that cannot be looked at counts as changed: writing it then says what is wrong (--out is a file, no permission).
 */
function sameOnDisk(file: string, bytes: Buffer): boolean {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat !== undefined && stat.isFile() && stat.size === bytes.length && fs.readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

/** Builds one plan; writes its outputs unless checking. Never throws for a bad plan: the report says so. */
async function buildOne(planFile: string, options: BuildCommandOptions, chosen: readonly Format[], sourceDateEpoch: number | undefined): Promise<PlanReport> {
  const started = performance.now();
  const report: PlanReport = { plan: planFile === '-' ? standardInputName : planFile, ok: false, ms: 0, outputs: [], diagnostics: [] };
  try {
    const result = await buildPlanFile(planFile, { formats: chosen, templateDir: options.template, sourceDateEpoch });
    report.diagnostics.push(...result.warnings);
    // Every format is built in memory first; files are written only when all succeeded, and all together. A file
    // that already holds these very bytes is left as it was (its date too), as make would. Comparing and writing
    // happen under the lock of the plan's name, so a build racing in another process cannot pair its DOCX with
    // this plan's PDF.
    const files = result.documents.map((document) => ({ file: outputPath(options.out, planFile, document.format, options.name), bytes: document.bytes }));
    // Ctrl+C waits for the lock and the write, and only for them.
    const changed = options.check
      ? []
      : await whileWriting(() =>
          withOutputLock(options.out, outputName(planFile, options.name), files[0]!.file, () => {
            const different = files.filter(({ file, bytes }) => !sameOnDisk(file, bytes));
            if (different.length > 0) writeAtomically(...different);
            return different;
          }),
        );
    for (const entry of files) {
      const { file, bytes } = entry;
      const output: OutputReport = { path: file, bytes: bytes.length };
      if (options.json) output.sha256 = createHash('sha256').update(bytes).digest('hex');
      if (options.check) output.status = checkStatus(file, bytes);
      else output.written = changed.includes(entry);
      report.outputs.push(output);
    }
    report.ok = !report.outputs.some((output) => output.status === 'missing' || output.status === 'differs');
  } catch (error) {
    if (error instanceof OutputError) {
      const text = error.describe();
      report.diagnostics.push(diagnostic({ file: planFile }, 'error', text));
    } else if (error instanceof PlanError) report.diagnostics.push(...error.diagnostics);
    else throw error;
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

function printReport(report: PlanReport, io: Io, reporter: Reporter | undefined): void {
  const errors = printDiagnostics(report.diagnostics, io, reporter);
  if (errors > 0) {
    io.stderr(inLanguage(io, `${report.plan}: ${errors} lỗi; không ghi tệp nào (${report.ms} ms)`, `${report.plan}: ${errors} error(s); no file written (${report.ms} ms)`));
    return;
  }
  const words = {
    same: inLanguage(io, 'khớp', 'up to date'),
    missing: inLanguage(io, 'CHƯA CÓ', 'MISSING'),
    differs: inLanguage(io, 'KHÁC', 'DIFFERS'),
    unchanged: inLanguage(io, 'không đổi', 'unchanged'),
  };
  const note = (o: OutputReport) => (o.status ? `, ${words[o.status]}` : o.written === false ? `, ${words.unchanged}` : '');
  const outputs = report.outputs
    .map((o) => `${o.path} (${Math.max(1, Math.round(o.bytes / 1024))} KB${note(o)})`)
    .join(', ');
  io.stderr(`${report.plan} → ${outputs} ${report.ms} ms`);
}

/** Output names come from plan names: two plans with one name would overwrite each other. */
function refuseNameClashes(plans: readonly string[]): void {
  const byName = new Map<string, string>();
  for (const plan of plans) {
    const name = outputName(plan);
    const other = byName.get(name);
    if (other)
      throw new UsageError(`"${other}" và "${plan}" cùng tên nên sẽ ghi đè kết quả của nhau`, `"${other}" and "${plan}" have the same name and would overwrite each other's output`);
    byName.set(name, plan);
  }
}

/** Builds every plan; returns whether all succeeded (and, with --check, all outputs were up to date). */
export async function buildCommand(inputs: readonly string[], options: BuildCommandOptions, io: Io): Promise<boolean> {
  const chosen = parseFormats(options.format);
  refuseEmptyPath({ vi: '--out', en: '--out' }, options.out);
  refuseEmptyPath({ vi: '--template', en: '--template' }, options.template);
  const sourceDateEpoch = readSourceDateEpoch(io.env);
  const plans = findPlans(inputs);
  refuseBadOutputName(options.name, plans);
  refuseNameClashes(plans);
  // No file the build writes (outputs, their temporary files, the lock) may be one it reads (a plan named x.pdf, a
  // link to a plan or a template), checked before anything is built.
  const outputs = plans.flatMap((plan) => {
    const files = chosen.map((format) => outputPath(options.out, plan, format, options.name));
    return [...files, ...files.flatMap(scratchFiles), ...lockFiles(options.out, outputName(plan, options.name))];
  });
  refuseOutputsOnInputs(outputs, options.template === undefined ? plans : [...plans, ...templateFiles(options.template)]);
  prepareRenderers(chosen);
  const started = performance.now();
  const reports: PlanReport[] = [];
  // Two plans in flight: while the render thread makes one plan's DOCX, this thread reads and draws the next.
  // Reports come out in the plans' order.
  const inFlight: Array<Promise<PlanReport>> = [];
  let next = 0;
  const startNext = () => {
    if (next >= plans.length) return;
    const build = buildOne(plans[next++]!, options, chosen, sourceDateEpoch);
    build.catch(() => undefined); // awaited in turn below; this only keeps an early failure from counting as unhandled
    inFlight.push(build);
  };
  startNext();
  startNext();
  const finish = (report: PlanReport) => {
    reports.push(report);
    printReport(report, io, options.reporter);
    if (!options.json && !options.check) for (const output of report.outputs) io.stdout(output.path);
  };
  while (inFlight.length > 0) {
    let report: PlanReport;
    try {
      report = await inFlight.shift()!;
    } catch (error) {
      // An internal error ends the command, but not before the plan already under way has finished and said so.
      for (const other of await Promise.allSettled(inFlight)) if (other.status === 'fulfilled') finish(other.value);
      throw error;
    }
    startNext();
    finish(report);
  }
  const failed = reports.filter((report) => !report.ok).length;
  const totalMs = Math.round(performance.now() - started);
  if (plans.length > 1 || options.check)
    io.stderr(
      inLanguage(
        io,
        `${plans.length} kế hoạch, ${failed} ${options.check ? 'lỗi hoặc chưa khớp' : 'lỗi'}, ${totalMs} ms`,
        `${plans.length} plan(s), ${failed} ${options.check ? 'failed or out of date' : 'failed'}, ${totalMs} ms`,
      ),
    );
  if (options.json) io.stdout(JSON.stringify({ plans: reports.map(toJson), failed, totalMs }, null, 2));
  return failed === 0;
}

function toJson(report: PlanReport): object {
  return {
    ...report,
    diagnostics: report.diagnostics.map(diagnosticAsJson),
  };
}
