import {
  DEFAULT_LANGUAGE,
  localesFrom,
  messageAt,
  pickLanguage,
  supportedLanguage,
  type Messages,
} from '../../shared/i18n/languages';
import sharedEnglish from '../../shared/i18n/locales/en.json';
import english from './locales/en.json';

/**
 * What the CLI itself says (help, results, usage errors), in the user's language: `--lang`, else
 * the POSIX locale, else English. A language is added as locales/<lang>.json.
 *
 * The messages use i18next's syntax ({{name}}, key_one/key_few/key_other, checked by
 * test/unit/i18n/parity.test.ts) but are read by the few lines below, not by i18next: `--help`,
 * `validate`, `list` and `search` must start without loading it (0.02-0.03 s;
 * test/integration/build/lazy-documents.test.ts).
 */
const CLI_LOADERS = localesFrom(import.meta.glob<Messages>('./locales/*.json', { import: 'default' }));

/**
 * The error messages (ServiceError, design-file problems: `errors.*`) are shared with the app and
 * live in the shared catalogue: the CLI takes that subtree of the chosen language's file, and the
 * document names some of them mention.
 */
function errorMessagesOf(shared: Messages | undefined): Messages {
  const document = shared?.['document'] as Messages | undefined;
  return { errors: shared?.['errors'], document: { kind: document?.['kind'] } };
}
const SHARED_LOADERS = localesFrom(
  import.meta.glob<Messages>('../../shared/i18n/locales/*.json', { import: 'default' }),
);

/** English, always there: the fallback of every key. The other languages load when chosen (a chunk each). */
const ENGLISH: Record<string, Messages> = { [DEFAULT_LANGUAGE]: { ...english, ...errorMessagesOf(sharedEnglish) } };

/** The languages the CLI speaks, English first (codes compared as ASCII: a collator would cost --help some 8 ms). */
export const cliLanguages = (): string[] =>
  Object.keys(CLI_LOADERS).sort((a, b) => (a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a < b ? -1 : 1));

export type CliParams = Record<string, string | number>;

/** A CLI message in one language; numbers are written as that language writes them (7,5 in French). */
export interface CliTranslate {
  (key: string, params?: CliParams): string;
  readonly language: string;
}

/**
 * A translator over loaded messages (English only unless given). A key missing in the language falls back to
 * English, a key missing in English shows itself (the parity test keeps that from happening).
 * With a numeric `count`, the plural form of the language is chosen (Romanian one/few/other).
 */
export function cliTranslator(language: string, resources: Record<string, Messages> = ENGLISH): CliTranslate {
  const catalogs = [resources[language], resources[DEFAULT_LANGUAGE]];
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const formatNumber = (value: number) =>
    (numbers ??= new Intl.NumberFormat(language, { maximumFractionDigits: 1 })).format(value);
  const find = (key: string, count: unknown) => {
    const forms =
      typeof count === 'number'
        ? [`${key}_${(plurals ??= new Intl.PluralRules(language)).select(count)}`, `${key}_other`, key]
        : [key];
    for (const messages of catalogs)
      for (const form of forms) {
        const text = messageAt(messages, form);
        if (text !== undefined) return text;
      }
    return key;
  };
  const t = (key: string, params: CliParams = {}) =>
    find(key, params.count).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
    });
  return Object.assign(t, { language });
}

/** The translator for one of the CLI's languages, with its messages loaded. */
export async function loadCliTranslator(language: string): Promise<CliTranslate> {
  const load = language === DEFAULT_LANGUAGE ? undefined : CLI_LOADERS[language];
  if (!load) return cliTranslator(language, ENGLISH);
  const [messages, shared] = await Promise.all([load(), SHARED_LOADERS[language]?.()]);
  return cliTranslator(language, { ...ENGLISH, [language]: { ...messages, ...errorMessagesOf(shared) } });
}

/** "fr_BE.UTF-8@euro" → "fr-BE"; the C and POSIX locales (any encoding) → null. */
function localeTag(value: string | undefined): string | null {
  const tag = (value ?? '').split(/[.@]/)[0]!.trim();
  return tag === '' || tag === 'C' || tag === 'POSIX' ? null : tag;
}

/**
 * The language the environment asks for, as gettext reads it: the first set of LC_ALL,
 * LC_MESSAGES and LANG names the locale; under a locale other than C, GNU's LANGUAGE list
 * ("sv:de") comes first. Unset, C or POSIX: English.
 */
export function environmentLanguage(env: NodeJS.ProcessEnv, available = cliLanguages()): string {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const tag = localeTag(locale);
  if (tag === null) return DEFAULT_LANGUAGE;
  const wanted = (env.LANGUAGE ?? '').split(':').map(localeTag);
  return pickLanguage([...wanted.filter((t): t is string => t !== null), tag], available);
}

/** The value of `--lang` in the arguments (before any `--`), if given. */
export function langArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') value = argv[++i];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value;
}

/** The CLI's language: `--lang` when it names one the CLI speaks, else the environment's. */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const asked = langArgument(argv);
  const available = cliLanguages();
  return (asked !== undefined && supportedLanguage(asked, available)) || environmentLanguage(env, available);
}
