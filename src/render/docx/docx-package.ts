// docx's package for one page set-up, made once per process and filled in for each plan: its body and properties.
import type { File } from 'docx';
import { escapeText } from './body-xml';
import { compileParts, DeflatedPart, type PartData } from './pack-docx';

/** What the package's parts hold of a plan besides its body (core.xml's properties). */
export interface PackageMeta {
  title: string;
  subject: string;
  author: string;
  producer: string;
}

type Parts = Map<string, PartData>;

/**
 * docx builds and serializes its whole package (styles, theme, numbering, settings, section, headers, properties)
 * for every document: most of a plan's DOCX time once the body was written directly. Plans built with the same
 * page set-up, language and page-number style share all of it except the body and core.xml's title, subject,
 * author and producer, so the package is made once per set-up with placeholders there, and each plan's values
 * are put in (escaped as docx escapes them). The parts that are the same for every plan are deflated once, with the
 * package. docx leaves an empty property out, so which ones are empty is part of the key.
 * tests/unit/render/docx/docx-package.test.ts holds every part to what docx writes for the plan itself.
 */
const packages = new WeakMap<object, Map<string, Parts>>();
const mostPackages = 8;

const placeholder = (field: keyof PackageMeta) => `[plan:${field}]`;
const placeholders = /\[plan:(title|subject|author|producer)\]/g;

/**
 * The parts of one plan's DOCX. `layout` is everything `make` reads besides the properties (with `make` itself, it
 * keys the package); `make` builds the docx document for it with the properties it is given.
 */
export function packageParts<Layout>(layout: Layout, make: (layout: Layout, meta: PackageMeta) => File, meta: PackageMeta, bodies: readonly string[]): Parts {
  const fields = Object.keys(meta) as Array<keyof PackageMeta>;
  const key = JSON.stringify([layout, fields.map((field) => meta[field] === '')]);
  let made = packages.get(make);
  if (!made) packages.set(make, (made = new Map()));
  let template = made.get(key);
  if (!template) {
    const marked = Object.fromEntries(fields.map((field) => [field, meta[field] === '' ? '' : placeholder(field)])) as unknown as PackageMeta;
    template = new Map([...compileParts(make(layout, marked))].map(([name, data]) => [name, isPerPlan(name, data) ? data : new DeflatedPart(data)]));
    if (made.size >= mostPackages) made.delete(made.keys().next().value!);
    made.set(key, template);
  }
  const parts: Parts = new Map();
  for (const [name, data] of template) {
    if (typeof data !== 'string') parts.set(name, data);
    else if (name === documentPart) parts.set(name, withBodies(data, bodies));
    else parts.set(name, data.replace(placeholders, (_, field: keyof PackageMeta) => escapeText(meta[field])));
  }
  return parts;
}

const documentPart = 'word/document.xml';

/** The parts each plan changes: its body, its properties, and core.xml, which pack-docx.ts stamps with the date. */
function isPerPlan(name: string, data: string | Uint8Array): data is string {
  return typeof data === 'string' && (name === documentPart || name === 'docProps/core.xml' || data.includes('[plan:'));
}

/** The empty paragraph docx ends each section but the last with, holding the section's properties. */
const sectionCarrier = /^<w:p><w:pPr>(<w:sectPr>.*?<\/w:sectPr>)<\/w:pPr><\/w:p>/;

/**
 * word/document.xml with each section's body (body-xml.ts) in w:body, before the section properties docx wrote. docx
 * ends every section but the last with an empty paragraph holding its w:sectPr; that paragraph would take a line of
 * its own (and could push a page), so the properties go into the section's own last paragraph instead (which the
 * layout makes sure there is), as Word itself writes them.
 */
function withBodies(xml: string, bodies: readonly string[]): string {
  const at = xml.indexOf('<w:body>');
  if (at < 0) throw new Error('docx wrote no <w:body> in word/document.xml: docx-package.ts needs updating');
  let rest = xml.slice(at + '<w:body>'.length);
  let out = xml.slice(0, at + '<w:body>'.length);
  bodies.forEach((body, index) => {
    if (index === bodies.length - 1) return void (out += body + rest);
    const carrier = sectionCarrier.exec(rest);
    if (!carrier) throw new Error(`docx wrote no properties for section ${index + 1} where docx-package.ts expects them`);
    // The last paragraph must stand after any table (not in one of its cells) and have its properties.
    const last = body.lastIndexOf('<w:p>');
    const end = body.lastIndexOf('</w:pPr>');
    if (last < 0 || body.lastIndexOf('</w:tbl>') > last || end < last)
      throw new Error(`section ${index + 1} does not end with a paragraph to hold its properties (a layout bug)`);
    out += body.slice(0, end) + carrier[1] + body.slice(end);
    rest = rest.slice(carrier[0].length);
  });
  return out;
}
