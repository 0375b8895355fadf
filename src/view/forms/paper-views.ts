// The short papers, worded as their forms in Phụ lục III: Giấy mời (mẫu 1.7), Giấy giới thiệu (mẫu 1.8), Giấy nghỉ
// phép (mẫu 1.10). Each ends its text with "./." (Phụ lục I, II.6.c).
import type { FormPlans } from '../../plan/plan-schema';
import { longDate } from '../vietnamese-date';
import { numericDateText, parseCalendarDate, type CalendarDate } from '../date-words';
import { bodyParagraph, oneLine, toLines, type BodyLine } from '../body-lines';
import { listed } from './addressees';
import { emptyFormView, type FormContext, type FormView } from './form-view';

/** A sentence with its full stop, unless it has one (or another closing mark) already. */
export const sentence = (text: string): string => (/[.;:!?]$/.test(text) ? text : `${text}.`);

/** The text's last paragraph closed with "./." as the decree ends a document's content. */
export function closed(lines: BodyLine[]): BodyLine[] {
  const last = lines[lines.length - 1];
  if (!last || last.tag === 'cell' || last.tag === 'end-table' || last.tag === 'row' || last.tag === 'table') return lines;
  const text = last.text.endsWith('./.') ? last.text : `${last.text.replace(/[.;:,]$/, '')}./.`;
  return [...lines.slice(0, -1), { ...last, text }];
}

const calendar = (text: string): CalendarDate => parseCalendarDate(text)!;

export function invitationView(plan: FormPlans['invitation'], { type, issuer }: FormContext): FormView {
  const guests = toLines(plan.guests);
  const invite: BodyLine[] = Array.isArray(plan.guests)
    ? [bodyParagraph(`${issuer} trân trọng kính mời:`), ...listed(guests).map((text) => ({ tag: 'item' as const, text }))]
    : [bodyParagraph(`${issuer} trân trọng kính mời: ${guests[0]}`)];
  return {
    ...emptyFormView(type),
    summaryLines: toLines(plan.summary),
    body: closed([
      ...invite,
      bodyParagraph(sentence(`Tới dự ${oneLine(plan.event)}`)),
      ...(plan.chair ? [bodyParagraph(sentence(`Chủ trì: ${oneLine(plan.chair)}`))] : []),
      bodyParagraph(sentence(`Thời gian: ${oneLine(plan.time)}`)),
      bodyParagraph(sentence(`Địa điểm: ${oneLine(plan.venue)}`)),
      ...toLines(plan.notes).map(bodyParagraph),
    ]),
  };
}

export function introductionView(plan: FormPlans['introduction'], { type, issuer }: FormContext): FormView {
  return {
    ...emptyFormView(type),
    body: [
      bodyParagraph(`${issuer} trân trọng giới thiệu:`),
      bodyParagraph(`Ông (bà): ${oneLine(plan.person.name)}`),
      bodyParagraph(`Chức vụ: ${oneLine(plan.person.post)}`),
      bodyParagraph(`Được cử đến: ${oneLine(plan.sentTo)}`),
      bodyParagraph(`Về việc: ${oneLine(plan.purpose)}`),
      bodyParagraph('Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ.'),
      bodyParagraph(`Giấy này có giá trị đến hết ngày ${numericDateText(calendar(plan.validUntil))}./.`),
    ],
  };
}

/** Days from `from` to `to`, both counted. */
function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const at = (date: CalendarDate) => Date.UTC(date.year, date.month - 1, date.day);
  return Math.round((at(to) - at(from)) / 86_400_000) + 1;
}

export function leaveView(plan: FormPlans['leave'], { type, issuer }: FormContext): FormView {
  const { person, leave } = plan;
  const [from, to] = [calendar(leave.from), calendar(leave.to)];
  return {
    ...emptyFormView(type),
    body: [
      bodyParagraph(`Xét Đơn đề nghị nghỉ phép ${longDate(calendar(plan.request))} của ông (bà) ${oneLine(person.name)}, ${issuer} cấp cho:`),
      bodyParagraph(`Ông (bà): ${oneLine(person.name)}`),
      bodyParagraph(`Chức vụ: ${oneLine(person.post)}`),
      bodyParagraph(`Nghỉ ${oneLine(leave.kind)} trong thời gian ${daysBetween(from, to)} ngày, kể từ ${longDate(from)} đến hết ${longDate(to)} tại ${oneLine(leave.at).replace(/[.]$/, '')}./.`),
    ],
  };
}
