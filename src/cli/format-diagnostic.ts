// Prints a diagnostic as a clerk reads it: file:line:column, the sentence, the line with a marker, a hint.
import type { Diagnostic } from '../errors';

export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line !== undefined ? d.column : undefined].filter((part) => part !== undefined).join(':');
  const label = d.severity === 'error' ? 'lỗi' : 'cảnh báo';
  const at = d.path ? ` (tại ${d.path})` : '';
  const lines = [`${where}  ${label}: ${d.message}${at}`];
  if (d.sourceLine !== undefined && d.line !== undefined) {
    const gutter = `${d.line} | `;
    lines.push(`  ${gutter}${d.sourceLine.replace(/\t/g, ' ')}`);
    lines.push(`  ${' '.repeat(gutter.length + Math.max(0, (d.column ?? 1) - 1))}^`);
  }
  if (d.hint) lines.push(`  gợi ý: ${d.hint}`);
  return lines.join('\n');
}
