// Precompiles the built-in templates (templates/*.hbs and templates/partials/*.hbs) into a module's source, which
// the bundler puts in place of precompiled-templates.ts: a build then runs no Handlebars compiler for them.
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { builtInTemplatesDir, templateOptions } from './render-template';

export function precompiledTemplatesSource(): string {
  const files = [builtInTemplatesDir, path.join(builtInTemplatesDir, 'partials')].flatMap((folder) =>
    fs.readdirSync(folder).filter((name) => name.endsWith('.hbs')).sort().map((name) => path.join(folder, name)),
  );
  const entries = files.map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return `  ${JSON.stringify(text)}: ${Handlebars.precompile(text, templateOptions)}`;
  });
  return `'use strict';\nexports.precompiledTemplates = {\n${entries.join(',\n')}\n};\n`;
}
