// Mẫu 1.9 (Biên bản): the meeting's time, place, attendees, chair and secretary, its content, and the line saying
// when it ended; the secretary and the chair sign side by side (signer-count.ts).
import type { FormPlans } from '../../plan/plan-schema';
import { bodyLines, oneLine, toLines, type BodyLine } from '../body-lines';
import { listed } from './addressees';
import { emptyFormView, type FormContext, type FormView } from './form-view';

const paragraph = (text: string): BodyLine => ({ tag: 'body', text });

export function minutesView(plan: FormPlans['minutes'], { type }: FormContext): FormView {
  const { meeting } = plan;
  const attendees = toLines(meeting.attendees);
  return {
    ...emptyFormView(type),
    summaryLines: toLines(plan.summary),
    body: [
      paragraph(`Thời gian bắt đầu: ${oneLine(meeting.start)}`),
      paragraph(`Địa điểm: ${oneLine(meeting.venue)}`),
      ...(Array.isArray(meeting.attendees)
        ? [paragraph('Thành phần tham dự:'), ...listed(attendees).map((text) => ({ tag: 'item' as const, text }))]
        : [paragraph(`Thành phần tham dự: ${attendees[0]}`)]),
      paragraph(`Chủ trì (chủ tọa): ${oneLine(meeting.chair)}`),
      paragraph(`Thư ký (người ghi biên bản): ${oneLine(meeting.secretary)}`),
      paragraph('Nội dung (theo diễn biến cuộc họp):'),
      ...bodyLines(plan.body, plan.numbering),
      paragraph(`Cuộc họp kết thúc vào ${oneLine(plan.ended).replace(/[.]$/, '')}./.`),
    ],
  };
}
