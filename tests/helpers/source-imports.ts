// The modules each source file imports, read from its text (static and dynamic imports, re-exports, require).
import fs from 'node:fs';
import path from 'node:path';

export const srcDir = path.join(__dirname, '..', '..', 'src');

/** Every .ts file under a folder of src/, as paths relative to src/ with "/" separators. */
export function sourceFiles(folder = ''): string[] {
  const root = path.join(srcDir, folder);
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.posix.join(folder, name.split(path.sep).join('/')));
}

/** The specifiers a file imports: `from '…'` (imports and re-exports, over several lines too), `import('…')`, `require('…')`. */
export function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(srcDir, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)|\brequire\s*\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s*'([^']+)'/g))
    found.push(match[1] ?? match[2] ?? match[3] ?? match[4]!);
  return found;
}

/** A relative specifier as the file of src/ it names ("layout/theme"), or null for a package or a node: module. */
export function resolveInSrc(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}
