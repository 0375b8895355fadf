// The keys of the YAML maps as the plan sees them, and the keys a plan may not have: repeated ones, lists or groups.
// The yaml library's own duplicate check compares each key with every key before it (seconds for 10,000 keys), so
// keys are checked here, once each, as the JS object will name them ("2021", "" for null, "true").
import { isAlias, isCollection, isMap, isScalar, type Document, type Node, type Pair } from 'yaml';

/** A problem found in the YAML before its value is read, shaped like the library's own errors. */
export interface SyntaxProblem {
  code: string;
  message: string;
  pos: [number, number];
}

/** The property name the pair's key becomes in the JS object (as the library's toJS names it); undefined for a list or group. */
export function keyOf(key: unknown, document: Document): string | undefined {
  const resolved = isAlias(key) ? key.resolve(document) : key;
  if (resolved === null || resolved === undefined) return '';
  if (!isScalar(resolved)) return undefined;
  const value = resolved.value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? undefined : String(value);
}

/** Where a pair starts: its key, or its value for a pair written without a key (": x"). */
export function pairOffset(pair: Pair): number | undefined {
  const node = (pair.key ?? pair.value) as Node | null;
  return node?.range?.[0];
}

/** Every repeated key (from its second time on) and every key that is a list or a group, in no particular order. */
export function keyProblems(document: Document): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  // An explicit stack, not recursion: flow collections may nest thousands deep.
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const offset = pairOffset(pair) ?? node.range?.[0] ?? 0;
        const key = keyOf(pair.key, document);
        if (key === undefined) problems.push({ code: 'COMPLEX_KEY', message: 'A key is a collection', pos: [offset, offset + 1] });
        else if (seen.has(key)) problems.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [offset, offset + 1] });
        else seen.add(key);
        stack.push(pair.value);
      }
    } else for (const item of node.items) stack.push(item);
  }
  return problems;
}
