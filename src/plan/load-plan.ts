// Stage 1: reads a plan file, parses the YAML, NFC-normalizes its text and validates it against the schema.
import { diagnostic, PlanError, type Diagnostic } from '../errors';
import { say } from '../i18n/language';
import { packedMap } from '../packed-map';
import { checkPlan } from './check-plan';
import { limitDiagnostics } from './diagnostic-limit';
import { readPlanFile } from './read-plan-file';
import { readStandardInput, standardInputName } from './read-standard-input';
import { describeIssue } from './describe-issue';
import { expandText } from './expand-text';
import { checkShape } from './plan-shape';
import { flattenIssues } from './flatten-issues';
import { numberFormProblems } from './number-form';
import { keepTableNumbersAsWritten } from './table-number-form';
import { readPlainYaml } from './plain-yaml';
import { meantType, parseByType, schemaOf } from './parse-by-type';
import type { Plan } from './plan-schema';
import { allowedKeysAt } from './schema-keys';
import { YamlSource } from './yaml-source';

export interface LoadedPlan {
  file: string;
  plan: Plan;
  warnings: Diagnostic[];
}

/** Reads (see read-plan-file.ts for what can go wrong) and parses a plan file. */
export function loadPlanFile(file: string): LoadedPlan {
  return parsePlan(readPlanFile(file), file);
}

/** Like loadPlanFile, and "-" reads the plan from standard input (named "<stdin>" in messages). */
export async function loadPlan(file: string): Promise<LoadedPlan> {
  return file === '-' ? parsePlan(await readStandardInput(), standardInputName) : loadPlanFile(file);
}

/** Parses and validates plan text; `file` is only used in messages. Throws PlanError with every problem found. */
export function parsePlan(source: string, file: string): LoadedPlan {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const yaml = new YamlSource(text, file);
  // Plans in plain YAML are read by the fast reader (the same value, several times faster); the rest by the library.
  const plain = readPlainYaml(text);
  const parsed = plain ? plain.value : yaml.read();
  const warnings: Diagnostic[] = [];
  if (parsed === null || parsed === undefined)
    throw new PlanError([
      diagnostic(
        { file, line: 1, column: 1 },
        'error',
        say('tệp kế hoạch trống', 'the plan file is empty'),
        say('tạo tệp mẫu bằng "plan init", hoặc chép plans/2020.yaml rồi sửa', 'make a starter with "plan init", or copy plans/2020.yaml and edit it'),
      ),
    ]);
  const shape = checkShape(parsed);
  if (shape) {
    const location = yaml.locate(shape.path);
    throw new PlanError([diagnostic({ file, ...location, path: shape.path.map(String).join('.') }, 'error', shape.message, shape.hint)]);
  }
  const raw = normalizeText(parsed, () => {
    if (warnings.length === 0)
      warnings.push(
        diagnostic(
          { file },
          'warning',
          say('văn bản có chữ chưa chuẩn hóa Unicode NFC (dấu tách rời chữ); plan đã tự chuẩn hóa', 'some text is not in Unicode NFC (decomposed accents); plan normalized it'),
          say('lưu tệp bằng trình soạn thảo dùng Unicode dựng sẵn để tránh lỗi hiển thị ở nơi khác', 'save the file with precomposed Unicode to avoid display problems elsewhere'),
        ),
      );
  });
  // A number not written in decimal (margins: { top: 0x10 }) is told as such, whether or not the rest validates.
  const forms = numberFormProblems(raw, text, (path) => yaml.sourceText(path), plain !== undefined);
  // "300.000" in a table cell means three hundred thousand: the cell keeps the text as written, not YAML's 300.
  keepTableNumbersAsWritten(raw, text, (path) => yaml.sourceText(path));
  const result = parseByType(raw);
  if (result.success) {
    // Text expressions ({{longDate dates.khai_mac}}, {{year}}) are filled before the Decree 30 checks read the text.
    const expanded = expandText(result.data);
    const problems = [
      ...forms,
      ...expanded.problems,
      ...(expanded.problems.length ? [] : checkPlan(expanded.plan)),
    ].map((problem) => ({ problem, location: yaml.locate(problem.path) }));
    const located = (list: typeof problems) =>
      limitDiagnostics(file, inFileOrder(list), ({ problem, location }) =>
        diagnostic({ file, ...location, path: problem.path.map(String).join('.') }, problem.severity, problem.message, problem.hint),
      );
    warnings.push(...located(problems.filter(({ problem }) => problem.severity === 'warning')));
    const errors = located(problems.filter(({ problem }) => problem.severity === 'error'));
    if (errors.length > 0) throw new PlanError([...errors, ...warnings]);
    return { file, plan: expanded.plan, warnings };
  }

  // Every issue is located (cheaply, through an index of the YAML), so that those listed are the first in the file.
  // An issue at a number not written in decimal is told by its form problem instead ("0x10", not "16 is below 20").
  // (A number in decimal notation, -3 or 2.5, is left to the schema: "must be a positive whole number" says more.)
  const formAt = new Set(forms.filter((problem) => !problem.decimal).map((problem) => problem.path.join('\0')));
  const issues = flattenIssues(result.issues, (path) => valueAt(raw, path)).flatMap((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    if (formAt.has(path.join('\0'))) return [];
    // An unknown key is shown at the key itself, not at its value.
    return [{ issue, path, location: yaml.locate(path, issue.code === 'unrecognized_keys') }];
  });
  const issueAt = new Set(issues.map(({ path }) => path.join('\0')));
  const formIssues = forms.filter((problem) => !issueAt.has(problem.path.join('\0'))).map((problem) => ({ problem, path: problem.path, location: yaml.locate(problem.path) }));
  const siblingsAt = new Map<string, string[]>();
  throw new PlanError(
    limitDiagnostics(file, inFileOrder<(typeof issues)[number] | (typeof formIssues)[number]>([...issues, ...formIssues]), (item) => {
      if ('problem' in item) {
        const { problem, path, location } = item;
        return diagnostic({ file, ...location, path: path.join('.') }, problem.severity, problem.message, problem.hint);
      }
      const { issue, path, location } = item;
      const parent = issue.path.join('\0');
      const siblings = siblingsAt.get(parent) ?? allowedKeysAt(schemaOf(raw), issue.path);
      siblingsAt.set(parent, siblings);
      const told = describeIssue(issue, valueAt(raw, path), siblings, path, meantType(raw));
      return diagnostic({ file, ...location, path: path.map(String).join('.') || '(gốc)' }, 'error', told.message, told.hint);
    }),
  );
}

/** Problems in the order of the file's lines (zod reports by the schema's order, unknown keys last); on one line, as zod does. */
function inFileOrder<T extends { location?: { line: number } }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** NFC-normalizes every string in a parsed YAML value, reporting when any changed. */
function normalizeText(value: unknown, onChange: () => void): unknown {
  if (typeof value === 'string') {
    const normalized = value.normalize('NFC');
    if (normalized !== value) onChange();
    return normalized;
  }
  if (Array.isArray(value)) return packedMap(value, (item) => normalizeText(item, onChange));
  if (value !== null && typeof value === 'object') {
    // defineProperty, not assignment: a key "__proto__" must stay a key (and be reported), never a prototype.
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) Object.defineProperty(out, key, { value: normalizeText(item, onChange), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
