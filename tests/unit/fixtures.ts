// Small shared fixtures for the unit tests: a minimal valid plan, as YAML and as a parsed Plan.
import type { DocumentModel } from '../../src/model/document-model';
import { parseMarkup } from '../../src/model/parse-markup';
import { planSchema, type Plan } from '../../src/plan/plan-schema';
import { builtInTemplatesDir, readTemplate, renderTemplate } from '../../src/template/render-template';
import { toViewModel } from '../../src/view/to-view-model';

/** The smallest plan that validates; line numbers matter to the load-plan tests (signer is on line 18). */
export const minimalPlanYaml = `type: ke-hoach
agency:
  parent: ỦY BAN NHÂN DÂN
  name: SỞ GIÁO DỤC VÀ ĐÀO TẠO
  code: SGDĐT
place: Hà Nội
date: "2020-09-18"
summary: Tổ chức Tuần lễ học tập
body:
  - heading: Mục đích
    content:
      - Nâng cao nhận thức.
      - list:
          - Việc một
recipients:
  - Giám đốc
archive: [VT]
signer:
  title: Giám đốc
`;

/** A plan object as it comes out of the schema (defaults filled in), with optional overrides. */
export function makePlan(overrides: Record<string, unknown> = {}): Plan {
  return planSchema().parse({
    type: 'ke-hoach',
    agency: { parent: 'ỦY BAN NHÂN DÂN', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', code: 'SGDĐT' },
    place: 'Hà Nội',
    date: '2020-09-18',
    summary: 'Tổ chức Tuần lễ học tập',
    body: [
      {
        heading: 'Mục đích',
        content: ['Nâng cao nhận thức.', { list: ['Việc một', { text: 'Việc hai', list: ['Ý nhỏ'] }] }, { heading: 'Yêu cầu', content: ['Thiết thực.'] }],
      },
      { heading: 'Thời gian' },
    ],
    recipients: [{ name: 'Giám đốc', purpose: 'để b/c' }, 'Các phòng'],
    archive: ['VT', 'P.GDTX'],
    signer: { authority: 'KT.', head: 'Giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Văn A' },
    ...overrides,
  });
}

/** Runs stages 2–4 (view, built-in template, markup) on a plan. */
export function modelOf(plan: Plan): DocumentModel {
  const view = toViewModel(plan);
  const markup = renderTemplate(readTemplate(builtInTemplatesDir, plan.type), view);
  return parseMarkup(markup, view.meta, 'ke-hoach.hbs');
}

/** An in-memory Io (the same as the output tests use). */
export { memoryIo } from '../helpers/build-plan';
