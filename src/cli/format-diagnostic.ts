// Prints a diagnostic as a clerk reads it: file:line:column, the sentence, the line with a marker, a hint.
import type { Diagnostic } from '../errors';
import type { Language } from '../i18n/language';
import { formatAnnotation } from './github-annotation';
import type { Io } from './io';
import { sourceWindow } from './source-window';

/** How diagnostics are printed on stderr: for a person (`text`), or as GitHub Actions annotations (`github`). */
export const reporters = ['text', 'github'] as const;
export type Reporter = (typeof reporters)[number];

const labels = {
  vi: { error: 'lỗi', warning: 'cảnh báo', at: 'tại', hint: 'gợi ý' },
  en: { error: 'error', warning: 'warning', at: 'at', hint: 'hint' },
} as const;

export function formatDiagnostic(d: Diagnostic, language: Language = 'vi'): string {
  const words = labels[language];
  const message = language === 'en' ? d.en.message : d.message;
  const hint = language === 'en' ? d.en.hint : d.hint;
  const where = [d.file, d.line, d.line !== undefined ? d.column : undefined].filter((part) => part !== undefined).join(':');
  const at = d.path ? ` (${words.at} ${d.path})` : '';
  const lines = [`${where}  ${words[d.severity]}: ${message}${at}`];
  if (d.sourceLine !== undefined && d.line !== undefined) {
    const gutter = `${d.line} | `;
    // A long line (a pasted paragraph, a minified file) is shown around the column only.
    const shown = sourceWindow(d.sourceLine, d.column ?? 1);
    lines.push(`  ${gutter}${shown.text}`);
    lines.push(`  ${' '.repeat(gutter.length + shown.marker)}^`);
  }
  if (hint) lines.push(`  ${words.hint}: ${hint}`);
  return lines.join('\n');
}

/**
 * Prints every diagnostic on stderr and returns how many errors they report (the caller says what follows from them);
 * a "… and N more" line (see src/plan/diagnostic-limit.ts) counts for the N errors it stands for.
 */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Pick<Io, 'stderr' | 'language' | 'env'>, reporter: Reporter = 'text'): number {
  let errors = 0;
  for (const diagnostic of diagnostics) {
    io.stderr(reporter === 'github' ? formatAnnotation(diagnostic, io.language ?? 'vi', io.env) : formatDiagnostic(diagnostic, io.language));
    if (diagnostic.severity === 'error') errors += diagnostic.omitted ?? 1;
  }
  return errors;
}
