// The folder plan is installed in (package.json, templates/, schema/), found from src/, dist/ or the bundle alike.
import fs from 'node:fs';
import path from 'node:path';

function findPackageDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'templates'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`plan's package folder (package.json and templates/) not found above ${start}`);
  }
}

export const packageDir = findPackageDir(__dirname);
