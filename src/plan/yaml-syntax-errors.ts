// Explains the YAML parser's errors to a clerk: where the mistake really is, what it is, how to fix it.
import type { LineCounter, YAMLError } from 'yaml';
import { diagnostic, type Diagnostic } from '../errors';
import { say, type Bilingual } from '../i18n/language';
import { at } from './yaml-locations';

interface Explanation {
  message: Bilingual;
  hint: Bilingual;
}

const indentation: Explanation = {
  message: say('thụt lề sai, hoặc có dấu hai chấm và dấu cách ": " trong câu', 'wrong indentation, or a ": " inside a text'),
  hint: say(
    'các khóa cùng cấp phải thụt lề bằng nhau; câu có ": " phải đặt trong ngoặc kép "..."',
    'keys of one level need the same indentation; put a text containing ": " in double quotes "..."',
  ),
};

const explanations: Record<string, Explanation> = {
  TAB_AS_INDENT: {
    message: say('dòng được thụt lề bằng phím Tab', 'the line is indented with a tab'),
    hint: say('chỉ dùng dấu cách để thụt lề; xóa Tab và gõ dấu cách', 'indent with spaces only; replace the tab with spaces'),
  },
  DUPLICATE_KEY: {
    message: say('khóa này đã được viết ở trên', 'this key was already given above'),
    hint: say('mỗi khóa chỉ được viết một lần trong một nhóm; xóa hoặc gộp hai dòng', 'a key may appear once per group; remove or merge the two'),
  },
  BLOCK_AS_IMPLICIT_KEY: indentation,
  MULTILINE_IMPLICIT_KEY: indentation,
  BAD_INDENT: {
    message: say('thụt lề sai hoặc thiếu dấu đóng ngoặc', 'wrong indentation or a missing closing bracket'),
    hint: say('kiểm tra thụt lề và các cặp ngoặc [ ] { }', 'check the indentation and the [ ] { } pairs'),
  },
};

const unclosedQuote: Explanation = {
  message: say('dấu ngoặc kép mở ở đây chưa được đóng', 'the quote opened here is never closed'),
  hint: say('thêm dấu ngoặc kép đóng ở cuối câu', 'add the closing quote at the end of the text'),
};

const unclosedBracket: Explanation = {
  message: say('dấu ngoặc "[" hoặc "{" mở ở đây chưa được đóng', 'the "[" or "{" opened here is never closed'),
  hint: say('thêm "]" hoặc "}" ở cuối danh sách', 'add the closing "]" or "}" at the end of the list'),
};

/** The offset of the last quote or bracket before `offset` that no later character closes, if any. */
function lastUnclosed(source: string, offset: number, open: RegExp, closeFor: (char: string) => string): number | undefined {
  const lines = source.slice(0, offset).split('\n');
  let base = offset - lines[lines.length - 1]!.length;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (index < lines.length - 1) base -= line.length + 1;
    const withoutComment = line.replace(/\s#.*$/, '');
    for (let i = withoutComment.length - 1; i >= 0; i--) {
      const char = withoutComment[i]!;
      if (open.test(char) && !withoutComment.slice(i + 1).includes(closeFor(char))) return base + i;
    }
  }
  return undefined;
}

/** Errors that make the parser lose its way: whatever it reports after them is an echo. */
const cascading = new Set(['TAB_AS_INDENT', 'MISSING_CHAR', 'BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

export function explainYamlErrors(errors: readonly YAMLError[], source: string, lineCounter: LineCounter, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Of the errors that start at one place, the "implicit key on two lines" one says best where the mistake is.
  const chosen = errors.filter(
    (error) => !(error.code === 'BLOCK_AS_IMPLICIT_KEY' && errors.some((other) => other.code === 'MULTILINE_IMPLICIT_KEY' && other.pos[0] === error.pos[0])),
  );
  const firstCascade = chosen.findIndex((error) => cascading.has(error.code));
  const kept = chosen.filter((error, index) => firstCascade < 0 || index <= firstCascade || !cascading.has(error.code));
  for (const error of kept) {
    let offset = error.pos[0];
    let explanation = explanations[error.code];
    if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
      offset = lastUnclosed(source, error.pos[0], /["']/, (char) => char) ?? offset;
      explanation = unclosedQuote;
    } else if (/Flow (sequence|mapping)/.test(error.message) || (error.code === 'MISSING_CHAR' && /[\]}]/.test(error.message))) {
      offset = lastUnclosed(source, error.pos[0], /[[{]/, (char) => (char === '[' ? ']' : '}')) ?? offset;
      explanation = unclosedBracket;
    } else if (error.code === 'MULTILINE_IMPLICIT_KEY') {
      // The key that is "on two lines" is the next line indented wrongly: point at where it ends.
      offset = Math.max(error.pos[0], error.pos[1] - 1);
    }
    // "- {{longDate dates.x}} ..." unquoted: YAML reads "{" as the start of a group.
    const lineText = source.slice(source.lastIndexOf('\n', offset - 1) + 1).split('\n')[0] ?? '';
    if (/(^|[:-])\s*\{\{/.test(lineText)) {
      explanation = {
        message: say('câu bắt đầu bằng "{{" mà không có ngoặc kép', 'a text starting with "{{" is not in quotes'),
        hint: say('đặt cả câu trong ngoặc kép: "{{longDate dates.khai_mac}} ..."', 'put the whole text in double quotes: "{{longDate dates.opening}} ..."'),
      };
      offset = source.lastIndexOf('\n', offset - 1) + 1 + lineText.search(/\{\{/);
    }
    const english = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const described = explanation ?? {
      message: say(`YAML không đọc được (${english})`, `the YAML cannot be read (${english})`),
      hint: say('kiểm tra thụt lề (chỉ dùng dấu cách) và các dấu ngoặc kép', 'check the indentation (spaces only) and the quotes'),
    };
    const location = at(offset, lineCounter, source);
    if (diagnostics.some((d) => d.line === location.line)) continue;
    diagnostics.push(diagnostic({ file, ...location }, 'error', described.message, described.hint));
  }
  return diagnostics;
}
