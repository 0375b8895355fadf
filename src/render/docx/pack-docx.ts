// Zips a docx package once, byte-for-byte reproducibly: fixed core-properties dates, fixed entry times, fixed order.
import zlib from 'node:zlib';
import { Packer, type File } from 'docx';

/**
 * docx's Packer zips with the clock's time and stamps the clock into core.xml, which a second pass would have to
 * unzip and zip again. Its compiler gives the package's parts unzipped (the pinned docx 9.15.2 keeps it on Packer,
 * outside its typed API), so the parts are stamped and zipped here, once.
 */
interface PackageCompiler {
  compile(file: File): Map<string, string | Uint8Array>;
}

/** The package's parts, unzipped, as docx writes them. */
export function compileParts(file: File): Map<string, string | Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: PackageCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx no longer exposes Packer.compiler: pack-docx.ts needs updating');
  return compiler.compile(file);
}

/**
 * A part deflated ahead of time, with what the zip's headers say of it: a part that is the same in many documents
 * (docx-package.ts) is deflated once, not once per document.
 */
export class DeflatedPart {
  readonly size: number;
  readonly crc: number;
  readonly deflated: Buffer;

  constructor(data: string | Uint8Array) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.size = bytes.length;
    this.crc = zlib.crc32(bytes);
    this.deflated = zlib.deflateRawSync(bytes, { level: 6 });
  }
}

export type PartData = string | Uint8Array | DeflatedPart;

const corePart = 'docProps/core.xml';

/**
 * The parts zipped: core.xml's dates set to `date`, [Content_Types].xml first and the rest in name order. core.xml
 * is stamped here, so it must come as text.
 */
export function zipParts(parts: Map<string, PartData>, date: Date): Buffer {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const entries = [...parts.keys()].sort(contentTypesFirst).map((name) => {
    let data = parts.get(name)!;
    if (name === corePart) {
      if (typeof data !== 'string') throw new Error(`${corePart} must be text, to be stamped with the date`);
      data = data
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    }
    return { name, part: data instanceof DeflatedPart ? data : new DeflatedPart(data) };
  });
  return writeZip(entries);
}

/**
 * A zip file of deflated entries, as Office writes them: each entry dated 1980-01-01 00:00 (the first DOS date, the
 * same in every time zone), no extra fields, no data descriptors. Deflate is Node's zlib, as for pdfkit's streams:
 * the bytes are the same wherever process.versions.zlib is.
 */
function writeZip(entries: Array<{ name: string; part: DeflatedPart }>): Buffer {
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, part } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const { deflated, crc, size } = part;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    local.copy(central, 6, 4, 28); // version needed … name length, as in the local header
    central.writeUInt32LE(offset, 42);
    directory.push(central, fileName);
    chunks.push(local, fileName, deflated);
    offset += local.length + fileName.length + deflated.length;
  }
  const directorySize = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

/** [Content_Types].xml first, then the rest in name order, as Office writes them. */
function contentTypesFirst(a: string, b: string): number {
  if (a === '[Content_Types].xml') return -1;
  if (b === '[Content_Types].xml') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
