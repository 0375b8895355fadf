// Typed errors per stage; the CLI maps each to an exit code and prints its diagnostics.

/** A located problem in a user's file, ready to print; `message` and `hint` are Vietnamese, `en` the same in English. */
export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  /** Dotted path inside the plan, e.g. "signer.name". */
  path?: string;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
  en: { message: string; hint?: string };
  /** The offending source line, shown with a marker under the column. */
  sourceLine?: string;
  /** Set on the "… and N more" line that ends a file's list when it had too many problems: how many it stands for. */
  omitted?: number;
}

/** Builds a diagnostic from sentences in both languages. */
export function diagnostic(
  where: { file: string; line?: number; column?: number; sourceLine?: string; path?: string },
  severity: Diagnostic['severity'],
  message: { vi: string; en: string },
  hint?: { vi: string; en: string },
): Diagnostic {
  return { ...where, severity, message: message.vi, hint: hint?.vi, en: { message: message.en, hint: hint?.en } };
}

/** The plan (or a template) is wrong: exit code 1. */
export class PlanError extends Error {
  constructor(
    readonly diagnostics: Diagnostic[],
    options?: { cause?: unknown },
  ) {
    super(diagnostics.map((d) => d.message).join('\n'), options);
    this.name = 'PlanError';
  }
}

/** The command line is wrong: exit code 2. The message is Vietnamese; `english` is the same in English. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly english: string,
  ) {
    super(message);
  }
}
