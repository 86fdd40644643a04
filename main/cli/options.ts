import { InvalidArgumentError, Option } from 'commander';
import type { CliTranslate } from './i18n';

/** Option values are checked as they are parsed: a wrong one ends in a sentence and exit 2. */

export function wholeNumber(option: string, min: number, max: number, t: CliTranslate): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || number < min || number > max)
      throw new InvalidArgumentError(t('usage.wholeNumber', { option, min: String(min), max: String(max) }));
    return number;
  };
}

/** What an option needs when given an empty value (usage.needs.<what>). */
export type NeededValue = 'fileName' | 'languageCode' | 'folder';

export function nonEmpty(option: string, what: NeededValue, t: CliTranslate): (value: string) => string {
  return (value) => {
    if (value.trim() === '') throw new InvalidArgumentError(t(`usage.needs.${what}`, { option }));
    return value;
  };
}

/** --library, shared by every command that uses the library. */
export const libraryOption = (t: CliTranslate) =>
  new Option('--library <dir>', t('help.opt.library')).argParser(nonEmpty('--library', 'folder', t));
