// commander's own words in the language of the run: the help's headings and "(default: …)", and its errors (unknown
// option, missing argument…), which commander builds in English and which are told here by their code.
import { Command, CommanderError, Help, type Argument, type HelpConfiguration, type Option } from 'commander';
import { say, type Bilingual, type Language } from '../i18n/language';

const titles: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Tham số:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Lệnh:',
};

/** "[options]" and "[command]" in a usage line, as commander writes them. */
const placeholders = (usage: string) => usage.replace(/(^| )\[options\]/g, '$1[tùy chọn]').replace(/(^| )\[command\]/g, '$1[lệnh]');

/** "(default: "out")", "(choices: "vi", "en")" in Vietnamese. */
function extras(item: Option | Argument, description: string): string {
  const info: string[] = [];
  if (item.argChoices) info.push(`chọn một trong: ${item.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`);
  const option = 'flags' in item ? item : undefined;
  const shown = option ? option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean') : true;
  if (item.defaultValue !== undefined && shown) info.push(`mặc định: ${item.defaultValueDescription ?? JSON.stringify(item.defaultValue)}`);
  if (option?.presetArg !== undefined && option.optional) info.push(`khi không ghi giá trị: ${JSON.stringify(option.presetArg)}`);
  if (option?.envVar !== undefined) info.push(`biến môi trường: ${option.envVar}`);
  return info.length === 0 ? description : `${description ? `${description} ` : ''}(${info.join(', ')})`;
}

/**
 * The help in the run's language, for configureHelp: commander's documented Help methods, overridden only in
 * Vietnamese (its English is kept as it is). Every command's help also lists the options of `plan` itself (--lang,
 * --debug), which commander takes after the command's name too.
 */
export function helpInLanguage(language: Language): HelpConfiguration {
  if (language === 'en') return { showGlobalOptions: true };
  return {
    showGlobalOptions: true,
    styleTitle: (title) => titles[title] ?? title,
    commandUsage(command) {
      return placeholders(Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(command) {
      return placeholders(Help.prototype.subcommandTerm.call(this, command));
    },
    optionDescription: (option) => extras(option, option.description),
    argumentDescription: (argument) => extras(argument, argument.description),
  };
}

/** commander's suggestion, "\n(Did you mean --out?)", in Vietnamese. */
const suggestion = (message: string) =>
  message.replace(/\n\(Did you mean (one of )?(.*)\?\)$/, (_, many: string | undefined, names: string) => `\n(có phải ý bạn là ${many ? 'một trong ' : ''}${names}?)`);

/** Each of commander's errors (by its code) in Vietnamese, from the parts of its English message. */
const vietnamese: Record<string, [RegExp, (...parts: string[]) => string]> = {
  'commander.unknownOption': [/^error: unknown option '(.*?)'/, (flag) => `lỗi: không có tùy chọn '${flag}'`],
  'commander.unknownCommand': [/^error: unknown command '(.*?)'/, (name) => `lỗi: không có lệnh '${name}'`],
  'commander.missingArgument': [/^error: missing required argument '(.*)'/, (name) => `lỗi: thiếu tham số bắt buộc '${name}'`],
  'commander.optionMissingArgument': [/^error: option '(.*)' argument missing/, (flags) => `lỗi: tùy chọn '${flags}' cần một giá trị`],
  'commander.missingMandatoryOptionValue': [/^error: required option '(.*)' not specified/, (flags) => `lỗi: thiếu tùy chọn bắt buộc '${flags}'`],
  'commander.excessArguments': [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (name, expected, got) => `lỗi: thừa tham số${name ? ` cho lệnh '${name}'` : ''}: lệnh nhận ${expected} tham số, nhưng có ${got}`,
  ],
  'commander.invalidArgument': [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s,
    (flags, value, choices) => `lỗi: tùy chọn '${flags}' không nhận giá trị '${value}'; chọn một trong: ${choices}`,
  ],
};

/** The message of a commander error in both languages (English as commander wrote it); kept for --json's report. */
const told = new WeakMap<CommanderError, Bilingual>();

export function commanderErrorText(error: CommanderError): Bilingual {
  return told.get(error) ?? say(error.message, error.message);
}

/** commander's error message (with its "error: " and suggestion) in both languages. */
function translateError(message: string, code: string | undefined): Bilingual {
  const rule = code === undefined ? undefined : vietnamese[code];
  const parts = rule?.[0].exec(message);
  if (!rule || !parts) return say(message.replace(/^error: /, 'lỗi: '), message);
  const rest = message.slice(parts[0].length);
  return say(suggestion(rule[1](...parts.slice(1).map((part) => part ?? '')) + rest), message);
}

/** A commander Command whose errors are said in the run's language; its subcommands are made the same. */
export class LocalizedCommand extends Command {
  constructor(
    readonly language: Language,
    name?: string,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new LocalizedCommand(this.language, name);
  }

  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    const text = translateError(message, options?.code);
    try {
      super.error(text[this.language], options);
    } catch (error) {
      if (error instanceof CommanderError) told.set(error, { vi: text.vi.replace(/^lỗi: /, ''), en: text.en.replace(/^error: /, '') });
      throw error;
    }
  }
}
