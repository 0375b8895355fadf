// A decision and the document issued with it name each other: an article says "Ban hành kèm theo Quyết định này Kế
// hoạch …" (mẫu 1.2), and a decision saying so has the document in `attachment`. Warnings: the attached document may
// be named in other words, or printed from a plan of its own.
import { findDocumentType } from '../decree/document-types';
import { say } from '../i18n/language';
import type { PlanProblem } from './check-plan';
import { asForm } from './plan-forms';
import type { Plan } from './plan-schema';

const lower = (text: string) => text.replace(/\s+/g, ' ').toLocaleLowerCase('vi');

export function attachmentProblems(plan: Plan): PlanProblem[] {
  const decision = asForm(plan, 'decision');
  if (!decision) return [];
  const type = findDocumentType(plan.type);
  const texts = decision.articles.map((article) => lower(typeof article === 'string' ? article : article.text));
  const issuing = texts.findIndex((text) => text.includes(`ban hành kèm theo ${lower(type.name)} này`));
  if (decision.attachment) {
    const attached = findDocumentType(decision.attachment.type);
    if (texts.some((text) => text.includes('kèm theo') && text.includes(lower(attached.name)))) return [];
    return [
      {
        path: ['attachment', 'type'],
        severity: 'warning',
        message: say(
          `${type.name} ban hành kèm theo một ${attached.name}, nhưng không điều nào nói tới nó`,
          `the ${type.name} issues a ${attached.name} with it, but no article says so`,
        ),
        hint: say(
          `Điều 1 thường viết: "Ban hành kèm theo ${type.name} này ${attached.name} …"`,
          `Article 1 usually reads: "Ban hành kèm theo ${type.name} này ${attached.name} …"`,
        ),
      },
    ];
  }
  // A list issued as an appendix ("Ban hành kèm theo Quyết định này Danh sách …") is an appendix of the decision.
  if (issuing < 0 || (decision.appendices ?? []).length > 0) return [];
  return [
    {
      path: ['articles', issuing],
      severity: 'warning',
      message: say(
        `Điều ${issuing + 1} ban hành một văn bản kèm theo ${type.name} này, nhưng ${type.name} không có attachment`,
        `Article ${issuing + 1} issues a document with this ${type.name}, but the ${type.name} has no attachment`,
      ),
      hint: say(
        `thêm attachment: { type: ke-hoach, summary: …, body: [ … ] } để in văn bản đó sau chữ ký, với dòng "(Kèm theo ${type.name} số … ngày …)"; văn bản in riêng thì bỏ qua cảnh báo này`,
        `add attachment: { type: ke-hoach, summary: …, body: [ … ] } to print it after the signature, with "(Kèm theo ${type.name} số … ngày …)"; if it is printed on its own, ignore this warning`,
      ),
    },
  ];
}
