// Turns zod's issues into the few a clerk should read: one branch of each union, no echoes of a misspelt key,
// no repeats.
import type { z } from 'zod';
import { closestWord } from './closest-word';
import { counterpartKey } from './key-counterparts';

type Issue = z.core.$ZodIssue;

/** The keys a branch says are missing (required fields it did not find). */
function missingKeys(issues: readonly Issue[]): string[] {
  return issues.filter((i) => i.code === 'invalid_type' && i.path.length === 1).map((i) => String(i.path[0]));
}

function unknownKeys(issues: readonly Issue[]): string[] {
  return issues.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []));
}

/**
 * Lower is better: a branch of the wrong type scores worst; then one that knows fewer of the object's keys (a table
 * with a mistake inside is still a table: its branch, not the list's, says what is wrong); one whose unknown key is a
 * misspelling of its missing key scores best.
 */
function score(branch: readonly Issue[]): number {
  const wrongType = branch.some((i) => i.code === 'invalid_type' && i.path.length === 0) ? 1000 : 0;
  const unknown = unknownKeys(branch);
  const misspelt = unknown.some((key) => closestWord(key, missingKeys(branch))) ? -10 : 0;
  return wrongType + 100 * unknown.length + misspelt + branch.length;
}

function withPrefix(issue: Issue, prefix: readonly PropertyKey[]): Issue {
  return { ...issue, path: [...prefix, ...issue.path] } as Issue;
}

function resolveUnion(issue: Extract<Issue, { code: 'invalid_union' }>): Issue[] {
  const branches = issue.errors;
  // A choice between literal values (e.g. 1 or 1.27): one message listing all of them.
  if (branches.length > 0 && branches.every((b) => b.length === 1 && b[0]!.code === 'invalid_value' && b[0]!.path.length === 0)) {
    const values = branches.flatMap((b) => (b[0] as Extract<Issue, { code: 'invalid_value' }>).values);
    return [{ ...(branches[0]![0] as Extract<Issue, { code: 'invalid_value' }>), values, path: issue.path } as Issue];
  }
  const best = [...branches].sort((a, b) => score(a) - score(b))[0];
  if (!best || best.length === 0) return [issue];
  return flatten(best.map((i) => withPrefix(i, issue.path)));
}

/** An issue as reported: an unknown key is one issue per key, and says which missing key it probably is. */
export type FlatIssue = Issue & { misspeltKey?: string };

/** zod's issues, unions resolved and flattened (used for the branches of a union too). */
function flatten(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => (issue.code === 'invalid_union' && issue.errors.length > 0 ? resolveUnion(issue) : [issue]));
}

/**
 * The issues a clerk should read, in zod's order: every unknown key on its own; a required field reported missing
 * next to an unknown key that is its misspelling said once, at the unknown key ("type" missing, "typex" is probably
 * it); no repeats. `valueAt` reads the plan, to tell a missing field from a wrong one. Linear in the issues.
 */
export function flattenIssues(issues: readonly Issue[], valueAt: (path: readonly PropertyKey[]) => unknown): FlatIssue[] {
  const flat = flatten(issues).flatMap((issue): Issue[] =>
    issue.code === 'unrecognized_keys' && issue.keys.length > 1 ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue],
  );
  // The missing fields, by the path of the group that lacks them.
  const missing = new Map<string, Map<string, Issue>>();
  for (const issue of flat) {
    if (issue.path.length === 0 || !['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) continue;
    const parent = issue.path.slice(0, -1);
    const group = valueAt(parent);
    if (valueAt(issue.path) !== undefined || group === null || typeof group !== 'object' || Array.isArray(group)) continue;
    const key = JSON.stringify(parent);
    const names = missing.get(key) ?? new Map<string, Issue>();
    names.set(String(issue.path[issue.path.length - 1]), issue);
    missing.set(key, names);
  }
  const echoes = new Set<Issue>();
  const paired = new Map<Issue, string>();
  for (const issue of flat) {
    if (issue.code !== 'unrecognized_keys') continue;
    const names = missing.get(JSON.stringify(issue.path));
    const match = names && (closestWord(issue.keys[0]!, [...names.keys()]) ?? (issue.path.length === 0 ? counterpartKey(issue.keys[0]!, [...names.keys()]) : undefined));
    if (!match) continue;
    echoes.add(names.get(match)!);
    names.delete(match); // one misspelling per missing key: a second "typo" is only an unknown key
    paired.set(issue, match);
  }
  const seen = new Set<string>();
  const kept: FlatIssue[] = [];
  for (const issue of flat) {
    if (echoes.has(issue)) continue;
    // The date's pattern and its calendar check both fail on "30/09/2021": say it once.
    const kind = issue.code === 'custom' || issue.code === 'invalid_format' ? 'format' : issue.code;
    const key = JSON.stringify([issue.path, kind, issue.code === 'unrecognized_keys' ? issue.keys[0] : '']);
    if (seen.has(key)) continue;
    seen.add(key);
    const misspelt = paired.get(issue);
    kept.push(misspelt === undefined ? issue : { ...issue, misspeltKey: misspelt });
  }
  return kept;
}
