import { InvalidArgumentError, Option } from 'commander';

/** Option values are checked as they are parsed: a wrong one ends in a sentence and exit 2. */

export function wholeNumber(option: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || number < min || number > max)
      throw new InvalidArgumentError(`${option} must be a whole number from ${min} to ${max}.`);
    return number;
  };
}

export function nonEmpty(option: string, what: string): (value: string) => string {
  return (value) => {
    if (value.trim() === '') throw new InvalidArgumentError(`${option} needs ${what}.`);
    return value;
  };
}

/** --library, shared by every command that uses the library. */
export const libraryOption = () =>
  new Option('--library <dir>', 'library folder (default: the app’s own, or $CHALLENGE_DESIGNER_LIBRARY)').argParser(
    nonEmpty('--library', 'a folder'),
  );
