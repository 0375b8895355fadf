// Turns zod's issues into the few a clerk should read: one branch of each union, no echoes of a misspelt key,
// no repeats.
import type { z } from 'zod';
import { closestWord } from './closest-word';

type Issue = z.core.$ZodIssue;

/** The keys a branch says are missing (required fields it did not find). */
function missingKeys(issues: readonly Issue[]): string[] {
  return issues.filter((i) => i.code === 'invalid_type' && i.path.length === 1).map((i) => String(i.path[0]));
}

function unknownKeys(issues: readonly Issue[]): string[] {
  return issues.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []));
}

/** Lower is better: a branch of the wrong type scores worst; one whose unknown key is a misspelling of its missing key scores best. */
function score(branch: readonly Issue[]): number {
  const wrongType = branch.some((i) => i.code === 'invalid_type' && i.path.length === 0) ? 1000 : 0;
  const misspelt = unknownKeys(branch).some((key) => closestWord(key, missingKeys(branch))) ? -10 : 0;
  return wrongType + misspelt + branch.length;
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
  return flattenIssues(best.map((i) => withPrefix(i, issue.path)));
}

export function flattenIssues(issues: readonly Issue[]): Issue[] {
  const flat = issues.flatMap((issue) => (issue.code === 'invalid_union' && issue.errors.length > 0 ? resolveUnion(issue) : [issue]));
  // A required field reported missing next to an unknown key that is its misspelling: the unknown key says it all.
  const echoes = new Set<string>();
  for (const issue of flat) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const missing = flat.filter((i) => i.code === 'invalid_type' && i.path.length === issue.path.length + 1 && samePrefix(i.path, issue.path));
      const match = closestWord(key, missing.map((i) => String(i.path[i.path.length - 1])));
      if (match) echoes.add(JSON.stringify([...issue.path, match]));
    }
  }
  const seen = new Set<string>();
  return flat.filter((issue) => {
    if (issue.code === 'invalid_type' && echoes.has(JSON.stringify(issue.path))) return false;
    // The date's pattern and its calendar check both fail on "30/09/2021": say it once.
    const key = JSON.stringify([issue.path, issue.code === 'custom' || issue.code === 'invalid_format' ? 'format' : issue.code]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function samePrefix(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.every((key, index) => path[index] === key);
}
