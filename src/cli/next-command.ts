// `plan next`: writes next year's plan beside this year's and prints what a person must still review.
import { nextFileName, nextYear } from '../next/next-year';
import { readPlanSource } from '../plan/read-plan-file';
import { encodeText } from '../plan/text-encoding';
import { inLanguage, type Io } from './io';
import { refuseEmptyPath } from './refuse-empty-path';
import { refuseOutputsOnInputs } from './same-file';
import { refuseOverwrite, scratchFiles, whileWriting, writeAtomically } from './write-atomically';

export function nextCommand(planFile: string, options: { out?: string; force?: boolean }, io: Io): void {
  refuseEmptyPath({ vi: '--out', en: '--out' }, options.out);
  // Next year's plan is written in the encoding this year's was read in (a Notepad "Unicode" file stays one).
  const { text: source, encoding } = readPlanSource(planFile);
  const result = nextYear(source, planFile);
  const target = options.out ?? nextFileName(planFile, result.year);
  // Never the plan it reads, not even with --force (through a link or in other letter case either).
  refuseOutputsOnInputs([target, ...scratchFiles(target)], [planFile]);
  refuseOverwrite(target, options.force);
  whileWriting(() => writeAtomically({ file: target, bytes: encodeText(result.text, encoding) }));
  io.stderr(inLanguage(io, `đã ghi ${target}; cần xem lại:`, `wrote ${target}; still to review:`));
  for (const item of result.checklist) io.stderr(`  - ${io.language === 'en' ? item.en : item.vi}`);
  io.stdout(target);
}
