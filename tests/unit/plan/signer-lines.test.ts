// signer.lines: the checks of Decree 30's signing forms, their exact messages in both languages, and the lines printed.
import { describe, expect, it } from '@jest/globals';
import { checkPlan } from '../../../src/plan/check-plan';
import { toViewModel } from '../../../src/view/to-view-model';
import { diagnosticsOf } from '../../helpers/plan-diagnostics';
import { makePlan, minimalPlanYaml } from '../fixtures';

const problemsOf = (lines: string[], extra: Record<string, unknown> = {}) =>
  checkPlan(makePlan({ signer: { lines, name: 'Nguyễn Văn An', ...extra } }))
    .filter((problem) => problem.path[0] === 'signer')
    .map((problem) => ({ path: problem.path.join('.'), vi: problem.message.vi, en: problem.message.en, hint: problem.hint?.en }));

describe('signer.lines', () => {
  it.each([
    [['GIÁM ĐỐC']],
    [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']],
    [['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    [['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    [['TL. GIÁM ĐỐC', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']],
    [['TUQ. GIÁM ĐỐC', 'TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ']],
    [['Q. GIÁM ĐỐC']],
    [['QUẢN ĐỐC']],
  ])('accepts the decree\'s form %j', (lines) => {
    expect(problemsOf(lines)).toEqual([]);
  });

  it('prints each line in capitals, in order', () => {
    const view = toViewModel(makePlan({ signer: { lines: ['TM. Ủy ban nhân dân', 'KT. CHỦ TỊCH', 'Phó Chủ tịch'], name: 'Nguyễn Văn An' } }));
    expect(view.signer.authorityLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('keeps authority/head/title as before', () => {
    const view = toViewModel(makePlan({ signer: { authority: 'KT.', head: 'Giám đốc', title: 'Phó Giám đốc' } }));
    expect(view.signer.authorityLines).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  });

  it('refuses a prefix without its period or space, with the right form', () => {
    expect(problemsOf(['KT CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])).toEqual([
      {
        path: 'signer.lines.0',
        vi: 'thẩm quyền ký "KT." viết in hoa, có dấu chấm và một dấu cách sau nó, không viết "KT CHỦ TỊCH"',
        en: 'the signing authority "KT." is written in capitals with its period and a space after it, not "KT CHỦ TỊCH"',
        hint: 'write "KT. CHỦ TỊCH"',
      },
    ]);
    expect(problemsOf(['KT.CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])[0]).toMatchObject({ path: 'signer.lines.0', hint: 'write "KT. CHỦ TỊCH"' });
    expect(problemsOf(['Kt. chủ tịch', 'PHÓ CHỦ TỊCH'])[0]).toMatchObject({ path: 'signer.lines.0', hint: 'write "KT. CHỦ TỊCH"' });
  });

  it('refuses the Party forms on a state document, with the state form', () => {
    expect(problemsOf(['T/M ỦY BAN NHÂN DÂN', 'K/T CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])).toEqual([
      {
        path: 'signer.lines.0',
        vi: '"T/M" là cách viết của văn bản Đảng; văn bản nhà nước viết "TM."',
        en: '"T/M" is the Party form; a state document writes "TM."',
        hint: 'write "TM. ỦY BAN NHÂN DÂN"',
      },
      {
        path: 'signer.lines.1',
        vi: '"K/T" là cách viết của văn bản Đảng; văn bản nhà nước viết "KT."',
        en: '"K/T" is the Party form; a state document writes "KT."',
        hint: 'write "KT. CHỦ TỊCH"',
      },
    ]);
  });

  it('asks for the signer\'s title after KT., TM., TL. or TUQ.', () => {
    expect(problemsOf(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'])).toEqual([
      {
        path: 'signer.lines.1',
        vi: 'sau "KT. CHỦ TỊCH" thiếu dòng chức vụ của người ký: dòng cuối là chức vụ, không có thẩm quyền ký',
        en: '"KT. CHỦ TỊCH" is not followed by the signer\'s own title: the last line is the title, without an authority',
        hint: 'add the title as the last line, e.g. [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]',
      },
    ]);
  });

  it('refuses a line without prefix before the title, and combinations the decree has not', () => {
    expect(problemsOf(['ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'])).toEqual([
      {
        path: 'signer.lines.0',
        vi: 'mỗi dòng trước dòng chức vụ cuối cùng bắt đầu bằng thẩm quyền ký (KT., TM., TL., TUQ., Q.)',
        en: 'each line before the last (the title) starts with a signing authority (KT., TM., TL., TUQ., Q.)',
        hint: 'e.g. "KT. ỦY BAN NHÂN DÂN"',
      },
    ]);
    expect(problemsOf(['KT. GIÁM ĐỐC', 'TM. HỘI ĐỒNG', 'PHÓ GIÁM ĐỐC'])).toEqual([
      {
        path: 'signer.lines.1',
        vi: 'không có cách ký "KT. + TM."; được ghép: TM. rồi KT., TL. rồi KT.',
        en: 'there is no "KT. + TM." form of signing; the forms that combine are TM. then KT., TL. then KT.',
        hint: 'e.g. [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH] or [TL. GIÁM ĐỐC, KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG]',
      },
    ]);
    expect(problemsOf(['KT. GIÁM ĐỐC', 'Q. GIÁM ĐỐC'])).toEqual([
      {
        path: 'signer.lines.1',
        vi: '"Q." chỉ đứng một mình, trên dòng duy nhất (Q. GIÁM ĐỐC)',
        en: '"Q." stands alone, on the only line (Q. GIÁM ĐỐC)',
        hint: 'write lines: [Q. GIÁM ĐỐC]',
      },
    ]);
  });

  it('refuses more than three lines, at the fourth', () => {
    expect(problemsOf(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'THƯỜNG TRỰC'])).toEqual([{
      path: 'signer.lines.3',
      vi: 'người ký có nhiều nhất 3 dòng thẩm quyền, chức vụ (ở đây 4)',
      en: 'the signer has at most 3 authority and title lines (here 4)',
      hint: 'e.g. [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]',
    }]);
  });

  it('refuses lines together with authority/head/title', () => {
    expect(problemsOf(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], { title: 'PHÓ GIÁM ĐỐC' })).toEqual([
      {
        path: 'signer.lines',
        vi: 'người ký viết bằng lines hoặc bằng authority/head/title, không dùng cả hai',
        en: 'write the signer either as lines or as authority/head/title, not both',
        hint: 'remove authority, head and title; lines holds every line, e.g. [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC]',
      },
    ]);
  });

  it('still says a missing title is missing when there are no lines', () => {
    const diagnostics = diagnosticsOf(minimalPlanYaml.replace('  title: Giám đốc', '  name: Nguyễn Văn An'));
    expect(diagnostics.map((d) => `${d.line} ${d.path} ${d.message}`)).toEqual(['18 signer.title thiếu trường bắt buộc, cần một đoạn chữ']);
  });
});
