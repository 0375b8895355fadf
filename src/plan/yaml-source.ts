// A plan's YAML as the yaml library reads it, parsed only when needed: for what the fast reader (plain-yaml.ts)
// declines, and to locate problems by line and column.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { diagnostic, PlanError } from '../errors';
import { say } from '../i18n/language';
import { maxAliases } from './plan-shape';
import { locate, type Location } from './yaml-locations';
import { explainYamlErrors } from './yaml-syntax-errors';

export class YamlSource {
  private parsed?: { document: Document; lineCounter: LineCounter };

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  private get library(): { document: Document; lineCounter: LineCounter } {
    if (!this.parsed) {
      const lineCounter = new LineCounter();
      this.parsed = { document: parseDocument(this.text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return this.parsed;
  }

  /** The value, with every syntax error located and explained. */
  read(): unknown {
    const { document, lineCounter } = this.library;
    const diagnostics = explainYamlErrors(document.errors, this.text, lineCounter, this.file);
    if (diagnostics.length > 0) throw new PlanError(diagnostics);
    try {
      return document.toJS({ maxAliasCount: maxAliases });
    } catch (error) {
      // An alias bomb ("billion laughs") would expand to gigabytes: refuse it.
      if (!(error instanceof ReferenceError)) throw error;
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

  locate(path: ReadonlyArray<PropertyKey>, preferKey?: boolean): Location | undefined {
    return locate(this.library.document, this.library.lineCounter, this.text, path, preferKey);
  }
}
