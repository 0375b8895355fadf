// Adds what an editor shows a clerk to the generated JSON Schema: a title on each property and, for every value
// with a pattern, a set of values or a type, a message in Vietnamese and English instead of a bare regular expression.
// yaml-language-server (VS Code's YAML extension) shows `errorMessage` for a wrong type, a value outside an enum or
// const, a pattern that fails, an unknown or missing key; `title` heads the hover. Neither changes what is valid.
import { calendarDatePattern, issueDatePattern } from './calendar-pattern';
import { simplifyChoice } from './editor-choices';
import { propertyTitles, valueDescriptions } from './property-titles';

type Node = Record<string, unknown>;

/** A message in both languages, written "vi / en" as the descriptions are. */
type Pair = [vi: string, en: string];
const both = (vi: string, en: string): Pair => [vi, en];
const written = ([vi, en]: Pair) => `${vi} / ${en}`;

/**
 * Each pattern the zod schema writes, by its source: the message, and for dates the pattern editors get instead
 * (zod's pattern checks the form; plan's calendar check cannot be said in JSON Schema, the calendar pattern can).
 * A pattern missing here makes the schema's generation throw, so a new one cannot reach editors unexplained.
 */
const patternHints: Record<string, { message: Pair; pattern?: string }> = {
  '^$|[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]': {
    message: both('Cần chữ in ra được, không để trống, không chỉ có dấu cách', 'Expected text that prints: not empty, not only spaces'),
  },
  '^[A-ZĐ]{1,8}$': { message: both('Chữ viết tắt tên người soạn thảo: 1 đến 8 chữ in hoa, ví dụ PL', "The drafter's initials: 1 to 8 capital letters, e.g. PL") },
  '^\\S+$': { message: both('Chữ viết tắt không có dấu cách, ví dụ SGDĐT', 'An abbreviation without spaces, e.g. SGDĐT') },
  '^(19\\d\\d|[2-9]\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$': {
    message: both(
      'Ngày phải có dạng YYYY-MM-DD và có trong lịch, năm từ 1900 đến 9999, ví dụ 2021-09-30',
      'A date as YYYY-MM-DD that exists, year 1900 to 9999, e.g. 2021-09-30',
    ),
    pattern: calendarDatePattern,
  },
  '^(19\\d\\d|[2-9]\\d{3})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$': {
    message: both(
      'Ngày phải có dạng YYYY-MM-DD và có trong lịch (hoặc YYYY-MM để trống ngày), năm từ 1900 đến 9999, ví dụ 2021-09-30',
      'A date as YYYY-MM-DD that exists (or YYYY-MM to leave the day blank), year 1900 to 9999, e.g. 2021-09-30',
    ),
    pattern: issueDatePattern,
  },
  '^[A-Za-z_][A-Za-z0-9_]*$': {
    message: both(
      'Tên ngày chỉ gồm chữ không dấu, số và dấu _, không bắt đầu bằng số, ví dụ khai_mac',
      'A date name of unaccented letters, digits and _, not starting with a digit, e.g. khai_mac',
    ),
  },
};

const typeMessages: Record<string, Pair> = {
  string: both('Cần một dòng chữ', 'Expected text'),
  number: both('Cần một số', 'Expected a number'),
  integer: both('Cần một số nguyên', 'Expected a whole number'),
  object: both('Cần một nhóm khóa: các dòng "tên: giá trị" thụt vào dưới khóa này', 'Expected a group of keys: "name: value" lines indented under this key'),
  array: both('Cần một danh sách, mỗi mục một dòng bắt đầu bằng "- "', 'Expected a list, one item per line starting with "- "'),
};

const listed = (values: unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

function oneOfValues(values: unknown[]): Pair {
  return both(`Chỉ nhận một trong các giá trị: ${listed(values)}`, `Only one of: ${listed(values)}`);
}

/** An object's message serves an unknown key (at the key), a missing key (at the group) and a wrong type alike. */
function keysMessage(node: Node): Pair {
  const keys = Object.keys(node.properties as Node);
  // One key of a set of alternatives (the signer's title or lines) is required too: "title hoặc lines".
  const alternatives = ((node.oneOf as { required?: string[] }[] | undefined) ?? []).flatMap((branch) => branch.required ?? []);
  const required = new Set([...((node.required as string[] | undefined) ?? []), ...alternatives]);
  const mandatoryKeys = keys.filter((key) => required.has(key) && !alternatives.includes(key));
  const optional = keys.filter((key) => !required.has(key)).join(', ');
  const mandatoryIn = (or: string) => [...mandatoryKeys, ...(alternatives.length ? [alternatives.join(` ${or} `)] : [])].join(', ');
  const vi = [mandatoryIn('hoặc') && `bắt buộc: ${mandatoryIn('hoặc')}`, optional && `có thể thêm: ${optional}`].filter(Boolean).join('; ');
  const en = [mandatoryIn('or') && `required: ${mandatoryIn('or')}`, optional && `optional: ${optional}`].filter(Boolean).join('; ');
  return both(`Nhóm khóa này chỉ nhận các khóa (${vi})`, `This group takes only these keys (${en})`);
}

function messageFor(node: Node, at: string): Pair | undefined {
  if (Array.isArray(node.type)) {
    // A line or several lines (see editor-choices.ts): what the text must be, then the list.
    const asText: Node = { ...node, type: 'string' };
    const text = messageFor(asText, at) ?? typeMessages.string!;
    if (asText.pattern !== node.pattern) node.pattern = asText.pattern; // a date's calendar pattern
    const list = typeMessages.array!;
    return both(`${text[0]}; hoặc ${list[0].replace(/^C/, 'c')}`, `${text[1]}; or ${list[1].replace(/^E/, 'e')}`);
  }
  if (typeof node.pattern === 'string') {
    const hint = patternHints[node.pattern];
    if (hint === undefined) throw new Error(`no editor message for the pattern ${node.pattern} at ${at}`);
    if (hint.pattern !== undefined) node.pattern = hint.pattern;
    return hint.message;
  }
  if (Array.isArray(node.enum)) return oneOfValues(node.enum);
  if (node.type === 'object' && node.additionalProperties === false && node.properties) return keysMessage(node);
  if (typeof node.type === 'string') return typeMessages[node.type];
  return undefined;
}

/** enumDescriptions for a choice of values, one per value of its enum, none missing and none left over. */
function describeValues(schema: Node, path: string): void {
  const meanings = valueDescriptions[path];
  // A type's own schema fixes its `type` to one value (const): the root's enum describes them all.
  if (meanings === undefined || 'const' in schema) return;
  const values = schema.enum as string[] | undefined;
  if (values?.length !== Object.keys(meanings).length || values.some((value) => meanings[value] === undefined))
    throw new Error(`the values described for ${path} are not those of its enum (${JSON.stringify(values)})`);
  schema.enumDescriptions = values.map((value) => meanings[value]!);
}

/** Walks the schema in place: messages on values, titles on properties (named by their path, see property-titles). */
function annotate(node: Node | boolean, at: string, name: string, titled: Set<string>, rootDefs: ReadonlySet<string>): void {
  if (typeof node !== 'object') return; // additionalProperties: false
  simplifyChoice(node);
  const message = node.anyOf ? undefined : messageFor(node, at);
  if (message !== undefined) node.errorMessage = written(message);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'properties')
      for (const [property, schema] of Object.entries(child as Record<string, Node>)) {
        const path = name ? `${name}.${property}` : property;
        const title = propertyTitles[path];
        if (title === undefined) throw new Error(`no title for the property ${path} (${at}/properties/${property})`);
        annotate(schema, `${at}/properties/${property}`, path, titled, rootDefs);
        schema.title = title;
        titled.add(path);
        describeValues(schema, path);
      }
    else if (key === '$defs')
      for (const [def, schema] of Object.entries(child as Record<string, Node>)) annotate(schema, `${at}/$defs/${def}`, rootDefs.has(def) ? '' : def, titled, rootDefs);
    else if (key === 'items' || key === 'additionalProperties' || key === 'propertyNames')
      annotate(child as Node, `${at}/${key}`, name, titled, rootDefs);
    else if (key === 'anyOf') (child as Node[]).forEach((option, index) => annotate(option, `${at}/anyOf/${index}`, name, titled, rootDefs));
  }
}

/**
 * The schema with its editor hints, changed in place and returned. `rootDefs`: the `$defs` that are whole plans (one
 * per document type), whose properties are named from the root. Throws for a pattern or a property left
 * unexplained, and for a title no property uses any more (so the table cannot keep stale entries).
 */
export function addEditorHints(schema: Node, rootDefs: ReadonlySet<string> = new Set()): Node {
  const titled = new Set<string>();
  annotate(schema, '#', '', titled, rootDefs);
  const stale = [...Object.keys(propertyTitles), ...Object.keys(valueDescriptions)].filter((path) => !titled.has(path));
  if (stale.length > 0) throw new Error(`titles for properties the schema does not have: ${stale.join(', ')}`);
  return schema;
}
