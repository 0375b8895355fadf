// Decree 30 (Điều 13, Phụ lục I) rules for signer.lines: the prefix table, its period, where prefixes go, which combine;
// on a Party document the Party's forms (T/M, K/T, T/L, Q.: src/decree/issuer-kinds.ts).
import { issuerKinds, type AuthorityPrefix, type IssuerKind } from '../decree/issuer-kinds';
import { say } from '../i18n/language';
import type { PlanProblem } from './check-plan';
import type { Signer } from './signers';

/** A prefix as a clerk may type it: the state forms in any case, with or without period and space, and the Party forms. */
const typedPrefix = /^(KT|TM|TL|TUQ|Q|T\/M|K\/T|T\/L|Q\/)(\s*\.)?\s*/i;
const partyToState: Record<string, AuthorityPrefix> = { 'T/M': 'TM.', 'K/T': 'KT.', 'T/L': 'TL.', 'Q/': 'Q.' };
const maxLines = 3;

interface ReadLine {
  /** The authority in the state's form (TM.), whichever way it was typed, or '' for none. */
  prefix: AuthorityPrefix | '';
  rest: string;
}

function readLine(text: string): ReadLine & { typed: string; party: boolean } {
  const trimmed = text.trim();
  const match = typedPrefix.exec(trimmed);
  // "Q" or "TL" alone as the start of a word ("QUẢN ĐỐC") is no prefix: a prefix is followed by a period or a space.
  if (!match || (!match[2] && !/\s/.test(trimmed.charAt(match[1]!.length)) && !match[1]!.includes('/'))) return { prefix: '', rest: trimmed, typed: '', party: false };
  const word = match[1]!.toUpperCase();
  const party = word in partyToState;
  return { prefix: party ? partyToState[word]! : (`${word}.` as AuthorityPrefix), rest: trimmed.slice(match[0].length), typed: match[0].trim(), party };
}

/** Whether a kind signs with the Party's slash forms. */
const slashForms = (kind: IssuerKind) => kind.authorities['TM.'] === 'T/M';

export function signerLinesProblems(signer: Signer, base: PropertyKey[] = ['signer'], kind: IssuerKind = issuerKinds['nha-nuoc']): PlanProblem[] {
  const lines = signer.lines;
  if (!lines) return [];
  /** The authority as the kind writes it, or undefined for one it lacks (TUQ. on a Party document). */
  const form = (prefix: AuthorityPrefix | '') => (prefix ? kind.authorities[prefix] : '');
  const written = (line: ReadLine) => {
    const prefix = form(line.prefix) ?? line.prefix;
    return `${prefix}${prefix ? ' ' : ''}${line.rest.toLocaleUpperCase('vi')}`;
  };
  const formsText = Object.values(kind.authorities).join(', ');
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
    const expected = form(line.prefix);
    if (expected === undefined)
      problems.push({
        path: at(index),
        severity: 'error',
        message: say(`${kind.noun.vi} không ký "${line.prefix}"; các thẩm quyền ký: ${formsText}`, `${kind.noun.en} has no "${line.prefix}" form of signing; its forms: ${formsText}`),
        hint: say(`ví dụ [${kind.authorities['TL.']} ${line.rest.toLocaleUpperCase('vi')}, …]`, `e.g. [${kind.authorities['TL.']} ${line.rest.toLocaleUpperCase('vi')}, …]`),
      });
    // Typed with a slash (T/M) where the kind writes a period (TM.), or the reverse; Q. is written alike by all.
    else if (line.prefix && line.party !== expected.includes('/'))
      problems.push({
        path: at(index),
        severity: 'error',
        message: say(
          `"${line.typed}" là cách viết của ${line.party ? 'văn bản Đảng' : 'văn bản nhà nước'}; ${kind.noun.vi} viết "${expected}"`,
          `"${line.typed}" is the ${line.party ? 'Party' : 'state'} form; ${kind.noun.en} writes "${expected}"`,
        ),
        hint: say(`viết "${right}"`, `write "${right}"`),
      });
    else if (line.prefix && !lines[index]!.trim().startsWith(`${expected} `))
      problems.push({
        path: at(index),
        severity: 'error',
        message: expected.endsWith('.')
          ? say(
              `thẩm quyền ký "${expected}" viết in hoa, có dấu chấm và một dấu cách sau nó, không viết "${lines[index]!.trim()}"`,
              `the signing authority "${expected}" is written in capitals with its period and a space after it, not "${lines[index]!.trim()}"`,
            )
          : say(
              `thẩm quyền ký "${expected}" viết in hoa, không có dấu chấm, có một dấu cách sau nó, không viết "${lines[index]!.trim()}"`,
              `the signing authority "${expected}" is written in capitals, without a period, with a space after it, not "${lines[index]!.trim()}"`,
            ),
        hint: say(`viết "${right}"`, `write "${right}"`),
      });
  }
  // Past three lines the plan is not one of the decree's forms at all: where the prefixes go would only add noise.
  if (lines.length > maxLines) return problems;
  const last = read.length - 1;
  // A Party committee's deputy secretary signs T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ; elsewhere the deputy of the head named.
  const titleExample = (line: ReadLine) => (slashForms(kind) && line.prefix === 'TM.' ? 'PHÓ BÍ THƯ' : `PHÓ ${line.rest.toLocaleUpperCase('vi')}`);
  const lastLine = read[last]!;
  if (lastLine.prefix && lastLine.prefix !== 'Q.')
    problems.push({
      path: at(last),
      severity: 'error',
      message: say(
        `sau "${written(lastLine)}" thiếu dòng chức vụ của người ký: dòng cuối là chức vụ, không có thẩm quyền ký`,
        `"${written(lastLine)}" is not followed by the signer's own title: the last line is the title, without an authority`,
      ),
      hint: say(`thêm dòng chức vụ, ví dụ [${written(lastLine)}, ${titleExample(lastLine)}]`, `add the title as the last line, e.g. [${written(lastLine)}, ${titleExample(lastLine)}]`),
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
          `mỗi dòng trước dòng chức vụ cuối cùng bắt đầu bằng thẩm quyền ký (${formsText})`,
          `each line before the last (the title) starts with a signing authority (${formsText})`,
        ),
        hint: say(`ví dụ "${kind.authorities['KT.']} ${read[index]!.rest.toLocaleUpperCase('vi')}"`, `e.g. "${kind.authorities['KT.']} ${read[index]!.rest.toLocaleUpperCase('vi')}"`),
      });
  const chain = read.slice(0, last).map((line) => (line.prefix ? form(line.prefix) : '')).filter(Boolean);
  if (chain.length === read.slice(0, last).length && !kind.chains.includes(chain.join(' ')))
    problems.push({
      path: at(chain.length - 1),
      severity: 'error',
      message: slashForms(kind)
        ? say(
            `văn bản Đảng không ghép thẩm quyền ký ("${chain.join(' + ')}"): phó bí thư ký T/M cấp ủy, không có K/T`,
            `a Party document combines no signing forms ("${chain.join(' + ')}"): a deputy secretary signs for the committee with T/M, without K/T`,
          )
        : say(
            `không có cách ký "${chain.join(' + ')}"; được ghép: TM. rồi KT., TL. rồi KT.`,
            `there is no "${chain.join(' + ')}" form of signing; the forms that combine are TM. then KT., TL. then KT.`,
          ),
      hint: slashForms(kind)
        ? say('ví dụ [T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ] hoặc [K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN]', 'e.g. [T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ] or [K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN]')
        : say('ví dụ [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH] hoặc [TL. GIÁM ĐỐC, KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG]', 'e.g. [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH] or [TL. GIÁM ĐỐC, KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG]'),
    });
  return problems;
}
