// The language of messages: Vietnamese by default, English with --lang en or an English locale (LANG, LC_ALL).

export type Language = 'vi' | 'en';

/** A sentence in both languages; every message a user sees is written this way. */
export interface Bilingual {
  vi: string;
  en: string;
}

export const say = (vi: string, en: string): Bilingual => ({ vi, en });

/**
 * --lang wins; then LC_ALL, then LANG (the POSIX order); anything not starting with "en" means Vietnamese. A --lang
 * that is neither (refused by the command line) leaves the choice to the locale, so its error is in the user's language.
 */
export function chooseLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  const source = flag === 'vi' || flag === 'en' ? flag : env.LC_ALL || env.LANG || '';
  return /^en/i.test(source) ? 'en' : 'vi';
}

/** Finds a --lang value in raw arguments, before commander parses them (help texts depend on it). */
export function languageFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
