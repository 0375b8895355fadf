// Prints a diagnostic as a clerk reads it: file:line:column, the sentence, the line with a marker, a hint.
import type { Diagnostic } from '../errors';
import type { Language } from '../i18n/language';
import type { Io } from './io';

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
    lines.push(`  ${gutter}${d.sourceLine.replace(/\t/g, ' ')}`);
    lines.push(`  ${' '.repeat(gutter.length + Math.max(0, (d.column ?? 1) - 1))}^`);
  }
  if (hint) lines.push(`  ${words.hint}: ${hint}`);
  return lines.join('\n');
}

/** Prints every diagnostic on stderr and returns how many are errors (the caller says what follows from them). */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Pick<Io, 'stderr' | 'language'>): number {
  for (const diagnostic of diagnostics) io.stderr(formatDiagnostic(diagnostic, io.language));
  return diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
}
