// Rules of each form the schema cannot say: a recipient the form already prints ("Như trên", "Như Điều 3"), the
// executing article among the articles, a leave that ends after it starts and is granted on an application made
// before, a paper still valid when it is issued, a drafting unit in a symbol that has none (a Party document), a
// công văn's subject that starts with the "V/v" printed for it.
import { findDocumentType } from '../decree/document-types';
import { say } from '../i18n/language';
import type { PlanProblem } from './check-plan';
import { asForm, recipientsLeadOf } from './plan-forms';
import type { Plan } from './plan-schema';
import { attachmentProblems } from './attachment-checks';
import { minutesSignerProblems } from './minutes-signers-checks';

/** "Như trên", "- Như Điều 3;" compared as words. */
const words = (text: string) => text.replace(/^[\s-]+|[\s;.,]+$/g, '').replace(/\s+/g, ' ').toLocaleLowerCase('vi');

export function formProblems(plan: Plan): PlanProblem[] {
  return [
    ...leadRecipientProblems(plan),
    ...articleProblems(plan),
    ...attachmentProblems(plan),
    ...dateOrderProblems(plan),
    ...leaveRequestProblems(plan),
    ...minutesSignerProblems(plan),
    ...partyUnitProblems(plan),
    ...subjectProblems(plan),
  ];
}

function leadRecipientProblems(plan: Plan): PlanProblem[] {
  const lead = recipientsLeadOf(plan)[0];
  const recipients = plan.recipients ?? [];
  return recipients.flatMap((recipient, index): PlanProblem[] => {
    const name = typeof recipient === 'string' ? recipient : recipient.name;
    if (!/^như (trên|điều \d+)$/.test(words(name))) return [];
    const same = lead !== undefined && words(name) === words(lead);
    return [
      {
        path: ['recipients', index],
        severity: 'error',
        message: same
          ? say(`"- ${lead};" đã được máy tự in đầu Nơi nhận; dòng này in nó lần thứ hai`, `"- ${lead};" is printed for you at the head of Nơi nhận; this line prints it twice`)
          : say(`"${name}" không hợp với loại văn bản này${lead ? `: Nơi nhận tự mở đầu bằng "- ${lead};"` : ''}`, `"${name}" does not fit this document type${lead ? `: Nơi nhận opens with "- ${lead};" by itself` : ''}`),
        hint: same
          ? say('xóa dòng này khỏi recipients', 'delete this line from recipients')
          : say(
              '"Như trên" dùng khi văn bản có Kính gửi (to); "Như Điều 3" do quyết định tự in theo executingArticle',
              '"Như trên" goes with Kính gửi (to); a decision prints "Như Điều 3" by itself, from executingArticle',
            ),
      },
    ];
  });
}

function articleProblems(plan: Plan): PlanProblem[] {
  const decision = asForm(plan, 'decision');
  if (!decision) return [];
  const name = findDocumentType(plan.type).name;
  if (decision.executingArticle === undefined || decision.executingArticle <= decision.articles.length) return executorProblems(decision, name);
  // Named by its type: a Nghị quyết is not a "quyết định".
  return [
    {
      path: ['executingArticle'],
      severity: 'error',
      message: say(
        `${name.toLocaleLowerCase('vi')} chỉ có ${decision.articles.length} điều, không có Điều ${decision.executingArticle}`,
        `the ${name} has ${decision.articles.length} articles, not an article ${decision.executingArticle}`,
      ),
      hint: say('ghi số của điều giao thi hành (thường là điều cuối), hoặc bỏ executingArticle', 'write the number of the article naming who carries it out (usually the last), or remove executingArticle'),
    },
  ];
}

function dateOrderProblems(plan: Plan): PlanProblem[] {
  const leave = asForm(plan, 'leave');
  if (leave && leave.leave.to < leave.leave.from)
    return [
      {
        path: ['leave', 'to'],
        severity: 'error',
        message: say(`ngày cuối nghỉ (${leave.leave.to}) sớm hơn ngày bắt đầu (${leave.leave.from})`, `the last day of leave (${leave.leave.to}) is before the first (${leave.leave.from})`),
        hint: say('sửa leave.from hoặc leave.to', 'fix leave.from or leave.to'),
      },
    ];
  const introduction = asForm(plan, 'introduction');
  if (introduction && introduction.validUntil < plan.date)
    return [
      {
        path: ['validUntil'],
        severity: 'error',
        message: say(`giấy hết giá trị (${introduction.validUntil}) trước ngày ban hành (${plan.date})`, `the paper expires (${introduction.validUntil}) before it is issued (${plan.date})`),
        hint: say('sửa validUntil hoặc date', 'fix validUntil or date'),
      },
    ];
  return [];
}

/** A month-only issue date ("2026-07") stands for its month: compared on the month alone. */
const after = (day: string, issued: string) => day.slice(0, issued.length) > issued;

/** The application comes before the paper that grants it; leave granted once it has begun is unusual. */
function leaveRequestProblems(plan: Plan): PlanProblem[] {
  const leave = asForm(plan, 'leave');
  if (!leave) return [];
  if (after(leave.request, plan.date))
    return [
      {
        path: ['request'],
        severity: 'error',
        message: say(`đơn đề nghị nghỉ phép (${leave.request}) sau ngày cấp giấy (${plan.date})`, `the leave application (${leave.request}) is dated after the paper granting it (${plan.date})`),
        hint: say('giấy nghỉ phép được cấp sau khi có đơn: sửa request hoặc date', 'the paper is granted after the application: fix request or date'),
      },
    ];
  if (after(plan.date, leave.leave.from))
    return [
      {
        path: ['date'],
        severity: 'warning',
        message: say(`giấy nghỉ phép cấp ngày ${plan.date}, sau ngày bắt đầu nghỉ (${leave.leave.from})`, `the leave paper is dated ${plan.date}, after the leave begins (${leave.leave.from})`),
        hint: say('kiểm tra lại date và leave.from', 'check date and leave.from'),
      },
    ];
  return [];
}

/**
 * A Party document's symbol names the type and the issuer (Số 12-KH/HU, Hướng dẫn 36), not the state's drafting unit.
 * No source on a Party công văn's symbol was found: a warning, not an error.
 */
function partyUnitProblems(plan: Plan): PlanProblem[] {
  const letter = asForm(plan, 'letter');
  if (!letter?.unit || plan.agency.kind !== 'dang') return [];
  return [
    {
      path: ['unit'],
      severity: 'warning',
      message: say(
        `văn bản của Đảng không ghi đơn vị soạn thảo trong ký hiệu; unit "${letter.unit}" làm ký hiệu thành "${plan.agency.code}-${letter.unit}"`,
        `a Party document does not write the drafting unit in its symbol; unit "${letter.unit}" makes it "${plan.agency.code}-${letter.unit}"`,
      ),
      hint: say('bỏ unit; đơn vị soạn thảo ghi ở dòng Lưu (archive)', 'remove unit; the drafting unit goes in the archive line'),
    },
  ];
}

/** Executors as the executing article names them: "… chịu trách nhiệm thi hành Quyết định này", "… tổ chức thực hiện". */
const namesExecutors = /thi hành|thực hiện|chịu trách nhiệm/i;

/** "- Như Điều 3;" sends the decision to those Điều 3 names: an article that names no one to carry it out is unusual. */
function executorProblems(decision: NonNullable<ReturnType<typeof asForm<'decision'>>>, name: string): PlanProblem[] {
  const number = decision.executingArticle ?? decision.articles.length;
  const article = decision.articles[number - 1];
  // The article's sentence and its content, read as one text.
  if (article === undefined || namesExecutors.test(JSON.stringify(article))) return [];
  return [
    {
      path: decision.executingArticle === undefined ? ['articles', number - 1] : ['executingArticle'],
      severity: 'warning',
      message: say(
        `Nơi nhận mở đầu bằng "- Như Điều ${number};", nhưng Điều ${number} không nêu ai chịu trách nhiệm thi hành`,
        `Nơi nhận opens with "- Như Điều ${number};", but article ${number} names no one to carry the decision out`,
      ),
      hint: say(
        `điều giao thi hành thường viết: "Chánh Văn phòng, Trưởng phòng … chịu trách nhiệm thi hành ${name} này"; nếu là điều khác, ghi executingArticle`,
        `the executing article usually reads "Chánh Văn phòng, Trưởng phòng … chịu trách nhiệm thi hành ${name} này"; if it is another article, write executingArticle`,
      ),
    },
  ];
}

/** "V/v" abbreviates "Về việc": a subject starting with either prints "V/v V/v …" or "V/v Về việc …". */
const aboutWords = /^(v\/v|về việc)(\s|:|$)/i;

/** A công văn's subject is written without "V/v", which is printed for it (mẫu 1.5, ô 5b). */
function subjectProblems(plan: Plan): PlanProblem[] {
  const letter = asForm(plan, 'letter');
  const first = letter ? (Array.isArray(letter.subject) ? letter.subject[0] : letter.subject) : undefined;
  const found = first === undefined ? null : aboutWords.exec(first.normalize('NFC').trim());
  if (!found) return [];
  return [
    {
      path: Array.isArray(letter!.subject) ? ['subject', 0] : ['subject'],
      severity: 'warning',
      message: say(
        `trích yếu công văn bắt đầu bằng "${found[1]}", nên in ra "V/v ${found[1]} …": chữ "V/v" đã được máy tự thêm`,
        `the công văn's subject starts with "${found[1]}", so it prints "V/v ${found[1]} …": "V/v" is added for you`,
      ),
      hint: say(`bỏ "${found[1]}" ở đầu subject`, `remove "${found[1]}" from the start of subject`),
    },
  ];
}
