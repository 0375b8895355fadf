// Aliases ("*name") with no anchor ("&name") before them: each located at the alias itself, as the yaml library
// resolves them (the last anchor of that name earlier in the file), since the library's own error has no place.
import { isAlias, visit, type Document, type LineCounter } from 'yaml';
import { diagnostic, type Diagnostic } from '../errors';
import { say } from '../i18n/language';
import { at } from './yaml-locations';

export function unresolvedAliases(document: Document, lineCounter: LineCounter, text: string, file: string): Diagnostic[] {
  const anchors = new Set<string>();
  const found: Diagnostic[] = [];
  // visit() walks in the file's order, a node before its children: the order in which the library looks anchors up.
  visit(document, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        if (!anchors.has(node.source))
          found.push(
            diagnostic(
              { file, ...at(node.range?.[0] ?? 0, lineCounter, text) },
              'error',
              say(`tham chiếu "*${node.source}" không có mốc (anchor) "&${node.source}" nào ở trước nó`, `unknown anchor ${node.source}: no "&${node.source}" before the alias "*${node.source}"`),
              say(
                `đặt "&${node.source}" trước nội dung cần dùng lại, ở phía trên dòng này, hoặc viết thẳng nội dung thay cho "*${node.source}"`,
                `put "&${node.source}" on the content to reuse, above this line, or write the content out instead of "*${node.source}"`,
              ),
            ),
          );
      } else if (node.anchor) anchors.add(node.anchor);
    },
  });
  return found;
}
