// The files a build reads from a --template folder (`<type>.hbs` and `partials/*.hbs`), so that no output lands on one.
import fs from 'node:fs';
import path from 'node:path';

/** Every .hbs file of the folder and of its partials/ (the plans' types are not known before they are read). */
export function templateFiles(dir: string): string[] {
  return [dir, path.join(dir, 'partials')].flatMap((folder) => {
    try {
      return fs.readdirSync(folder).filter((name) => name.endsWith('.hbs')).map((name) => path.join(folder, name));
    } catch {
      return []; // no such folder: reading the templates says so
    }
  });
}
