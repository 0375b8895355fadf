// One signer or two: `signer` and `signers` exclude each other, and the document's form (signer-count.ts) says which.
import { signerCount, signerReason, twoMaySign, type SignerReason } from '../decree/signer-count';
import { findDocumentType } from '../decree/document-types';
import { say } from '../i18n/language';
import type { PlanProblem } from './check-plan';
import type { Plan } from './plan-schema';

export function twoSignerProblems(plan: Plan): PlanProblem[] {
  if (plan.signer && plan.signers)
    return [
      {
        path: ['signers'],
        severity: 'error',
        message: say('dùng signer (một người ký) hoặc signers (hai người ký), không dùng cả hai', 'write signer (one signer) or signers (two signers), not both'),
        hint: say('văn bản liên tịch (có agency.partner) dùng signers; văn bản khác dùng signer', 'a joint document (with agency.partner) uses signers; any other uses signer'),
      },
    ];
  const count = signerCount(plan);
  if (plan.signers && !twoMaySign(plan))
    return [
      {
        path: ['signers'],
        severity: 'error',
        message: say(
          `${findDocumentType(plan.type).name} của một cơ quan có một người ký; hai người ký (signers) dùng cho văn bản liên tịch, biên bản, hợp đồng, bản ghi nhớ, bản thỏa thuận, giấy ủy quyền`,
          `a ${findDocumentType(plan.type).name} of one issuer has one signer; two signers (signers) are for a joint document, minutes, an agreement, a giấy ủy quyền`,
        ),
        hint: say(
          'dùng signer: cho một người ký, hoặc thêm agency.partner (name, code của cơ quan phối hợp) nếu là văn bản liên tịch',
          "use signer: for one signer, or add agency.partner (the partner agency's name and code) for a joint document",
        ),
      },
    ];
  if (plan.signer && count === 2) return [oneWhereTwoSign(signerReason(plan))];
  return [];
}

/** `signer` where two sign: said by why two sign. */
function oneWhereTwoSign(reason: SignerReason): PlanProblem {
  const path = ['signer'];
  if (reason === 'minutes')
    return {
      path,
      severity: 'error',
      message: say('biên bản có hai người ký cạnh nhau: thư ký (bên trái) và chủ tọa (bên phải)', 'minutes have two signers side by side: the secretary (left) and the chair (right)'),
      hint: say('thay signer bằng signers: [{ title: THƯ KÝ, name: … }, { title: CHỦ TỌA, name: … }]', 'replace signer with signers: [{ title: THƯ KÝ, name: … }, { title: CHỦ TỌA, name: … }]'),
    };
  if (reason === 'agreement')
    return {
      path,
      severity: 'error',
      message: say('văn bản thỏa thuận có hai bên ký cạnh nhau: bên thứ nhất (bên trái) và bên thứ hai (bên phải)', 'an agreement has two signers side by side: the first party (left) and the second (right)'),
      hint: say('thay signer bằng signers: [{ title: ĐẠI DIỆN BÊN A, name: … }, { title: ĐẠI DIỆN BÊN B, name: … }]', 'replace signer with signers: [{ title: ĐẠI DIỆN BÊN A, name: … }, { title: ĐẠI DIỆN BÊN B, name: … }]'),
    };
  return {
    path,
    severity: 'error',
    message: say(
      'văn bản liên tịch (có agency.partner) có hai người ký cạnh nhau, mỗi cơ quan một người',
      'a joint document (with agency.partner) has two signers side by side, one for each agency',
    ),
    hint: say(
      'thay signer bằng signers: [người ký của cơ quan phối hợp (bên trái), người ký của cơ quan chủ trì (bên phải)], hoặc bỏ agency.partner',
      "replace signer with signers: [the partner agency's signer (left), the lead agency's signer (right)], or remove agency.partner",
    ),
  };
}
