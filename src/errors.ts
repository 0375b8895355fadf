// Typed errors per stage; the CLI maps each to an exit code and prints its diagnostics.

/** A located problem in a user's file, ready to print. */
export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  /** Dotted path inside the plan, e.g. "signer.name". */
  path?: string;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
  /** The offending source line, shown with a marker under the column. */
  sourceLine?: string;
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

/** The command line is wrong: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
