// Mẫu 1.9 (Biên bản): the meeting's time, place, attendees, chair and secretary, its content, and the line saying
// when it ended; the secretary and the chair sign side by side (signer-count.ts).
import type { FormPlans } from '../../plan/plan-schema';
import { bodyLines, bodyParagraph, oneLine, toLines } from '../body-lines';
import { listed } from './addressees';
import { emptyFormView, type FormContext, type FormView } from './form-view';

export function minutesView(plan: FormPlans['minutes'], { type }: FormContext): FormView {
  const { meeting } = plan;
  const attendees = toLines(meeting.attendees);
  return {
    ...emptyFormView(type),
    summaryLines: toLines(plan.summary),
    body: [
      bodyParagraph(`Thời gian bắt đầu: ${oneLine(meeting.start)}`),
      bodyParagraph(`Địa điểm: ${oneLine(meeting.venue)}`),
      ...(Array.isArray(meeting.attendees)
        ? [bodyParagraph('Thành phần tham dự:'), ...listed(attendees).map((text) => ({ tag: 'item' as const, text }))]
        : [bodyParagraph(`Thành phần tham dự: ${attendees[0]}`)]),
      bodyParagraph(`Chủ trì (chủ tọa): ${oneLine(meeting.chair)}`),
      bodyParagraph(`Thư ký (người ghi biên bản): ${oneLine(meeting.secretary)}`),
      bodyParagraph('Nội dung (theo diễn biến cuộc họp):'),
      ...bodyLines(plan.body, plan.numbering),
      bodyParagraph(`Cuộc họp kết thúc vào ${oneLine(plan.ended).replace(/[.]$/, '')}./.`),
    ],
  };
}
