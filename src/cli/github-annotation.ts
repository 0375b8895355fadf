// A diagnostic as a GitHub Actions workflow command (`::error file=…,line=…,col=…,title=…::message`): the runner turns
// it into an annotation on the pull request's line. Escaped as @actions/core does (toolkit, packages/core/src/command.ts).
import path from 'node:path';
import type { Diagnostic } from '../errors';
import type { Language } from '../i18n/language';
import { standardInputName } from '../plan/read-standard-input';

const hintWord = { vi: 'gợi ý', en: 'hint' } as const;

/** The message: a line break or a "%" would otherwise end or garble the command. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property's value: also "," (between properties) and ":" (the "::" that ends them). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The file as the pull request names it: relative to the workspace (GITHUB_WORKSPACE, the repository's root, which is
 * what the runner resolves a relative path against), else to the current folder, with "/" on every system. A file
 * outside it keeps its absolute path (the runner cannot place it on a line anyway).
 */
export function annotationFile(file: string, base: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(path.resolve(base), absolute);
  const outside = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return (outside ? absolute : relative).split(path.sep).join('/');
}

/** One line, in the chosen language: the sentence, and the hint under it (GitHub shows the line break). */
export function formatAnnotation(d: Diagnostic, language: Language, env: NodeJS.ProcessEnv): string {
  const properties: string[] = [];
  let message = language === 'en' ? d.en.message : d.message;
  const hint = language === 'en' ? d.en.hint : d.hint;
  if (d.file === standardInputName) {
    // No file on the pull request to put it on: the place goes in the message.
    message = `${[d.file, d.line, d.line !== undefined ? d.column : undefined].filter((part) => part !== undefined).join(':')}  ${message}`;
  } else {
    properties.push(`file=${escapeProperty(annotationFile(d.file, env.GITHUB_WORKSPACE || process.cwd()))}`);
    if (d.line !== undefined) {
      properties.push(`line=${d.line}`);
      if (d.column !== undefined) properties.push(`col=${d.column}`);
    }
  }
  properties.push(`title=${escapeProperty(d.path ? `plan: ${d.path}` : 'plan')}`);
  const text = hint ? `${message}\n${hintWord[language]}: ${hint}` : message;
  return `::${d.severity} ${properties.join(',')}::${escapeData(text)}`;
}
