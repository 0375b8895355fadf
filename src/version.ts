// The version of plan, read from package.json (stamped into the files' metadata and shown by --version).
import fs from 'node:fs';
import path from 'node:path';

export const version: string = (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
