// What `plan next` does by the plan's form: the dates a form keeps outside `date` and `dates` (a giấy giới thiệu's
// validUntil, a giấy nghỉ phép's request and leave), and what the checklist asks a person to review, in the form's
// own keys (a decision's articles, a biên bản's meeting, an agreement's parties), never keys the plan cannot have.
import { type DocumentForm } from '../decree/document-types';
import { say, type Bilingual } from '../i18n/language';
import { formOf } from '../plan/plan-forms';
import type { Plan } from '../plan/plan-schema';

/** The paths of the dates each form has besides `date` and `dates`; all move one year on with them. */
export const formDatePaths: Readonly<Record<DocumentForm, readonly (readonly string[])[]>> = {
  text: [],
  decision: [],
  letter: [],
  telegram: [],
  invitation: [],
  introduction: [['validUntil']],
  minutes: [],
  leave: [['request'], ['leave', 'from'], ['leave', 'to']],
  agreement: [],
};

/** The content to review, by form: the keys a clerk rewrites for the new year. */
const contentToReview: Readonly<Record<DocumentForm, (plan: Plan) => Bilingual[]>> = {
  text: (plan) => [
    'summary' in plan && plan.summary !== undefined
      ? say('trích yếu, chủ đề (summary, body): nội dung của năm mới', "summary and theme (summary, body): this year's content")
      : say('nội dung (body): nội dung của năm mới', "the text (body): this year's content"),
    ...('to' in plan && plan.to !== undefined ? [say('Kính gửi (to): nơi nhận của năm mới', "Kính gửi (to): this year's addressees")] : []),
  ],
  decision: (plan) => [
    say('trích yếu và các điều (summary, articles): nội dung của năm mới', "summary and articles (summary, articles): this year's content"),
    // A council's authority carries its term and session ("KHÓA XII, KỲ HỌP THỨ NĂM"), which change with each sitting.
    ...('authority' in plan && Array.isArray(plan.authority) && plan.authority.length > 1
      ? [say('thẩm quyền ban hành (authority): khóa, kỳ họp của lần này', "the issuing authority (authority): this sitting's term and session")]
      : []),
    ...('attachment' in plan && plan.attachment !== undefined
      ? [say('văn bản ban hành kèm theo (attachment): nội dung của năm mới', "the document issued with it (attachment): this year's content")]
      : []),
  ],
  letter: () => [
    say('trích yếu "V/v" (subject) và nội dung (body): nội dung của năm mới', 'the "V/v" summary (subject) and the text (body): this year\'s content'),
    say('Kính gửi (to): nơi nhận của năm mới', "Kính gửi (to): this year's addressees"),
  ],
  telegram: () => [
    say('trích yếu (summary) và nội dung (body): nội dung của năm mới', "summary and text (summary, body): this year's content"),
    say('nơi nhận điện (to): nơi nhận của năm mới', "who receives it (to): this year's addressees"),
  ],
  invitation: () => [
    say('cuộc họp (summary, event), người được mời (guests): nội dung của năm mới', "the meeting (summary, event) and the guests (guests): this year's"),
    say('thời gian, địa điểm, chủ trì (time, venue, chair): xem lại giờ và nơi họp', 'time, venue and chair (time, venue, chair): check the hour and the place'),
  ],
  introduction: () => [
    say('người được giới thiệu, nơi đến, công việc (person, sentTo, purpose): của năm mới', "the person, where and why (person, sentTo, purpose): this year's"),
  ],
  minutes: () => [
    say('cuộc họp (summary, meeting): thời gian, thành phần, chủ trì, thư ký của năm mới', "the meeting (summary, meeting): this year's time, attendees, chair and secretary"),
    say('nội dung và giờ kết thúc (body, ended): của cuộc họp mới', "the proceedings and the end (body, ended): this year's meeting"),
  ],
  leave: () => [say('người nghỉ phép, loại và nơi nghỉ (person, leave.kind, leave.at): của năm mới', "the person, the kind and place of leave (person, leave.kind, leave.at): this year's")],
  agreement: () => [
    say('hai bên ký kết (parties): tên, địa chỉ, người đại diện', 'the two parties (parties): names, addresses, representatives'),
    say('trích yếu và các điều (summary, body): nội dung của năm mới', "summary and articles (summary, body): this year's content"),
  ],
};

/** The checklist's lines about content, after the bases and before the signer. */
export function contentChecklist(plan: Plan): Bilingual[] {
  return contentToReview[formOf(plan)](plan);
}
