// Reads a template and each of its partials on its own before anything runs, so a syntax error is reported in the
// file that has it (not in the main template that includes it), and partials that call each other in a loop are
// named instead of ending in "Maximum call stack size exceeded".
import Handlebars from 'handlebars';
import { diagnostic, PlanError } from '../errors';
import { say } from '../i18n/language';

/** One template file: its name as a partial ('' for the main template), where it was read from, its text. */
export interface TemplateFile {
  name: string;
  file: string;
  text: string;
}

interface PartialCall {
  name: string;
  line: number;
}

/** The partials a parsed template calls by a fixed name ("{{> title}}", "{{#> title}}…{{/title}}"), with lines. */
function partialCalls(node: unknown, calls: PartialCall[] = []): PartialCall[] {
  if (Array.isArray(node)) for (const item of node) partialCalls(item, calls);
  else if (node !== null && typeof node === 'object') {
    const statement = node as { type?: string; name?: { type: string; original?: unknown; value?: unknown }; loc?: { start: { line: number } } };
    if ((statement.type === 'PartialStatement' || statement.type === 'PartialBlockStatement') && statement.name) {
      const name = statement.name.type === 'PathExpression' ? statement.name.original : statement.name.value;
      if (typeof name === 'string') calls.push({ name, line: statement.loc?.start.line ?? 1 });
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc' && key !== 'name') partialCalls(value, calls);
  }
  return calls;
}

function parseOne(template: TemplateFile): hbs.AST.Program {
  try {
    return Handlebars.parse(template.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/.exec(message)?.[1];
    const first = message.split('\n')[0]!;
    throw new PlanError(
      [
        diagnostic(
          { file: template.file, line: line ? Number(line) : undefined },
          'error',
          say(`mẫu (template) bị lỗi: ${first}`, `the template is wrong: ${first}`),
          say('kiểm tra cặp {{#each}} … {{/each}} và các dấu {{ }} trong tệp này', 'check the {{#each}} … {{/each}} pairs and the {{ }} braces in this file'),
        ),
      ],
      { cause: error },
    );
  }
}

/** Throws a PlanError at the first file that does not parse, or at the call that closes a loop of partials. */
export function checkPartials(files: readonly TemplateFile[]): void {
  const calls = new Map(files.map((template) => [template.name, partialCalls(parseOne(template))]));
  const byName = new Map(files.map((template) => [template.name, template]));
  // Depth-first from each file; a call to a partial still on the path closes a loop.
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (name: string): void => {
    if (done.has(name)) return;
    path.push(name);
    for (const call of calls.get(name) ?? []) {
      if (!byName.has(call.name)) continue; // a missing partial is Handlebars' own error, with its name
      const start = path.indexOf(call.name);
      if (start >= 0) throw loopError([...path.slice(start), call.name], byName.get(name)!.file, call.line);
      visit(call.name);
    }
    path.pop();
    done.add(name);
  };
  for (const template of files) visit(template.name);
}

function loopError(loop: string[], file: string, line: number): PlanError {
  const named = loop.join(' → ');
  const message =
    loop.length === 2
      ? say(`partial "${loop[0]}" tự gọi lại chính nó ({{> ${loop[0]}}}), sẽ lặp mãi`, `the partial "${loop[0]}" calls itself ({{> ${loop[0]}}}) and would never end`)
      : say(`các partial gọi nhau thành vòng: ${named}, sẽ lặp mãi`, `the partials call each other in a loop: ${named}, which would never end`);
  return new PlanError([
    diagnostic(
      { file, line },
      'error',
      message,
      say('bỏ lời gọi {{> …}} ở dòng này; văn bản đã được trải phẳng, mẫu không cần gọi lặp', 'remove the {{> …}} call on this line; the view is already flat, a template needs no recursion'),
    ),
  ]);
}
