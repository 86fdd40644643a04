import { InvalidArgumentError, type Argument, type Help, type HelpConfiguration, type Option } from 'commander';
import type { CliTranslate } from './i18n';

/**
 * Commander's own words in the CLI's language, through the hooks it offers: the help's titles
 * (styleTitle sees "Usage:", "Options:", "Commands:", …), the "(choices: …)" and "(default: …)"
 * of option descriptions, the parser of an option's choices, and its error messages (outputError
 * sees each one whole: they are matched here by their wording in commander 15, and anything not
 * matched is printed as commander wrote it).
 */

const TITLES: Record<string, string> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Global Options:': 'help.title.globalOptions',
  'Commands:': 'help.title.commands',
};

/** "(choices: …, default: …)" after a description, as commander writes it, in the CLI's language. */
function withExtras(
  t: CliTranslate,
  description: string,
  item: { argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string },
  showDefault: boolean,
): string {
  const extras: string[] = [];
  if (item.argChoices) extras.push(t('help.choices', { choices: item.argChoices.join(', ') }));
  if (item.defaultValue !== undefined && showDefault)
    extras.push(t('help.default', { value: item.defaultValueDescription ?? JSON.stringify(item.defaultValue) }));
  if (extras.length === 0) return description;
  return description ? `${description} (${extras.join('; ')})` : `(${extras.join('; ')})`;
}

/** Overrides of commander's Help (passed to configureHelp, which every subcommand inherits). */
export function commanderHelp(t: CliTranslate): HelpConfiguration & Partial<Help> {
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]) : title),
    optionDescription: (option: Option) =>
      withExtras(t, option.description, option, option.required || option.optional),
    argumentDescription: (argument: Argument) => withExtras(t, argument.description, argument, true),
  };
}

/** An option limited to some values, refusing the others in the CLI's language (not commander's). */
export function choices(option: Option, values: readonly string[], t: CliTranslate): Option {
  return option.choices(values).argParser((value: string) => {
    if (!values.includes(value)) throw new InvalidArgumentError(t('usage.choices', { choices: values.join(', ') }));
    return value;
  });
}

/** Commander's error messages (commander 15): pattern, key, and the names of the captured values. */
const ERRORS: [RegExp, string, string[]][] = [
  [/^error: unknown option '(.+)'$/, 'commander.unknownOption', ['option']],
  [/^error: unknown command '(.+)'$/, 'commander.unknownCommand', ['command']],
  [/^error: missing required argument '(.+)'$/, 'commander.missingArgument', ['argument']],
  [/^error: option '(.+)' argument missing$/, 'commander.optionMissingArgument', ['option']],
  [/^error: required option '(.+)' not specified$/, 'commander.missingMandatoryOption', ['option']],
  [
    /^error: option '(.+?)' argument '(.*)' is invalid\. (.*)$/s,
    'commander.invalidOptionArgument',
    ['option', 'value', 'reason'],
  ],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.+?)'\. (.*)$/s,
    'commander.invalidArgument',
    ['value', 'argument', 'reason'],
  ],
  [/^error: option '(.+)' cannot be used with option '(.+)'$/, 'commander.conflictingOption', ['option', 'other']],
  [
    /^error: too many arguments(?: for '.+')?\. Expected (\d+) arguments? but got (\d+): (.*)\.$/s,
    'commander.excessArguments',
    ['expected', 'received', 'arguments'],
  ],
];

/** One of commander's error messages (ending in a newline) in the CLI's language. */
export function translateCommanderError(message: string, t: CliTranslate): string {
  const text = message.replace(/\n$/, '');
  // "(Did you mean --out?)" on a line of its own after an unknown option or command.
  const [, head = text, suggestion] = /^(.*?)(?:\n\(Did you mean (?:one of )?(.+)\?\))?$/s.exec(text) ?? [];
  for (const [pattern, key, names] of ERRORS) {
    const match = pattern.exec(head);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, match[i + 1]!]));
    const hint = suggestion ? `\n${t('commander.didYouMean', { suggestion })}` : '';
    return `${t(key, params)}${hint}\n`;
  }
  return message;
}
