// The stages import downwards only: a stage may use the stages before it (their data types, their helpers) and the
// shared folders, never a stage after it (the guide's "upward imports"). The few that remain are listed, with why.
import { describe, expect, it } from '@jest/globals';
import { importsOf, resolveInSrc, sourceFiles } from '../helpers/source-imports';

/** The pipeline's stages, in order (src/pipeline.ts); cli, next and pipeline.ts above them may import any. */
const stages = ['plan', 'view', 'template', 'model', 'layout', 'render'];

/** Folders below every stage: they import no stage. */
const shared = ['decree', 'errors', 'i18n', 'fonts', 'packed-map', 'package-dir', 'version'];

/** Upward imports kept on purpose: validation measures and words things as the later stages will. */
const kept = new Set([
  // The header must fit page 1: checked when the plan loads, with the layout's own measures.
  'plan/check-plan.ts -> layout/header-limits',
  // {{…}} in plan text is filled when the plan loads, with the view's date words.
  'plan/expand-text.ts -> view/date-words',
  'plan/fill-expressions.ts -> view/date-words',
  'plan/fill-expressions.ts -> view/vietnamese-date',
  // Plan text is checked with the markup parser the model uses, and tables with the model's grid.
  'plan/printed-text.ts -> model/parse-inline',
  'plan/table-checks.ts -> model/table-grid',
  // The view passes the document's metadata through to the model (a type only).
  'view/to-view-model.ts -> model/document-model',
]);

const folderOf = (module: string) => module.split('/')[0]!.replace(/\.ts$/, '');

function crossImports(): string[] {
  return sourceFiles().flatMap((file) =>
    importsOf(file)
      .map((specifier) => resolveInSrc(file, specifier))
      .filter((target): target is string => target !== null && folderOf(target) !== folderOf(file))
      .map((target) => `${file} -> ${target}`),
  );
}

describe('imports between stages', () => {
  const imports = crossImports();
  const upward = imports.filter((edge) => {
    const [from, to] = edge.split(' -> ').map(folderOf) as [string, string];
    if (shared.includes(from)) return !shared.includes(to); // a shared folder imports no stage
    return stages.includes(from) && stages.includes(to) && stages.indexOf(to) > stages.indexOf(from);
  });

  it('go downwards, but for the listed ones', () => {
    expect(upward.filter((edge) => !kept.has(edge))).toEqual([]);
  });

  it('keeps no listed exception that is gone', () => {
    expect([...kept].filter((edge) => !upward.includes(edge))).toEqual([]);
  });

  it('take the decree from src/decree/, not from the layout theme', () => {
    expect(imports.filter((edge) => edge.endsWith(' -> layout/theme') && !/^(layout\/|pipeline\.ts)/.test(edge))).toEqual([]);
    expect(imports).toEqual(expect.arrayContaining(['plan/plan-schema.ts -> decree/page', 'layout/theme.ts -> decree/size-profiles', 'view/to-view-model.ts -> decree/national-title']));
  });
});
