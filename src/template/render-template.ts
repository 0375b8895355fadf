// Stage 3: fills a Handlebars template with the view, in strict mode and without HTML escaping.
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { diagnostic, PlanError, UsageError, type Diagnostic } from '../errors';
import { say } from '../i18n/language';
import { packageDir } from '../package-dir';
import { checkPartials } from './check-partials';
import { registerCountedEach, spend, templateWorkLimit, TemplateWorkExceeded, type WorkBudget } from './work-budget';
import { precompiledTemplates, type PrecompiledTemplates } from './precompiled-templates';
import { listPartialFiles, readTemplateFile } from './read-template-files';

export interface TemplateSource {
  /** Path of the main template, for messages. */
  file: string;
  text: string;
  partials: Record<string, string>;
  /** Where each partial was read from, for messages. */
  partialFiles?: Record<string, string>;
}

/** The templates shipped with plan. */
export const builtInTemplatesDir = path.join(packageDir, 'templates');

/**
 * Reads `<dir>/<name>.hbs` and every partial in `<dir>/partials`, falling back to the built-in template and partials:
 * a folder of one's own templates may hold only what it changes, and every document type still builds.
 */
export function readTemplate(dir: string, name: string): TemplateSource {
  // A folder that is not there is the command line's mistake.
  if (!fs.existsSync(dir)) throw new UsageError(`không có thư mục mẫu "${dir}"`, `the template folder "${dir}" does not exist`);
  const own = path.join(dir, `${name}.hbs`);
  const file = fs.existsSync(own) ? own : path.join(builtInTemplatesDir, `${name}.hbs`);
  if (!fs.existsSync(file))
    throw new PlanError([
      diagnostic(
        { file: dir },
        'error',
        say(`thư mục mẫu "${dir}" không có tệp ${name}.hbs cho loại văn bản "${name}"`, `the template folder "${dir}" has no ${name}.hbs for the document type "${name}"`),
        say(`viết tệp ${name}.hbs vào thư mục mẫu`, `write ${name}.hbs into the template folder`),
      ),
    ]);
  const partials: Record<string, string> = {};
  const partialFiles: Record<string, string> = {};
  for (const partialDir of [path.join(builtInTemplatesDir, 'partials'), path.join(dir, 'partials')]) {
    for (const entry of listPartialFiles(partialDir)) {
      const name = entry.slice(0, -4);
      partialFiles[name] = path.join(partialDir, entry);
      partials[name] = readTemplateFile(partialFiles[name]);
    }
  }
  return { file, text: readTemplateFile(file), partials, partialFiles };
}

const partialFile = (template: TemplateSource, name: string) => template.partialFiles?.[name] ?? `partials/${name}.hbs`;

/** The main template's and each partial's file and text, in that order. */
function templateSources(template: TemplateSource): Array<[file: string, text: string]> {
  return [[template.file, template.text], ...Object.entries(template.partials).map(([name, text]): [string, string] => [partialFile(template, name), text])];
}

/** The file a template error was raised in: set by the innermost partial it passed through. */
const errorFiles = new WeakMap<object, string>();

function inFile(partial: HandlebarsTemplateDelegate, file: string): HandlebarsTemplateDelegate {
  return (context, options) => {
    try {
      spend(options?.data, 1);
      return partial(context, options);
    } catch (error) {
      if (error !== null && typeof error === 'object' && !errorFiles.has(error)) errorFiles.set(error, file);
      throw error;
    }
  };
}

/** The first template line (main template, then partials) that writes the given tag, for messages. */
export function locateTag(template: TemplateSource, tag: string): { file: string; line: number } | undefined {
  for (const [file, text] of templateSources(template)) {
    const index = text.split(/\r?\n/).findIndex((line) => new RegExp(`(^|\\s)@${tag}(\\s|$)`).test(line.trim()));
    if (index >= 0) return { file, line: index + 1 };
  }
  return undefined;
}

/** How every template is compiled: strict (a missing field is an error) and without HTML escaping. */
export const templateOptions = { strict: true, noEscape: true } as const;

/** Compiled templates by their source, so a build of many plans compiles each template once. */
const compiledCache = new Map<string, HandlebarsTemplateDelegate>();

/**
 * The template with its partials, ready to run: precompiled when the main template and every partial are among the
 * precompiled built-ins (a string partial beside a precompiled template would lose the compile options).
 */
function compile(template: TemplateSource, precompiled: PrecompiledTemplates): HandlebarsTemplateDelegate {
  const texts = [template.text, ...Object.values(template.partials)];
  const usePrecompiled = texts.every((text) => Object.hasOwn(precompiled, text));
  const key = JSON.stringify([usePrecompiled, template.text, template.partials]);
  let compiled = compiledCache.get(key);
  if (!compiled) {
    const handlebars = Handlebars.create();
    handlebars.registerHelper('log', logToWarnings);
    registerCountedEach(handlebars);
    if (!usePrecompiled)
      checkPartials([{ name: '', file: template.file, text: template.text }, ...Object.entries(template.partials).map(([name, text]) => ({ name, file: partialFile(template, name), text }))]);
    // Each partial is its own compiled function, so an error while it runs is known to be in its file.
    for (const [name, text] of Object.entries(template.partials)) {
      const partial = usePrecompiled ? handlebars.template(precompiled[text]!) : handlebars.compile(text, templateOptions);
      handlebars.registerPartial(name, inFile(partial, partialFile(template, name)));
    }
    compiled = usePrecompiled ? handlebars.template(precompiled[template.text]!) : handlebars.compile(template.text, templateOptions);
    compiledCache.set(key, compiled);
  }
  return compiled;
}

/** What a template's {{log …}} said, and on which line of its source. */
interface TemplateLog {
  text: string;
  line?: number;
}

/**
 * `{{log …}}` would write to standard output through console (which holds only the outputs' paths, or --json): it
 * becomes a warning of the build instead, collected through the render's data frame.
 */
function logToWarnings(...args: unknown[]): string {
  const options = args.pop() as Handlebars.HelperOptions & { loc?: { start: { line: number } } };
  const sink = (options.data as { templateLog?: TemplateLog[] } | undefined)?.templateLog;
  sink?.push({ text: args.map((arg) => (typeof arg === 'object' && arg !== null ? JSON.stringify(arg) : String(arg))).join(' '), line: options.loc?.start.line });
  return '';
}

/** The template file (main or partial) whose given line calls {{log}}: a helper knows its line, not its file. */
function logSource(template: TemplateSource, line: number | undefined): { file: string; line?: number } {
  const found = line === undefined ? undefined : templateSources(template).find(([, text]) => /\{\{~?\s*log\b/.test(text.split(/\r?\n/)[line - 1] ?? ''));
  return found ? { file: found[0], line } : { file: template.file };
}

export interface RenderTemplateOptions {
  precompiled?: PrecompiledTemplates;
  /** Receives a warning for each {{log …}} the template ran. */
  warnings?: Diagnostic[];
}

export function renderTemplate(template: TemplateSource, view: object, options: RenderTemplateOptions = {}): string {
  const templateLog: TemplateLog[] = [];
  try {
    const workBudget: WorkBudget = { left: templateWorkLimit };
    const text = compile(template, options.precompiled ?? precompiledTemplates)(view, { data: { templateLog, workBudget } });
    for (const { text: logged, line } of templateLog)
      options.warnings?.push(
        diagnostic(
          logSource(template, line),
          'warning',
          say(`mẫu ghi (log): ${logged}`, `the template logs: ${logged}`),
          say('{{log}} chỉ dùng khi sửa mẫu; nó không in gì vào văn bản', '{{log}} is only for mending a template; it prints nothing into the document'),
        ),
      );
    return text;
  } catch (error) {
    if (error instanceof PlanError) throw error;
    if (error instanceof TemplateWorkExceeded)
      throw new PlanError([
        diagnostic(
          { file: (typeof error === 'object' && errorFiles.get(error)) || template.file },
          'error',
          say(
            `mẫu làm quá nhiều việc cho một kế hoạch (hơn ${String(templateWorkLimit).replace(/\B(?=(\d{3})+$)/g, '.')} lượt {{#each}} và lần gọi partial)`,
            `the template does too much for one plan (over ${String(templateWorkLimit).replace(/\B(?=(\d{3})+$)/g, ',')} {{#each}} turns and partial calls)`,
          ),
          say('xem các {{#each}} lồng nhau và các partial gọi nhau nhiều lần trong tệp này', 'look for {{#each}} nested inside each other and partials that call each other many times in this file'),
        ),
      ]);
    const message = error instanceof Error ? error.message : String(error);
    // Parse errors say "on line N"; strict-mode lookups end with " - line:column".
    const line = /line (\d+)/.exec(message)?.[1] ?? / - (\d+):\d+$/.exec(message)?.[1];
    const first = message.split('\n')[0];
    throw new PlanError(
      [
        diagnostic(
          { file: (error !== null && typeof error === 'object' && errorFiles.get(error)) || template.file, line: line ? Number(line) : undefined },
          'error',
          say(`mẫu (template) bị lỗi: ${first}`, `the template is wrong: ${first}`),
          say('kiểm tra tên biến và cặp {{#each}} … {{/each}} trong mẫu', 'check the field names and the {{#each}} … {{/each}} pairs'),
        ),
      ],
      { cause: error },
    );
  }
}
