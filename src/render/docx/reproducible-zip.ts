// Makes a packed DOCX byte-for-byte reproducible: fixed core-properties dates and fixed zip entry times.
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** Zip entry times are DOS local times; a local-time constructor gives the same bytes in every time zone. */
const zipEntryTime = new Date(1980, 0, 1, 0, 0, 0);

export function makeReproducible(docx: Buffer, date: Date): Buffer {
  const entries = unzipSync(docx);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = entries['docProps/core.xml'];
  if (core) {
    const xml = Buffer.from(core)
      .toString('utf8')
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    entries['docProps/core.xml'] = Buffer.from(xml, 'utf8');
  }
  const zippable: Zippable = {};
  for (const name of Object.keys(entries).sort(contentTypesFirst)) zippable[name] = [entries[name]!, { mtime: zipEntryTime, level: 6 }];
  return Buffer.from(zipSync(zippable));
}

/** [Content_Types].xml first, then the rest in name order, as Office writes them. */
function contentTypesFirst(a: string, b: string): number {
  if (a === '[Content_Types].xml') return -1;
  if (b === '[Content_Types].xml') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
