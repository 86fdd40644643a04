import i18next, { type TFunction } from 'i18next';
import { SEVERITIES, type Severity } from '../../shared/checks';
import { initReactI18next } from 'react-i18next';
import {
  addMessageFormatters,
  capitalise as capitaliseIn,
  DEFAULT_LANGUAGE,
  ownLanguageName,
  pickLanguage,
  SHARED_RESOURCES,
  type Messages,
} from '../../shared/i18n';
import ENGLISH_UI from './locales/en.json';
import { PSEUDO_LOCALE, pseudoLocalise } from './pseudo';

/**
 * UI strings per language, found from locales/*.json; shared messages (checks, Annex I, enums)
 * come from shared/i18n. English is in the bundle (it is every language's fallback); each other
 * language is a chunk of its own, loaded when it is chosen: the app starts with two languages'
 * strings, not eight (about 100 KB less to read and parse at start).
 */
const UI_LOADERS: Record<string, () => Promise<Messages>> = Object.fromEntries(
  Object.entries(import.meta.glob<Messages>(['./locales/*.json', '!./locales/en.json'], { import: 'default' })).map(
    ([path, load]) => [/([^/]+)\.json$/.exec(path)![1]!, load],
  ),
);

/** Where the chosen UI language is remembered (per browser profile; the desktop shell is told too). */
export const LANGUAGE_STORAGE_KEY = 'ui-language';
/** Set to "1" to offer the pseudo-locale (longer, accented English) for checking layouts. */
export const PSEUDO_STORAGE_KEY = 'ui-pseudo-locale';

const storage = () => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked (private mode, a sandboxed frame)
  }
};

const pseudoOffered = () => storage()?.getItem(PSEUDO_STORAGE_KEY) === '1';
const englishMessages = (): Messages => ({ ...SHARED_RESOURCES[DEFAULT_LANGUAGE], ...ENGLISH_UI });

/** The UI languages: every language with UI messages, English first, then by code; the pseudo-locale last. */
export function uiLanguages(): string[] {
  const rank = (language: string) => (language === DEFAULT_LANGUAGE ? 0 : language === PSEUDO_LOCALE ? 2 : 1);
  return [DEFAULT_LANGUAGE, ...Object.keys(UI_LOADERS), ...(pseudoOffered() ? [PSEUDO_LOCALE] : [])].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
}

/**
 * The UI language at start: the one chosen before, else the first of the browser's (or the
 * operating system's, in the desktop app) languages the app has, else English.
 */
export function initialLanguage(available: readonly string[]): string {
  const stored = storage()?.getItem(LANGUAGE_STORAGE_KEY);
  if (stored && available.includes(stored)) return stored;
  const preferred = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? ''];
  return pickLanguage(preferred, available);
}

/**
 * Starts i18next in English, synchronously (tests and the first paint can use it at once), and
 * returns it with the language to show: call `loadUiLanguage(language)` before showing it.
 */
export function initI18n(language?: string) {
  const lng = language ?? initialLanguage(uiLanguages());
  void i18next.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: { [DEFAULT_LANGUAGE]: { translation: englishMessages() } },
  });
  addMessageFormatters(i18next);
  if (globalThis.document) globalThis.document.documentElement.lang = DEFAULT_LANGUAGE;
  return { i18n: i18next, language: lng };
}

/**
 * Loads a UI language's messages (once) and switches to it. False for a language the app does
 * not have; a chunk that cannot be loaded rejects and the UI stays as it was.
 */
export async function loadUiLanguage(language: string): Promise<boolean> {
  if (!uiLanguages().includes(language)) return false;
  if (!i18next.hasResourceBundle(language, 'translation')) {
    const messages =
      language === PSEUDO_LOCALE
        ? pseudoLocalise(englishMessages())
        : { ...SHARED_RESOURCES[language], ...(await UI_LOADERS[language]!()) };
    i18next.addResourceBundle(language, 'translation', messages, true, true);
  }
  await i18next.changeLanguage(language);
  if (globalThis.document) globalThis.document.documentElement.lang = language;
  return true;
}

/** Switches the UI language and remembers it; the caller reloads what depends on it (the catalog). */
export async function changeUiLanguage(language: string): Promise<boolean> {
  if (!(await loadUiLanguage(language))) return false;
  storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  return true;
}

const names = new Map<string, string>();
/** A language's own name ("Français", "Ελληνικά"), for the language switch. */
export function languageName(language: string): string {
  if (language === PSEUDO_LOCALE) return 'Ëñğłîšħ (pšéûðö)';
  let name = names.get(language);
  if (name === undefined) names.set(language, (name = ownLanguageName(language)));
  return name;
}

/** capitalise() in the UI's language. */
export const capitalise = (text: string, language = i18next.language) => capitaliseIn(text, language);

/**
 * "0 errors, 1 warning, 2 pieces of advice": each count with its plural form, listed the way
 * the language lists things.
 */
export function severityCounts(
  t: TFunction,
  counts: Partial<Record<Severity, number>>,
  language = i18next.language,
): string {
  const parts = SEVERITIES.filter((severity) => counts[severity] !== undefined).map((severity) =>
    t(`severityCount.${severity}`, { count: counts[severity] }),
  );
  return new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format(parts);
}
