import { describe, expect, it } from '@jest/globals';
import { checkPlan } from '../../../src/plan/check-plan';
import { makePlan } from '../fixtures';

const textProblems = (overrides: Record<string, unknown>) =>
  checkPlan(makePlan(overrides))
    .filter((problem) => /ký tự/.test(problem.message.vi))
    .map((problem) => ({ path: problem.path.join('.'), message: problem.message.vi }));

describe('checkPlan: characters that would not print', () => {
  it('finds none in clean text', () => {
    expect(textProblems({})).toEqual([]);
  });

  it('names each string with an invisible character or one the font lacks, wherever it is in the plan', () => {
    const problems = textProblems({
      summary: 'Tổ chức\u200b Tuần lễ',
      place: 'Hà Nội',
      recipients: ['Giám đốc', 'Phòng 漢'],
      body: [{ heading: 'Mục đích', content: ['Nâng cao 😀 nhận thức.', 'Xóa\u00ad mù chữ 字.'] }],
    });
    expect(problems).toEqual([
      { path: 'summary', message: 'có ký tự điều khiển hoặc ký tự vô hình (U+200B)' },
      { path: 'body.0.content.1', message: 'có ký tự điều khiển hoặc ký tự vô hình (U+00AD)' },
      { path: 'body.0.content.0', message: 'phông chữ không có ký tự "😀" (U+1F600)' },
      { path: 'body.0.content.1', message: 'phông chữ không có ký tự "字" (U+5B57)' },
      { path: 'recipients.1', message: 'phông chữ không có ký tự "漢" (U+6F22)' },
    ]);
  });

  it('finds a single character the font lacks in the last string of the plan', () => {
    expect(textProblems({ archive: ['VT', 'P.GDTX ☃'] })).toEqual([{ path: 'archive.1', message: 'phông chữ không có ký tự "☃" (U+2603)' }]);
  });
});
