// Explains the YAML parser's errors to a clerk: where the mistake really is, what it is, how to fix it.
import type { LineCounter } from 'yaml';
import { diagnostic, type Diagnostic } from '../errors';
import { say, type Bilingual } from '../i18n/language';
import { maxDiagnostics, moreDiagnostics } from './diagnostic-limit';
import type { SyntaxProblem } from './yaml-keys';
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
  COMPLEX_KEY: {
    message: say('khóa phải là một từ, không phải danh sách hay nhóm khóa', 'a key must be a word, not a list or a group of keys'),
    hint: say('viết "khóa: giá trị", ví dụ "place: Hà Nội"; câu có "[" hoặc "{" ở đầu phải đặt trong ngoặc kép', 'write "key: value", e.g. "place: Hà Nội"; a text starting with "[" or "{" must be put in double quotes'),
  },
  // The library gives up on nesting deeper than its stack (thousands of "[" or "- "); plans go a few levels deep.
  RESOURCE_EXHAUSTION: {
    message: say('các ngoặc [ ] { }, dấu "- " hoặc khóa lồng nhau quá sâu, không đọc được', 'brackets [ ] { }, "- " dashes or keys are nested too deeply to be read'),
    hint: say('kế hoạch chỉ cần vài cấp; kiểm tra các dấu ngoặc và thụt lề', 'a plan needs only a few levels; check the brackets and the indentation'),
  },
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

/** How far back an unclosed quote or bracket is looked for; a file with thousands of errors must not be read again per error. */
const maxLinesBack = 200;

/** The offset of the last quote or bracket before `offset` that no later character of its line closes, if any. */
function lastUnclosed(source: string, offset: number, open: RegExp, closeFor: (char: string) => string): number | undefined {
  let end = offset;
  for (let lines = 0; lines < maxLinesBack && end >= 0; lines++) {
    const base = source.lastIndexOf('\n', end - 1) + 1;
    const line = source.slice(base, end);
    const comment = line.search(/\s#/);
    const withoutComment = comment === -1 ? line : line.slice(0, comment);
    // From the right, remembering the closers met, so that a long line is read once.
    const closers = new Set<string>();
    for (let i = withoutComment.length - 1; i >= 0; i--) {
      const char = withoutComment[i]!;
      if (open.test(char) && !closers.has(closeFor(char))) return base + i;
      closers.add(char);
    }
    if (base === 0 || base > end) break;
    end = base - 1;
  }
  return undefined;
}

/** Errors that make the parser lose its way: whatever it reports after them is an echo. */
const cascading = new Set(['TAB_AS_INDENT', 'MISSING_CHAR', 'BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

export function explainYamlErrors(errors: readonly SyntaxProblem[], source: string, lineCounter: LineCounter, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const lines = new Set<number>();
  // Of the errors that start at one place, the "implicit key on two lines" one says best where the mistake is.
  const multiline = new Set(errors.filter((error) => error.code === 'MULTILINE_IMPLICIT_KEY').map((error) => error.pos[0]));
  const chosen = errors.filter((error) => !(error.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.has(error.pos[0])));
  const firstCascade = chosen.findIndex((error) => cascading.has(error.code));
  const kept = chosen.filter((error, index) => firstCascade < 0 || index <= firstCascade || !cascading.has(error.code));
  let omitted = 0;
  for (const error of kept) {
    if (diagnostics.length >= maxDiagnostics) {
      // Past the listed ones, only count (one per line), without looking for the quote or bracket behind each.
      const line = lineCounter.linePos(error.pos[0]).line;
      if (!lines.has(line)) omitted++;
      lines.add(line);
      continue;
    }
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
    // One message per line: the first error of a line says where to look (a line may hold thousands of echoes).
    const line = lineCounter.linePos(offset).line;
    if (lines.has(line)) continue;
    lines.add(line);
    // "- {{longDate dates.x}} ..." unquoted: YAML reads "{" as the start of a group.
    const lineStart = lineCounter.lineStarts[line - 1] ?? 0;
    const lineEnd = source.indexOf('\n', lineStart);
    const lineText = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
    if (/(^|[:-])\s*\{\{/.test(lineText)) {
      explanation = {
        message: say('câu bắt đầu bằng "{{" mà không có ngoặc kép', 'a text starting with "{{" is not in quotes'),
        hint: say('đặt cả câu trong ngoặc kép: "{{longDate dates.khai_mac}} ..."', 'put the whole text in double quotes: "{{longDate dates.opening}} ..."'),
      };
      offset = lineStart + lineText.search(/\{\{/);
    }
    const english = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const described = explanation ?? {
      message: say(`YAML không đọc được (${english})`, `the YAML cannot be read (${english})`),
      hint: say('kiểm tra thụt lề (chỉ dùng dấu cách) và các dấu ngoặc kép', 'check the indentation (spaces only) and the quotes'),
    };
    diagnostics.push(diagnostic({ file, ...at(offset, lineCounter, source) }, 'error', described.message, described.hint));
  }
  return omitted > 0 ? [...diagnostics, moreDiagnostics(file, omitted)] : diagnostics;
}
