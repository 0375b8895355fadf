// Decree 30 (Điều 13, Phụ lục I) rules for signer.lines: the prefix table, its period, where prefixes go, which combine.
import { say } from '../i18n/language';
import type { PlanProblem } from './check-plan';
import type { Signer } from './signers';

/** A prefix as a clerk may type it: the state forms in any case, with or without period and space, and the Party forms. */
const typedPrefix = /^(KT|TM|TL|TUQ|Q|T\/M|K\/T|Q\/)(\s*\.)?\s*/i;
const partyToState: Record<string, string> = { 'T/M': 'TM.', 'K/T': 'KT.', 'Q/': 'Q.' };
/** The prefixes before the signer's own title that the decree's forms combine (Phụ lục I; TL. + KT. in practice). */
const allowedChains = new Set(['', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.', 'TM. KT.', 'TL. KT.']);
const maxLines = 3;

interface ReadLine {
  prefix: string;
  rest: string;
}

function readLine(text: string): ReadLine & { typed: string; party: boolean } {
  const trimmed = text.trim();
  const match = typedPrefix.exec(trimmed);
  // "Q" or "TL" alone as the start of a word ("QUẢN ĐỐC") is no prefix: a prefix is followed by a period or a space.
  if (!match || (!match[2] && !/\s/.test(trimmed.charAt(match[1]!.length)) && !match[1]!.includes('/'))) return { prefix: '', rest: trimmed, typed: '', party: false };
  const word = match[1]!.toUpperCase();
  const party = word in partyToState;
  return { prefix: party ? partyToState[word]! : `${word}.`, rest: trimmed.slice(match[0].length), typed: match[0].trim(), party };
}

const written = (line: ReadLine) => `${line.prefix}${line.prefix ? ' ' : ''}${line.rest.toLocaleUpperCase('vi')}`;

export function signerLinesProblems(signer: Signer, base: PropertyKey[] = ['signer']): PlanProblem[] {
  const lines = signer.lines;
  if (!lines) return [];
  const problems: PlanProblem[] = [];
  const at = (index: number): PropertyKey[] => [...base, 'lines', index];
  if (signer.authority || signer.head !== undefined || signer.title !== undefined)
    problems.push({
      path: [...base, 'lines'],
      severity: 'error',
      message: say(
        'người ký viết bằng lines hoặc bằng authority/head/title, không dùng cả hai',
        'write the signer either as lines or as authority/head/title, not both',
      ),
      hint: say('bỏ authority, head và title; lines ghi mọi dòng, ví dụ [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC]', 'remove authority, head and title; lines holds every line, e.g. [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC]'),
    });
  if (lines.length > maxLines)
    problems.push({
      path: at(maxLines),
      severity: 'error',
      message: say(`người ký có nhiều nhất ${maxLines} dòng thẩm quyền, chức vụ (ở đây ${lines.length})`, `the signer has at most ${maxLines} authority and title lines (here ${lines.length})`),
      hint: say('ví dụ [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]', 'e.g. [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]'),
    });
  const read = lines.map(readLine);
  for (const [index, line] of read.entries()) {
    const right = written(line);
    if (line.party)
      problems.push({
        path: at(index),
        severity: 'error',
        message: say(`"${line.typed}" là cách viết của văn bản Đảng; văn bản nhà nước viết "${line.prefix}"`, `"${line.typed}" is the Party form; a state document writes "${line.prefix}"`),
        hint: say(`viết "${right}"`, `write "${right}"`),
      });
    else if (line.prefix && !lines[index]!.trim().startsWith(`${line.prefix} `))
      problems.push({
        path: at(index),
        severity: 'error',
        message: say(
          `thẩm quyền ký "${line.prefix}" viết in hoa, có dấu chấm và một dấu cách sau nó, không viết "${lines[index]!.trim()}"`,
          `the signing authority "${line.prefix}" is written in capitals with its period and a space after it, not "${lines[index]!.trim()}"`,
        ),
        hint: say(`viết "${right}"`, `write "${right}"`),
      });
  }
  // Past three lines the plan is not one of the decree's forms at all: where the prefixes go would only add noise.
  if (lines.length > maxLines) return problems;
  const last = read.length - 1;
  const lastLine = read[last]!;
  if (lastLine.prefix && lastLine.prefix !== 'Q.')
    problems.push({
      path: at(last),
      severity: 'error',
      message: say(
        `sau "${written(lastLine)}" thiếu dòng chức vụ của người ký: dòng cuối là chức vụ, không có thẩm quyền ký`,
        `"${written(lastLine)}" is not followed by the signer's own title: the last line is the title, without an authority`,
      ),
      hint: say(`thêm dòng chức vụ, ví dụ [${written(lastLine)}, PHÓ ${lastLine.rest.toLocaleUpperCase('vi')}]`, `add the title as the last line, e.g. [${written(lastLine)}, PHÓ ${lastLine.rest.toLocaleUpperCase('vi')}]`),
    });
  else if (lastLine.prefix === 'Q.' && last > 0)
    problems.push({
      path: at(last),
      severity: 'error',
      message: say('"Q." chỉ đứng một mình, trên dòng duy nhất (Q. GIÁM ĐỐC)', '"Q." stands alone, on the only line (Q. GIÁM ĐỐC)'),
      hint: say('viết lines: [Q. GIÁM ĐỐC]', 'write lines: [Q. GIÁM ĐỐC]'),
    });
  for (let index = 0; index < last; index++)
    if (!read[index]!.prefix)
      problems.push({
        path: at(index),
        severity: 'error',
        message: say(
          'mỗi dòng trước dòng chức vụ cuối cùng bắt đầu bằng thẩm quyền ký (KT., TM., TL., TUQ., Q.)',
          'each line before the last (the title) starts with a signing authority (KT., TM., TL., TUQ., Q.)',
        ),
        hint: say(`ví dụ "KT. ${read[index]!.rest.toLocaleUpperCase('vi')}"`, `e.g. "KT. ${read[index]!.rest.toLocaleUpperCase('vi')}"`),
      });
  const chain = read.slice(0, last).map((line) => line.prefix).filter(Boolean);
  if (chain.length === read.slice(0, last).length && !allowedChains.has(chain.join(' ')))
    problems.push({
      path: at(chain.length - 1),
      severity: 'error',
      message: say(
        `không có cách ký "${chain.join(' + ')}"; được ghép: TM. rồi KT., TL. rồi KT.`,
        `there is no "${chain.join(' + ')}" form of signing; the forms that combine are TM. then KT., TL. then KT.`,
      ),
      hint: say('ví dụ [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH] hoặc [TL. GIÁM ĐỐC, KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG]', 'e.g. [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH] or [TL. GIÁM ĐỐC, KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG]'),
    });
  return problems;
}
