// Zips a docx document once, byte-for-byte reproducibly: fixed core-properties dates, fixed entry times, fixed order.
import { Packer, type File } from 'docx';
import { zipSync, type Zippable } from 'fflate';

/** Zip entry times are DOS local times; a local-time constructor gives the same bytes in every time zone. */
const zipEntryTime = new Date(1980, 0, 1, 0, 0, 0);

/**
 * docx's Packer zips with the clock's time and stamps the clock into core.xml, which a second pass would have to
 * unzip and zip again. Its compiler gives the package's parts unzipped (the pinned docx 9.15.2 keeps it on Packer,
 * outside its typed API), so the parts are stamped and zipped here, once, by fflate (pure JS: the same bytes on
 * every Node version, unlike zlib).
 */
interface PackageCompiler {
  compile(file: File): Map<string, string | Uint8Array>;
}

export function packDocx(file: File, date: Date): Buffer {
  const compiler = (Packer as unknown as { compiler?: PackageCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx no longer exposes Packer.compiler: pack-docx.ts needs updating');
  return zipParts(compiler.compile(file), date);
}

/** The parts zipped: core.xml's dates set to `date`, [Content_Types].xml first and the rest in name order. */
export function zipParts(parts: Map<string, string | Uint8Array>, date: Date): Buffer {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const zippable: Zippable = {};
  for (const name of [...parts.keys()].sort(contentTypesFirst)) {
    let data = parts.get(name)!;
    if (name === 'docProps/core.xml' && typeof data === 'string') {
      data = data
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    }
    zippable[name] = [typeof data === 'string' ? Buffer.from(data, 'utf8') : data, { mtime: zipEntryTime, level: 6 }];
  }
  return Buffer.from(zipSync(zippable));
}

/** [Content_Types].xml first, then the rest in name order, as Office writes them. */
function contentTypesFirst(a: string, b: string): number {
  if (a === '[Content_Types].xml') return -1;
  if (b === '[Content_Types].xml') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
