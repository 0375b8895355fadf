// An empty path on the command line (`--out ""`, often an unset shell variable) is a mistake, not "the current
// folder": refused before anything is read or written.
import { UsageError } from '../errors';

/** `what` names the option or argument as typed: "--out", "--template", "the file". */
export function refuseEmptyPath(what: { vi: string; en: string }, value: string | undefined): void {
  if (value === '')
    throw new UsageError(
      `${what.vi} trống; cần một đường dẫn (một biến môi trường chưa đặt?)`,
      `${what.en} is empty; a path is needed (an unset environment variable?)`,
    );
}
