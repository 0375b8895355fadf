// `plan preview`'s build, in the command's bundle (the pipeline is there): the plan laid out once, its PDF made first
// and its DOCX after, in memory; the files written (atomically, as `plan build` does) only with --out.
import path from 'node:path';
import { PlanError, UsageError } from '../errors';
import { layOutPlan, outputName, outputPath } from '../pipeline';
import { loadPlan } from '../plan/load-plan';
import { renderDocuments } from '../render/render-documents';
import { builtInTemplatesDir } from '../template/render-template';
import { findPlans } from './find-plans';
import { formatDiagnostic, printDiagnostics } from './format-diagnostic';
import { inLanguage, type Io } from './io';
import type { PreviewBuild, PreviewKit, PreviewOptions } from './preview/preview-kit';
import { refuseEmptyPath } from './refuse-empty-path';
import { readSourceDateEpoch } from './source-date-epoch';
import { OutputError, writeAtomically } from './write-atomically';

export function makePreviewKit(planFile: string, options: PreviewOptions, io: Io): PreviewKit {
  if (planFile === '-') throw new UsageError('không xem trước được đầu vào chuẩn ("-"); hãy ghi tên tệp kế hoạch', 'standard input ("-") cannot be previewed; name the plan file');
  // One plan file, there now (a misspelt name is said at once, as `plan build` says it, not served as an error page).
  const found = findPlans([planFile]);
  if (found.length !== 1 || found[0] !== planFile)
    throw new UsageError(`plan preview xem một tệp kế hoạch, không phải "${planFile}"`, `plan preview shows one plan file, not "${planFile}"`);
  refuseEmptyPath({ vi: '--out', en: '--out' }, options.out);
  refuseEmptyPath({ vi: '--template', en: '--template' }, options.template);
  const sourceDateEpoch = readSourceDateEpoch(io.env);
  const templateDir = options.template;
  const build = async (): Promise<PreviewBuild> => {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    try {
      const loaded = await loadPlan(planFile);
      const { resolved, info, warnings } = layOutPlan(loaded, { templateDir, sourceDateEpoch });
      const [pdf] = await renderDocuments(['pdf'], resolved, info);
      const pdfMs = ms();
      // The DOCX after the page is told of the PDF (setImmediate: once the pending writes to the browser went out).
      const docx = new Promise((resolve) => setImmediate(resolve)).then(() => renderDocuments(['docx'], resolved, info)).then(([bytes]) => bytes!);
      docx.catch(() => undefined); // awaited by whoever downloads it; a failure is said there
      const diagnostics = [...loaded.warnings, ...warnings];
      printDiagnostics(diagnostics, io);
      if (options.out) {
        const files = [
          { file: outputPath(options.out, planFile, 'pdf'), bytes: pdf! },
          { file: outputPath(options.out, planFile, 'docx'), bytes: await docx },
        ];
        writeAtomically(...files);
      }
      io.stderr(`${planFile} → ${options.out ? `${path.join(options.out, outputName(planFile))}.{docx,pdf} ` : ''}${pdfMs} ms`);
      return { ok: true, pdf, docx, messages: diagnostics.map((d) => formatDiagnostic(d, io.language)), ms: pdfMs };
    } catch (error) {
      const messages = describe(error, io);
      for (const message of messages) io.stderr(message);
      return { ok: false, messages, ms: ms() };
    }
  };
  return { planFile: path.resolve(planFile), templateDir: path.resolve(templateDir ?? builtInTemplatesDir), name: outputName(planFile), build };
}

/** What went wrong, worded as `plan build` words it; the preview goes on whatever it was. */
function describe(error: unknown, io: Io): string[] {
  if (error instanceof PlanError) return error.diagnostics.map((d) => formatDiagnostic(d, io.language));
  if (error instanceof OutputError) {
    const text = error.describe();
    return [inLanguage(io, `lỗi: ${text.vi}`, `error: ${text.en}`)];
  }
  if (error instanceof UsageError) return [inLanguage(io, `lỗi: ${error.message}`, `error: ${error.english}`)];
  const message = error instanceof Error ? error.message : String(error);
  return [inLanguage(io, `lỗi nội bộ của plan (đây là lỗi chương trình, xin báo lại): ${message}`, `internal error in plan (a bug, please report it): ${message}`)];
}
