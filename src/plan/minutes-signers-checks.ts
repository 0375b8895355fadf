// A biên bản's two signers as mẫu 1.9 lays them out: the secretary on the left (THƯ KÝ; a Party document's NGƯỜI GHI
// BIÊN BẢN), the chair on the right (CHỦ TỌA; CHỦ TRÌ), each the person the minutes name in `meeting`.
import { say } from '../i18n/language';
import type { PlanProblem } from './check-plan';
import { asForm } from './plan-forms';
import type { Plan } from './plan-schema';
import type { Signer } from './signers';

/** The signer's role as printed above the signature: its lines, or authority, head and title. */
const roleOf = (signer: Signer) => (signer.lines ?? [signer.authority, signer.head, signer.title]).filter(Boolean).join(' ').toLocaleUpperCase('vi');

const isSecretary = (role: string) => /THƯ KÝ|NGƯỜI GHI BIÊN BẢN/.test(role);
const isChair = (role: string) => /CHỦ TỌA|CHỦ TOẠ|CHỦ TRÌ/.test(role);

/** Names compared as whole words, case and punctuation aside ("Bà Trần Thị Bình, chuyên viên" holds "Trần Thị Bình"). */
const words = (text: string) => ` ${text.replace(/[\s,.;:()]+/g, ' ').trim().toLocaleLowerCase('vi')} `;

export function minutesSignerProblems(plan: Plan): PlanProblem[] {
  const minutes = asForm(plan, 'minutes');
  const [left, right] = minutes?.signers ?? [];
  if (!minutes || !left || !right) return [];
  const party = plan.agency.kind === 'dang';
  const [secretaryTitle, chairTitle] = party ? ['NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ'] : ['THƯ KÝ', 'CHỦ TỌA'];
  const form = `signers: [{ title: ${secretaryTitle}, name: … }, { title: ${chairTitle}, name: … }]`;
  const [leftRole, rightRole] = [roleOf(left), roleOf(right)];
  if (isChair(leftRole) && isSecretary(rightRole))
    return [
      {
        path: ['signers'],
        severity: 'error',
        message: say('biên bản: thư ký ký bên trái, chủ tọa bên phải (mẫu 1.9); ở đây hai người ký đổi chỗ', 'minutes: the secretary signs on the left, the chair on the right (mẫu 1.9); here the two are swapped'),
        hint: say(`đổi thứ tự: ${form}`, `swap them: ${form}`),
      },
    ];
  const problems: PlanProblem[] = [];
  const check = (index: 0 | 1, role: string, fits: (role: string) => boolean, meetingKey: 'secretary' | 'chair', signer: Signer) => {
    const [who, whoEn, title] = index === 0 ? ['thư ký', 'secretary', secretaryTitle] : ['chủ tọa', 'chair', chairTitle];
    if (!fits(role))
      problems.push({
        path: ['signers', index],
        severity: 'warning',
        message: say(
          `người ký bên ${index === 0 ? 'trái' : 'phải'} của biên bản là ${who}, nhưng ở đây ghi "${role}"`,
          `the minutes' ${index === 0 ? 'left' : 'right'} signer is the ${whoEn}, but it reads "${role}"`,
        ),
        hint: say(`theo mẫu 1.9: ${form}`, `as mẫu 1.9 has it: ${form}`),
      });
    else if (signer.name && !words(minutes.meeting[meetingKey]).includes(words(signer.name)))
      problems.push({
        path: ['signers', index, 'name'],
        severity: 'warning',
        message: say(
          `${who} ký biên bản là "${signer.name}", nhưng meeting.${meetingKey} ghi "${minutes.meeting[meetingKey]}"`,
          `the ${whoEn} signing is "${signer.name}", but meeting.${meetingKey} reads "${minutes.meeting[meetingKey]}"`,
        ),
        hint: say(`người ký ${title} là người ghi ở meeting.${meetingKey}; sửa một trong hai`, `the ${title} who signs is the one in meeting.${meetingKey}; fix one of them`),
      });
  };
  check(0, leftRole, isSecretary, 'secretary', left);
  check(1, rightRole, isChair, 'chair', right);
  return problems;
}
