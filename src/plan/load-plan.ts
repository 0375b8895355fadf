// Stage 1: reads a plan file, parses the YAML, NFC-normalizes its text and validates it against the schema.
import { LineCounter, parseDocument } from 'yaml';
import { PlanError, type Diagnostic } from '../errors';
import { describeIssue } from './describe-issue';
import { planSchema, type Plan } from './plan-schema';
import { allowedKeysAt } from './schema-keys';
import { at, locate } from './yaml-locations';

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
  const diagnostics: Diagnostic[] = document.errors.map((error) => ({
    file,
    ...at(error.pos[0], lineCounter, text),
    severity: 'error',
    message: `YAML không đọc được: ${error.message.split('\n')[0]}`,
    hint: 'kiểm tra thụt lề (chỉ dùng dấu cách, không dùng Tab) và dấu ngoặc kép đóng mở',
  }));
  if (diagnostics.length > 0) throw new PlanError(diagnostics);

  const warnings: Diagnostic[] = [];
  const raw = normalizeText(document.toJS({ maxAliasCount: 1000 }), () => {
    if (warnings.length === 0)
      warnings.push({ file, severity: 'warning', message: 'văn bản có chữ chưa chuẩn hóa Unicode NFC; đã tự chuẩn hóa' });
  });
  const result = planSchema.safeParse(raw);
  if (result.success) return { file, plan: result.data, warnings };

  throw new PlanError(
    result.error.issues.map((issue) => {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      const value = valueAt(raw, path);
      const siblings = allowedKeysAt(planSchema, issue.path);
      const described = describeIssue(issue, value, siblings);
      const location = locate(document, lineCounter, text, path, described.atKey);
      return {
        file,
        ...location,
        path: path.map(String).join('.') || '(gốc)',
        severity: 'error' as const,
        message: described.message,
        hint: described.hint,
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
