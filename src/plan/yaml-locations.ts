// Maps a path inside a parsed YAML document to its line and column, for located diagnostics.
// Every map is indexed once by its keys as the plan names them ("2021", "true", a quoted key), so that locating each
// of thousands of problems costs the same as locating one.
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import { keyOf, pairOffset } from './yaml-keys';

export interface Location {
  line: number;
  column: number;
  sourceLine: string;
}

export class YamlLocations {
  private readonly indexes = new Map<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly document: Document,
    private readonly lineCounter: LineCounter,
    private readonly source: string,
  ) {}

  /**
   * The place of `path`: its value (or its key with `preferKey`); a path that goes on past what the file has (a
   * missing field) points at the key of the deepest group it reaches ("signer:"), or at the top for a top-level one.
   */
  locate(path: ReadonlyArray<PropertyKey>, preferKey = false): Location | undefined {
    let node: unknown = this.document.contents;
    let keyAt: number | undefined;
    let depth = 0;
    for (; depth < path.length; depth++) {
      const step = this.child(node, path[depth]!);
      if (!step) break;
      node = step.node;
      keyAt = step.keyAt;
    }
    if (depth === path.length && depth > 0 && preferKey && keyAt !== undefined) return this.at(keyAt);
    if (depth < path.length && depth > 0 && keyAt !== undefined) return this.at(keyAt);
    const range = isNode(node) ? node.range : undefined;
    if (range) return this.at(range[0]);
    // A key with no value node (": x", "? key"): its key, else the top.
    if (keyAt !== undefined) return this.at(keyAt);
    const top = (this.document.contents as Node | null)?.range;
    return top ? this.at(top[0]) : undefined;
  }

  /** The text of the scalar at `path` as written, without quotes or tags; undefined when the path leads to no scalar. */
  sourceText(path: ReadonlyArray<PropertyKey>): string | undefined {
    let node: unknown = this.document.contents;
    for (const key of path) node = this.child(node, key)?.node;
    const scalar = isAlias(node) ? node.resolve(this.document) : node;
    return isScalar(scalar) && typeof scalar.source === 'string' ? scalar.source : undefined;
  }

  /** The node under `key` of a map or list, and where its key is (a list item's own start). */
  private child(parent: unknown, key: PropertyKey): { node: unknown; keyAt: number | undefined } | undefined {
    const collection = isAlias(parent) ? parent.resolve(this.document) : parent;
    if (isMap(collection)) {
      const pair = this.index(collection).get(String(key));
      return pair && { node: pair.value, keyAt: pairOffset(pair) };
    }
    if (isSeq(collection)) {
      const item = collection.items[Number(key)];
      return item === undefined ? undefined : { node: item, keyAt: (item as Node | null)?.range?.[0] };
    }
    return undefined;
  }

  private index(map: YAMLMap): Map<string, Pair> {
    let index = this.indexes.get(map);
    if (!index) {
      index = new Map();
      // The first of repeated keys, as the library's duplicate error points at the later ones.
      for (const pair of map.items as Pair[]) {
        const key = keyOf(pair.key, this.document);
        if (key !== undefined && !index.has(key)) index.set(key, pair);
      }
      this.indexes.set(map, index);
    }
    return index;
  }

  at(offset: number): Location {
    return at(offset, this.lineCounter, this.source);
  }
}

/** The line and column of an offset, and that line's text (found from the line's start, not by splitting the file). */
export function at(offset: number, lineCounter: LineCounter, source: string): Location {
  const { line, col } = lineCounter.linePos(offset);
  const start = lineCounter.lineStarts[line - 1] ?? 0;
  const next = source.indexOf('\n', start);
  const sourceLine = source.slice(start, next === -1 ? source.length : next).replace(/\r$/, '');
  return { line, column: col, sourceLine };
}
