// One diagnostic as the JSON reports print it (build --json, validate --json, the `error` of a command that stopped):
// one shape, written once, so tools read every report the same way.
import type { Diagnostic } from '../errors';

export interface DiagnosticJson {
  file: string;
  line?: number;
  column?: number;
  path?: string;
  severity: Diagnostic['severity'];
  message: string;
  hint?: string;
  en: { message: string; hint?: string };
}

/** The fields a reader needs (the source line and the "… and N more" count are for the terminal). */
export function diagnosticAsJson(d: Diagnostic): DiagnosticJson {
  return { file: d.file, line: d.line, column: d.column, path: d.path, severity: d.severity, message: d.message, hint: d.hint, en: d.en };
}
