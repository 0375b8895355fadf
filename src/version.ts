// The version of plan, read from package.json (stamped into the files' metadata and shown by --version).
import fs from 'node:fs';
import path from 'node:path';
import { packageDir } from './package-dir';

export const version: string = (JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
