import i18next, { type TFunction } from 'i18next';
import { SEVERITIES, type Severity } from '../../shared/checks';
import { initReactI18next } from 'react-i18next';
import {
  addMessageFormatters,
  capitalise as capitaliseIn,
  DEFAULT_LANGUAGE,
  localesFrom,
  ownLanguageName,
  pickLanguage,
  SHARED_RESOURCES,
  type Messages,
} from '../../shared/i18n';
import { PSEUDO_LOCALE, pseudoLocalise } from './pseudo';

/** UI strings per language, found from locales/*.json; shared messages (checks, Annex I, enums) come from shared/i18n. */
const UI_RESOURCES = localesFrom(import.meta.glob<Messages>('./locales/*.json', { eager: true, import: 'default' }));

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

function resources(): Record<string, Messages> {
  const languages = new Set([...Object.keys(SHARED_RESOURCES), ...Object.keys(UI_RESOURCES)]);
  const all = Object.fromEntries(
    [...languages].map((lang) => [lang, { ...SHARED_RESOURCES[lang], ...UI_RESOURCES[lang] }]),
  );
  if (storage()?.getItem(PSEUDO_STORAGE_KEY) === '1') all[PSEUDO_LOCALE] = pseudoLocalise(all[DEFAULT_LANGUAGE]!);
  return all;
}

/** The UI languages: every language with UI messages, English first, then by code; the pseudo-locale last. */
export function uiLanguages(): string[] {
  const rank = (language: string) => (language === DEFAULT_LANGUAGE ? 0 : language === PSEUDO_LOCALE ? 2 : 1);
  return Object.keys(i18next.options.resources ?? UI_RESOURCES).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
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

export function initI18n(language?: string) {
  const all = resources();
  const lng = language ?? initialLanguage(Object.keys(all));
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(Object.entries(all).map(([lang, messages]) => [lang, { translation: messages }])),
  });
  addMessageFormatters(i18next);
  if (globalThis.document) globalThis.document.documentElement.lang = lng;
  return i18next;
}

/** Switches the UI language and remembers it; the caller reloads what depends on it (the catalog). */
export async function changeUiLanguage(language: string): Promise<void> {
  await i18next.changeLanguage(language);
  storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  if (globalThis.document) globalThis.document.documentElement.lang = language;
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
