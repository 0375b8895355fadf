// The CLI's window on the world: output streams, environment and language, injected so tests can run it in-process.
import type { Language } from '../i18n/language';
import { stopNow } from './write-atomically';

export interface Io {
  stdout(line: string): void;
  stderr(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Set by `run` from --lang and the locale; commands print in it. */
  language?: Language;
}

/** Exit code when the reader of stdout or stderr went away: 128 + SIGPIPE, as a Unix tool killed by SIGPIPE. */
export const closedOutputExitCode = 141;

let guarded = false;

/**
 * `plan … | head -c 1`: the reader closed the pipe, and the next write fails (EPIPE). plan stops there, quietly, as
 * Unix tools do. The failure comes as an event, between two steps, never in the middle of writing a file.
 */
function stopWhenClosed(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => stopNow(closedOutputExitCode));
}

export const processIo: Io = {
  stdout: (line) => {
    stopWhenClosed();
    process.stdout.write(`${line}\n`);
  },
  stderr: (line) => {
    stopWhenClosed();
    process.stderr.write(`${line}\n`);
  },
  env: process.env,
};

/** Picks the sentence of the io's language. */
export function inLanguage(io: Io, vi: string, en: string): string {
  return io.language === 'en' ? en : vi;
}
