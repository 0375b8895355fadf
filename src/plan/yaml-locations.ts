// Maps a path inside a parsed YAML document to its line and column, for located diagnostics.
import { isNode, LineCounter, type Document } from 'yaml';

export interface Location {
  line: number;
  column: number;
  sourceLine: string;
}

export function locate(
  document: Document,
  lineCounter: LineCounter,
  source: string,
  path: ReadonlyArray<PropertyKey>,
  preferKey = false,
): Location | undefined {
  // Walk down as far as the path exists, so a missing key points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth) as unknown[];
    const node = depth === 0 ? document.contents : document.getIn(keys, true);
    if (preferKey && depth === path.length && depth > 0) {
      const keyNode = findKeyNode(document, keys);
      if (keyNode) return at(keyNode, lineCounter, source);
    }
    if (isNode(node) && node.range) {
      // A missing field is reported at the key of the group that lacks it ("signer:"), not at the group's first line.
      const groupKey = depth < path.length && depth > 0 ? findKeyNode(document, keys) : undefined;
      return at(groupKey ?? node.range[0], lineCounter, source);
    }
  }
  return undefined;
}

function findKeyNode(document: Document, keys: unknown[]): number | undefined {
  const parent = keys.length === 1 ? document.contents : document.getIn(keys.slice(0, -1), true);
  const items = (parent as { items?: Array<{ key?: unknown }> } | null)?.items;
  const pair = items?.find((item) => {
    const key = item.key as { value?: unknown } | undefined;
    return key?.value === keys[keys.length - 1];
  });
  const key = pair?.key as { range?: [number, number, number] } | undefined;
  return key?.range?.[0];
}

export function at(offset: number, lineCounter: LineCounter, source: string): Location {
  const { line, col } = lineCounter.linePos(offset);
  const sourceLine = source.split(/\r?\n/)[line - 1] ?? '';
  return { line, column: col, sourceLine };
}
