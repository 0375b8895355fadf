// Stage 3: fills a Handlebars template with the view, in strict mode and without HTML escaping.
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { PlanError } from '../errors';

export interface TemplateSource {
  /** Path of the main template, for messages. */
  file: string;
  text: string;
  partials: Record<string, string>;
}

/** The templates shipped with plan (templates/ beside src/ and dist/). */
export const builtInTemplatesDir = path.join(__dirname, '..', '..', 'templates');

/** Reads `<dir>/<name>.hbs` and every partial in `<dir>/partials`, falling back to the built-in partials. */
export function readTemplate(dir: string, name: string): TemplateSource {
  const file = path.join(dir, `${name}.hbs`);
  const partials: Record<string, string> = {};
  for (const partialDir of [path.join(builtInTemplatesDir, 'partials'), path.join(dir, 'partials')]) {
    if (!fs.existsSync(partialDir)) continue;
    for (const entry of fs.readdirSync(partialDir).sort()) {
      if (entry.endsWith('.hbs')) partials[entry.slice(0, -4)] = fs.readFileSync(path.join(partialDir, entry), 'utf8');
    }
  }
  return { file, text: fs.readFileSync(file, 'utf8'), partials };
}

export function renderTemplate(template: TemplateSource, view: object): string {
  const handlebars = Handlebars.create();
  for (const [name, text] of Object.entries(template.partials)) handlebars.registerPartial(name, text);
  try {
    const compiled = handlebars.compile(template.text, { strict: true, noEscape: true });
    return compiled(view);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/.exec(message)?.[1];
    throw new PlanError(
      [
        {
          file: template.file,
          line: line ? Number(line) : undefined,
          severity: 'error',
          message: `mẫu (template) bị lỗi: ${message.split('\n')[0]}`,
          hint: 'kiểm tra tên biến và cặp {{#each}} … {{/each}} trong mẫu',
        },
      ],
      { cause: error },
    );
  }
}
