// `plan validate`: checks plans without building them, for editors and CI; exit 0 when all are valid.
import { PlanError, UsageError } from '../errors';
import { loadPlan } from '../plan/load-plan';
import { standardInputName } from '../plan/read-standard-input';
import { printDiagnostics } from './format-diagnostic';
import { inLanguage, type Io } from './io';

/** Returns whether every file ("-": standard input) is a valid plan; prints each file's diagnostics and a verdict line. */
export async function validateCommand(files: readonly string[], io: Io): Promise<boolean> {
  let valid = true;
  for (const input of files) {
    const file = input === '-' ? standardInputName : input;
    try {
      const { warnings } = await loadPlan(input);
      printDiagnostics(warnings, io);
      io.stderr(inLanguage(io, `${file}: hợp lệ`, `${file}: valid`));
    } catch (error) {
      if (error instanceof UsageError) {
        io.stderr(inLanguage(io, `${file}  lỗi: ${error.message}`, `${file}  error: ${error.english}`));
        valid = false;
        continue;
      }
      if (!(error instanceof PlanError)) throw error;
      const count = printDiagnostics(error.diagnostics, io);
      io.stderr(inLanguage(io, `${file}: ${count} lỗi`, `${file}: ${count} error(s)`));
      valid = false;
    }
  }
  return valid;
}
