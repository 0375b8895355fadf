// `plan validate`: checks plans without building them, for editors and CI; exit 0 when all are valid.
import { PlanError, UsageError } from '../errors';
import { loadPlanFile } from '../plan/load-plan';
import { printDiagnostics } from './format-diagnostic';
import { inLanguage, type Io } from './io';

/** Returns whether every file is a valid plan; prints each file's diagnostics and a verdict line. */
export function validateCommand(files: readonly string[], io: Io): boolean {
  let valid = true;
  for (const file of files) {
    try {
      const { warnings } = loadPlanFile(file);
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
