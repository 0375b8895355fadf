// The one place that runs the stages in order: plan file → DOCX and PDF bytes.
import path from 'node:path';
import { resolveLayout } from './layout/resolve-layout';
import type { ResolvedDocument } from './layout/resolved-document';
import type { DocumentModel } from './model/document-model';
import { makeTheme } from './layout/theme';
import { parseMarkup } from './model/parse-markup';
import { parseIssueDate } from './plan/issue-date';
import { loadPlan, type LoadedPlan } from './plan/load-plan';
import type { Plan } from './plan/plan-schema';
import type { BuildInfo } from './render/build-info';
import { renderDocuments, type Format } from './render/render-documents';
import { builtInTemplatesDir, locateTag, readTemplate, renderTemplate } from './template/render-template';
import { unprintedParts } from './template/unprinted-parts';
import { toViewModel } from './view/to-view-model';
import type { Diagnostic } from './errors';
import { version } from './version';

export type { Format };
export const formats: readonly Format[] = ['docx', 'pdf'];

export interface BuildOptions {
  formats: readonly Format[];
  /** Folder with `<type>.hbs` and `partials/`; the built-in templates by default. */
  templateDir?: string;
  /** Seconds since 1970 for the files' dates (SOURCE_DATE_EPOCH); the plan's date by default. */
  sourceDateEpoch?: number;
}

export interface BuiltDocument {
  format: Format;
  bytes: Buffer;
}

export interface BuildResult {
  documents: BuiltDocument[];
  warnings: Diagnostic[];
}

export async function buildPlanFile(planFile: string, options: BuildOptions): Promise<BuildResult> {
  // 1. Load: read (the file, or standard input for "-"), parse the YAML, validate, normalize the text.
  const loaded = await loadPlan(planFile);
  return buildLoadedPlan(loaded, options);
}

export async function buildLoadedPlan(loaded: LoadedPlan, options: BuildOptions): Promise<BuildResult> {
  const { resolved, info, warnings } = layOutPlan(loaded, options);
  // 6. Render: each format translates the same resolved document (renderers load only when asked for; with both
  //    formats, DOCX is made on a second thread while this one draws the PDF).
  const rendered = await renderDocuments(options.formats, resolved, info);
  const documents = options.formats.map((format, index): BuiltDocument => ({ format, bytes: rendered[index]! }));
  return { documents, warnings: [...loaded.warnings, ...warnings] };
}

/** Stages 2 to 5: the plan as a resolved document, with what the renderers stamp into the files. */
export function layOutPlan(
  loaded: LoadedPlan,
  options: Pick<BuildOptions, 'templateDir' | 'sourceDateEpoch'>,
): { model: DocumentModel; resolved: ResolvedDocument; info: BuildInfo; warnings: Diagnostic[] } {
  const { plan } = loaded;
  // 2. View: dates, numbers, labels and names worded as the decree wants.
  const view = toViewModel(plan);
  // 3. Template: Handlebars writes the document as tagged lines.
  const template = readTemplate(options.templateDir ?? builtInTemplatesDir, plan.type);
  const warnings: Diagnostic[] = [];
  const markup = renderTemplate(template, view, { warnings });
  // 4. Model: tagged lines become the document model.
  const model = parseMarkup(markup, view.meta, template.file, (tag) => locateTag(template, tag));
  warnings.push(...unprintedParts(view, model, template));
  // 5. Layout: every size, spacing and width decided once, from the theme.
  const theme = makeTheme({ sizes: plan.layout.sizes, margins: plan.layout.margins, firstLineIndentCm: plan.layout.firstLineIndent, issuerKind: plan.agency.kind });
  const resolved = resolveLayout(model, theme);
  const info: BuildInfo = { date: buildDate(plan, options.sourceDateEpoch), producer: `plan ${version}` };
  return { model, resolved, info, warnings };
}

/** The files' dates: SOURCE_DATE_EPOCH when given, otherwise the plan's own date, so the bytes never depend on the clock. */
export function buildDate(plan: Plan, sourceDateEpoch?: number): Date {
  if (sourceDateEpoch !== undefined) return new Date(sourceDateEpoch * 1000);
  const date = parseIssueDate(plan.date)!;
  return new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
}

/**
 * The outputs' name: the plan file's own name, so it cannot leave the output folder; for standard input ("-"), the
 * name given with --name (checked in cli/output-name-option.ts), "stdin" without it.
 */
export function outputName(planFile: string, inputName?: string): string {
  return planFile === '-' ? (inputName ?? 'stdin') : path.parse(planFile).name;
}

/** out/<plan name>.<format>. */
export function outputPath(outDir: string, planFile: string, format: Format, inputName?: string): string {
  return path.join(outDir, `${outputName(planFile, inputName)}.${format}`);
}
