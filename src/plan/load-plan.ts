// Stage 1: reads a plan file, parses the YAML, NFC-normalizes its text and validates it against the schema.
import { LineCounter, parseDocument } from 'yaml';
import { PlanError, type Diagnostic } from '../errors';
import { checkPlan } from './check-plan';
import { describeIssue } from './describe-issue';
import { expandText } from './expand-text';
import { flattenIssues } from './flatten-issues';
import { planSchema, type Plan } from './plan-schema';
import { allowedKeysAt } from './schema-keys';
import { locate } from './yaml-locations';
import { explainYamlErrors } from './yaml-syntax-errors';

export interface LoadedPlan {
  file: string;
  plan: Plan;
  warnings: Diagnostic[];
}

/** Parses and validates plan text; `file` is only used in messages. Throws PlanError with every problem found. */
export function parsePlan(source: string, file: string): LoadedPlan {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics = explainYamlErrors(document.errors, text, lineCounter, file);
  if (diagnostics.length > 0) throw new PlanError(diagnostics);

  const warnings: Diagnostic[] = [];
  const raw = normalizeText(document.toJS({ maxAliasCount: 1000 }), () => {
    if (warnings.length === 0)
      warnings.push({
        file,
        severity: 'warning',
        message: 'văn bản có chữ chưa chuẩn hóa Unicode NFC (dấu tách rời chữ); plan đã tự chuẩn hóa',
        hint: 'lưu tệp bằng trình soạn thảo dùng Unicode dựng sẵn để tránh lỗi hiển thị ở nơi khác',
        en: {
          message: 'some text is not in Unicode NFC (decomposed accents); plan normalized it',
          hint: 'save the file with precomposed Unicode to avoid display problems elsewhere',
        },
      });
  });
  const result = planSchema.safeParse(raw);
  if (result.success) {
    // Text expressions ({{longDate dates.khai_mac}}, {{year}}) are filled before the Decree 30 checks read the text.
    const expanded = expandText(result.data);
    const problems = [...expanded.problems, ...(expanded.problems.length ? [] : checkPlan(expanded.plan))].map((problem) => ({
      file,
      ...locate(document, lineCounter, text, problem.path),
      path: problem.path.map(String).join('.'),
      severity: problem.severity,
      message: problem.message.vi,
      hint: problem.hint?.vi,
      en: { message: problem.message.en, hint: problem.hint?.en },
    }));
    warnings.push(...problems.filter((problem) => problem.severity === 'warning'));
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw new PlanError([...errors, ...warnings]);
    return { file, plan: expanded.plan, warnings };
  }

  throw new PlanError(
    flattenIssues(result.error.issues).map((issue) => {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      const value = valueAt(raw, path);
      const siblings = allowedKeysAt(planSchema, issue.path);
      const described = describeIssue(issue, value, siblings, path);
      const location = locate(document, lineCounter, text, path, described.atKey);
      return {
        file,
        ...location,
        path: path.map(String).join('.') || '(gốc)',
        severity: 'error' as const,
        message: described.message.vi,
        hint: described.hint?.vi,
        en: { message: described.message.en, hint: described.hint?.en },
      };
    }),
  );
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
  if (Array.isArray(value)) return value.map((item) => normalizeText(item, onChange));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = normalizeText(item, onChange);
    return out;
  }
  return value;
}
