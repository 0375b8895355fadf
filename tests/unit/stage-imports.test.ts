// The stages import downwards only: a stage may use the stages before it (their data types, their helpers) and the
// shared folders, never a stage after it (the guide's "upward imports"). The few that remain are listed, with why.
import { describe, expect, it } from '@jest/globals';
import { importsOf, resolveInSrc, sourceFiles } from '../helpers/source-imports';

/** The pipeline's stages, in order (src/pipeline.ts); cli, next and pipeline.ts above them may import any. */
const stages = ['plan', 'view', 'template', 'model', 'layout', 'render'];

/** Folders below every stage: they import no stage. */
const shared = ['decree', 'errors', 'i18n', 'fonts', 'packed-map', 'package-dir', 'version'];

/**
 * Modules of a later stage that earlier stages may call, on purpose: a plan is checked when it loads, and its checks
 * must measure and word things as the later stages will.
 */
const servesEarlierStages: Record<string, string> = {
  'layout/header-limits': 'the header must fit page 1: checked as the plan loads, with the layout\'s own measures',
  'view/date-words': '{{…}} in plan text is filled as the plan loads, with the view\'s date words',
  'view/vietnamese-date': 'the same: the long date of {{…}}',
  'view/expand-table': 'a table\'s computed rows (numbers, totals) are checked as the view writes them out (tables\' extras)',
  'model/parse-inline': 'plan text is checked with the markup parser the model uses',
  'model/table-grid': 'a table\'s spans are laid on the grid the model and the layout use',
  'model/document-model': 'a type only: the view passes the document\'s metadata through',
};

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

  it('go downwards, but to the modules listed as serving earlier stages', () => {
    expect(upward.filter((edge) => !(edge.split(' -> ')[1]! in servesEarlierStages))).toEqual([]);
  });

  it('list no module that is no longer imported upwards', () => {
    // (A module another branch adds is listed before it exists here: only modules of this tree are checked.)
    const stale = Object.keys(servesEarlierStages).filter((module) => sourceFiles().includes(`${module}.ts`) && !upward.some((edge) => edge.endsWith(` -> ${module}`)));
    expect(stale).toEqual([]);
  });

  it('take the decree from src/decree/, not from the layout theme', () => {
    expect(imports.filter((edge) => edge.endsWith(' -> layout/theme') && !/^(layout\/|pipeline\.ts)/.test(edge))).toEqual([]);
    expect(imports).toEqual(expect.arrayContaining(['plan/plan-parts.ts -> decree/page', 'layout/theme.ts -> decree/size-profiles', 'view/to-view-model.ts -> decree/issuer-kinds']));
  });
});
