// `plan next`: writes next year's plan beside this year's and prints what a person must still review.
import { nextFileName, nextYear } from '../next/next-year';
import { readPlanFile } from '../plan/read-plan-file';
import { inLanguage, type Io } from './io';
import { refuseEmptyPath } from './refuse-empty-path';
import { refuseOutputsOnInputs } from './same-file';
import { refuseOverwrite, scratchFiles, whileWriting, writeAtomically } from './write-atomically';

export function nextCommand(planFile: string, options: { out?: string; force?: boolean }, io: Io): void {
  refuseEmptyPath({ vi: '--out', en: '--out' }, options.out);
  const source = readPlanFile(planFile);
  const result = nextYear(source, planFile);
  const target = options.out ?? nextFileName(planFile, result.year);
  // Never the plan it reads, not even with --force (through a link or in other letter case either).
  refuseOutputsOnInputs([target, ...scratchFiles(target)], [planFile]);
  refuseOverwrite(target, options.force);
  whileWriting(() => writeAtomically({ file: target, bytes: Buffer.from(result.text, 'utf8') }));
  io.stderr(inLanguage(io, `đã ghi ${target}; cần xem lại:`, `wrote ${target}; still to review:`));
  for (const item of result.checklist) io.stderr(`  - ${io.language === 'en' ? item.en : item.vi}`);
  io.stdout(target);
}
