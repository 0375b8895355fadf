// Rewrites two kinds of anyOf the way yaml-language-server can word in the schema's own messages; each accepts the
// same values. When several alternatives fail at one place, the server merges their problems into its own English
// ("Value must be 1 | 1.27.", 'Incorrect type. Expected "string | array".') and drops the schema's errorMessage.

type Node = Record<string, unknown>;

/**
 * A choice of fixed values (firstLineIndent: 1 or 1.27) becomes an enum; a choice of one text and one list (a line,
 * or several lines) becomes one node of both types, whose keywords each apply to their own type only (minLength and
 * pattern to the text, minItems and items to the list), as JSON Schema defines them. Other choices stay as they are.
 */
export function simplifyChoice(node: Node): void {
  const alternatives = node.anyOf as Node[] | undefined;
  if (alternatives === undefined) return;
  const types = alternatives.map((option) => option.type);
  if (alternatives.every((option) => 'const' in option) && new Set(types).size === 1) {
    delete node.anyOf;
    Object.assign(node, { type: types[0], enum: alternatives.map((option) => option.const) });
    return;
  }
  const text = alternatives.find((option) => option.type === 'string');
  const list = alternatives.find((option) => option.type === 'array');
  if (alternatives.length !== 2 || text === undefined || list === undefined) return;
  // The property's own description stays; the alternatives' ("A single line", "Several lines") go with them.
  const { type: _text, description: _textDescription, ...textKeywords } = text;
  const { type: _list, description: _listDescription, ...listKeywords } = list;
  delete node.anyOf;
  Object.assign(node, { type: ['string', 'array'], ...textKeywords, ...listKeywords });
}
