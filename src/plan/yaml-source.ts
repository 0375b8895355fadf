// A plan's YAML as the yaml library reads it, parsed only when needed: for what the fast reader (plain-yaml.ts)
// declines, and to locate problems by line and column.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { diagnostic, PlanError } from '../errors';
import { say } from '../i18n/language';
import { maxAliases } from './plan-shape';
import { unresolvedAliases } from './yaml-aliases';
import { keyProblems } from './yaml-keys';
import { YamlLocations, type Location } from './yaml-locations';
import { explainYamlErrors } from './yaml-syntax-errors';

export class YamlSource {
  private parsed?: { document: Document; lineCounter: LineCounter; locations: YamlLocations };

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  private get library(): { document: Document; lineCounter: LineCounter; locations: YamlLocations } {
    if (!this.parsed) {
      const lineCounter = new LineCounter();
      // Repeated keys are found by keyProblems (the library's check is quadratic); a key that is a list or group is an
      // error there too, so the library's warning about such keys (printed on stderr) is never wanted.
      const document = parseDocument(this.text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
      this.parsed = { document, lineCounter, locations: new YamlLocations(document, lineCounter, this.text) };
    }
    return this.parsed;
  }

  /** The value, with every syntax error located and explained. */
  read(): unknown {
    const { document, lineCounter } = this.library;
    const problems = [...document.errors, ...keyProblems(document)].sort((a, b) => a.pos[0] - b.pos[0]);
    const diagnostics = explainYamlErrors(problems, this.text, lineCounter, this.file);
    if (diagnostics.length > 0) throw new PlanError(diagnostics);
    try {
      return document.toJS({ maxAliasCount: maxAliases });
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      // The library says only "Unresolved alias": find every such alias, with its place.
      const unresolved = unresolvedAliases(document, lineCounter, this.text, this.file);
      if (unresolved.length > 0) throw new PlanError(unresolved);
      // An alias bomb ("billion laughs") would expand to gigabytes: refuse it.
      if (!/alias count/i.test(error.message)) throw error;
      throw new PlanError([
        diagnostic(
          { file: this.file, line: 1, column: 1 },
          'error',
          say(`tệp dùng quá nhiều tham chiếu "*" (alias), tối đa ${maxAliases}`, `the file uses too many "*" aliases (at most ${maxAliases})`),
          say('viết thẳng nội dung thay vì dùng &tên / *tên', 'write the content out instead of &name / *name'),
        ),
      ]);
    }
  }

  /** The text of the scalar at `path` as written in the file ("0x10", not 16), if the path leads to one. */
  sourceText(path: ReadonlyArray<PropertyKey>): string | undefined {
    return this.library.locations.sourceText(path);
  }

  locate(path: ReadonlyArray<PropertyKey>, preferKey?: boolean): Location | undefined {
    return this.library.locations.locate(path, preferKey);
  }
}
