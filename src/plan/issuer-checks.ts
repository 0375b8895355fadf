// Rules of the issuer's kind the schema cannot say: the Party writes its signer as lines (T/M, K/T), and the number's
// symbol comes whole from agency.code, so a code that carries a colon or the type would print the number line wrong.
import { findIssuerKind, type AuthorityPrefix } from '../decree/issuer-kinds';
import { say } from '../i18n/language';
import type { PlanProblem } from './check-plan';
import type { Plan } from './plan-schema';
import { pathText, signerKindName, signersOf } from './signers';

export function issuerProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const kindName = plan.agency.kind ?? 'nha-nuoc';
  for (const { signer, path } of signersOf(plan)) {
    const { authority, head, title } = signer;
    const signerKind = findIssuerKind(signerKindName(plan, path));
    // signer.authority holds the state's forms (KT., TM.); a Party document writes T/M, K/T in lines instead.
    const party = authority ? signerKind.authorities[authority as AuthorityPrefix] : undefined;
    // Q. is the Party's form too: only a state form the Party writes otherwise (or lacks) is refused.
    if (signerKindName(plan, path) === 'dang' && authority && party !== authority) {
      const caps = (text: string | undefined) => (text ?? '…').toLocaleUpperCase('vi');
      const example = party ? `[${party} ${caps(head ?? title)}${head ? `, ${caps(title)}` : ''}]` : '[T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ]';
      problems.push({
        path: [...path, 'authority'],
        severity: 'error',
        message: say(
          `văn bản Đảng không ký "${authority}": thẩm quyền ký của Đảng là ${Object.values(signerKind.authorities).join(', ')}, ghi trong ${pathText(path)}.lines`,
          `a Party document does not sign "${authority}": the Party's forms are ${Object.values(signerKind.authorities).join(', ')}, written in ${pathText(path)}.lines`,
        ),
        hint: say(`bỏ authority, head, title và viết lines: ${example}`, `remove authority, head and title and write lines: ${example}`),
      });
    }
  }
  if (kindName !== 'nha-nuoc') {
    const code = plan.agency.code;
    const example = kindName === 'dang' ? 'Số 12-KH/HU' : 'Số: 225-KH/TWĐTN-CTTN';
    const own = code.replace(/^.*[/:]/, '') || (kindName === 'dang' ? 'HU' : 'TWĐTN-CTTN');
    if (/[/:]/.test(code) || /^số/i.test(code))
      problems.push({
        path: ['agency', 'code'],
        severity: 'error',
        message: say(
          `agency.code "${code}" chỉ là chữ viết tắt của cơ quan ban hành, sau dấu "/": máy viết cả dòng số (${example}${kindName === 'dang' ? ', văn bản Đảng không có dấu hai chấm' : ''})`,
          `agency.code "${code}" is only the issuer's abbreviation, after the "/": the whole number line is written for you (${example}${kindName === 'dang' ? ', without a colon on a Party document' : ''})`,
        ),
        hint: say(`viết code: ${own}`, `write code: ${own}`),
      });
  }
  return problems;
}
