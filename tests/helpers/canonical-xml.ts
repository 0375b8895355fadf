// WordprocessingML in a canonical form, to hold hand-written XML to docx's: elements in order, each attribute set
// sorted by name, text as parsed (entities resolved). Attribute order and the spelling of escapes do not count.
import { DOMParser } from '@xmldom/xmldom';

const namespaces = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A fragment of a document's body (paragraphs and tables), parsed; malformed XML throws. */
function parseFragment(xml: string): Element {
  const fail = (message: string) => {
    throw new Error(`malformed XML: ${message}`);
  };
  // xmldom 0.8 reads a bare "&" as text; Word refuses the file.
  const bare = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (bare) fail(`a bare "&" at ${bare.index}`);
  const parser = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } });
  return parser.parseFromString(`<fragment ${namespaces}>${xml}</fragment>`, 'application/xml').documentElement as unknown as Element;
}

function canonicalLines(node: Node, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) {
      out.push(`${indent}${JSON.stringify(child.nodeValue)}`);
    } else if (child.nodeType === child.ELEMENT_NODE) {
      const element = child as Element;
      const attributes = Array.from(element.attributes)
        .filter((attribute) => !attribute.name.startsWith('xmlns'))
        .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
        .sort();
      out.push(`${indent}<${element.nodeName}${attributes.map((attribute) => ` ${attribute}`).join('')}>`);
      canonicalLines(element, depth + 1, out);
    } else {
      out.push(`${indent}(node type ${child.nodeType}) ${JSON.stringify(child.nodeValue)}`);
    }
  }
}

/** One line per element (its name and sorted attributes) and per text, indented by depth: equal for equal XML. */
export function canonicalXml(xml: string): string {
  const out: string[] = [];
  canonicalLines(parseFragment(xml), 0, out);
  return out.join('\n');
}
