// The CLI's window on the world: output streams, environment and language, injected so tests can run it in-process.
import type { Language } from '../i18n/language';

export interface Io {
  stdout(line: string): void;
  stderr(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Set by `run` from --lang and the locale; commands print in it. */
  language?: Language;
}

export const processIo: Io = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

/** Picks the sentence of the io's language. */
export function inLanguage(io: Io, vi: string, en: string): string {
  return io.language === 'en' ? en : vi;
}
