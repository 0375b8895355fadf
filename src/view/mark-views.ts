// The marks of ô 10–13 worded for the template: the decree's words for each key, the draft's number, "PL.(300)".
import { circulationMarks, draftMarkText, drafterMarkText, secrecyMarks, urgencyMarks } from '../decree/marks';
import type { Plan } from '../plan/plan-schema';

export interface MarkViews {
  draft: string | null;
  secrecy: string | null;
  urgency: string | null;
  circulation: string | null;
  drafter: string | null;
  contact: string[];
}

export function markViews(marks: Plan['marks'], toLines: (value: string | string[] | undefined) => string[]): MarkViews {
  return {
    draft: marks?.draft === undefined || marks.draft === false ? null : draftMarkText(marks.draft),
    secrecy: marks?.secrecy ? secrecyMarks[marks.secrecy].text : null,
    urgency: marks?.urgency ? urgencyMarks[marks.urgency].text : null,
    circulation: marks?.circulation ? circulationMarks[marks.circulation].text : null,
    drafter: marks?.drafter ? drafterMarkText(marks.drafter.initials, marks.drafter.copies) : null,
    contact: toLines(marks?.contact),
  };
}
