// The safety net of `plan next`: the text it is about to write is read and checked as `plan validate` would, in
// memory; a plan that would not validate is refused, each problem shown at the date of this year's plan it came from.
import { diagnostic, PlanError, type Diagnostic } from '../errors';
import { say } from '../i18n/language';
import { parsePlan } from '../plan/load-plan';
import type { Edit } from './source-edits';

/** A date the rollover moved: its place in this year's plan (for messages) and the edit that moved it. */
export interface MovedDate {
  name: string;
  edit: Edit;
  where: { line: number; column: number; sourceLine: string };
}

export function checkNextText(next: string, edits: readonly Edit[], dates: readonly MovedDate[], file: string): void {
  let problems: Diagnostic[];
  try {
    parsePlan(next, file);
    return;
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    problems = error.diagnostics.filter((problem) => problem.severity === 'error' && problem.omitted === undefined);
  }
  const lineOf = newLines(next, edits);
  // Each problem is put at the last moved date on or above its line in next year's text (the first date if none is).
  const refused = problems.map((problem) => {
    const line = problem.line ?? 1;
    const date = [...dates].reverse().find((moved) => lineOf(moved.edit) <= line) ?? dates[0];
    const there = ` (${problem.line !== undefined ? `${problem.line}:${problem.column ?? 1}` : '1:1'})`;
    return diagnostic(
      { file, ...(date?.where ?? { line: 1, column: 1 }), path: date?.name },
      'error',
      say(`kế hoạch năm sau sẽ không hợp lệ: ${problem.message}${there}`, `next year's plan would not validate: ${problem.en.message}${there}`),
      say(
        'chưa ghi tệp nào; viết ngày này dạng "2021-04-01" trên cùng dòng với khóa của nó, rồi chạy lại plan next',
        'nothing was written; write this date as "2021-04-01" on the same line as its key, then run plan next again',
      ),
    );
  });
  throw new PlanError(refused);
}

/** The line, in the edited text, where each edit's new text begins. */
function newLines(next: string, edits: readonly Edit[]): (edit: Edit) => number {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const lines = new Map<Edit, number>();
  let shift = 0;
  let line = 1;
  let counted = 0;
  for (const edit of sorted) {
    const at = edit.start + shift;
    for (let i = next.indexOf('\n', counted); i !== -1 && i < at; i = next.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    lines.set(edit, line);
    shift += edit.text.length - (edit.end - edit.start);
  }
  return (edit) => lines.get(edit) ?? 1;
}
