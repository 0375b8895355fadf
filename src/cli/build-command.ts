// `plan build`: builds one plan into the requested formats and writes them into the output folder.
import fs from 'node:fs';
import { formats, buildPlanFile, outputPath, type Format } from '../pipeline';
import { UsageError } from '../errors';
import { writeAtomically } from './write-atomically';
import { inLanguage, type Io } from './io';
import { formatDiagnostic } from './format-diagnostic';

export interface BuildCommandOptions {
  out: string;
  format: string;
  template?: string;
}

export function parseFormats(value: string): Format[] {
  const asked = value.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
  const unknown = asked.filter((part) => !(formats as readonly string[]).includes(part));
  if (unknown.length || asked.length === 0)
    throw new UsageError(`định dạng không hợp lệ: "${value}"; chọn docx, pdf hoặc docx,pdf`, `unknown format "${value}"; choose docx, pdf or docx,pdf`);
  return formats.filter((format) => asked.includes(format));
}

export async function buildCommand(planFile: string, options: BuildCommandOptions, io: Io): Promise<void> {
  const chosen = parseFormats(options.format);
  if (!fs.existsSync(planFile)) throw new UsageError(`không tìm thấy tệp kế hoạch "${planFile}"`, `plan file "${planFile}" not found`);
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const result = await buildPlanFile(planFile, {
    formats: chosen,
    templateDir: options.template,
    sourceDateEpoch: epoch && /^\d+$/.test(epoch) ? Number(epoch) : undefined,
  });
  for (const warning of result.warnings) io.stderr(formatDiagnostic(warning, io.language));
  // Every format is built in memory first; files are written only when all succeeded.
  for (const document of result.documents) {
    const file = outputPath(options.out, planFile, document.format);
    writeAtomically(file, document.bytes);
    const size = Math.round(document.bytes.length / 1024);
    io.stderr(inLanguage(io, `đã ghi ${file} (${size} KB)`, `wrote ${file} (${size} KB)`));
    io.stdout(file);
  }
}
