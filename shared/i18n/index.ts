import i18next, { type i18n, type TFunction } from 'i18next';
import type { Finding } from '../checks/types';
import { capitalise } from './case';
import { DEFAULT_LANGUAGE, localesFrom, type Messages } from './languages';

/**
 * Messages shared by the UI, the CLI and the documents (check findings, Annex I labels, enum
 * names). English is complete; a language is added by dropping in locales/<lang>.json with
 * the same keys: missing keys fall back to English.
 */
export const SHARED_RESOURCES = localesFrom(
  import.meta.glob<Messages>('./locales/*.json', { eager: true, import: 'default' }),
);

/** A language's own name, capitalised as it would start a line ("français" → "Français", "Ελληνικά"). */
export function ownLanguageName(language: string): string {
  let name = language;
  try {
    name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  } catch {
    // not a valid tag: its code is its name
  }
  return capitalise(name, language);
}

export type Translate = TFunction;

/** A synchronous translator for one language (i18next, so the UI and documents use one syntax). */
export function createTranslator(language: string, extra: Record<string, Record<string, unknown>> = {}): Translate {
  if (Object.keys(extra).length > 0) return makeTranslator(language, extra);
  let made = translators.get(language);
  if (!made) translators.set(language, (made = makeTranslator(language, extra)));
  return made;
}

/**
 * One translator per language over the shared messages: a translator only reads, and callers ask
 * for one per document, per file checked or per question shown (an i18next instance copies its
 * language's messages: ~1 ms each).
 */
const translators = new Map<string, Translate>();

function makeTranslator(language: string, extra: Record<string, Record<string, unknown>>): Translate {
  const instance = i18next.createInstance();
  // Only what i18next can reach from `language`: itself, its primary language ("fr-BE" → "fr") and
  // the fallback. Handing it all eight languages made every translator (one per document, per
  // check run) copy every language's messages.
  const reachable = new Set([language, language.split('-')[0]!, DEFAULT_LANGUAGE]);
  const languages = [...new Set([...Object.keys(SHARED_RESOURCES), ...Object.keys(extra)])].filter((lang) =>
    reachable.has(lang),
  );
  const resources = Object.fromEntries(
    languages.map((lang) => [lang, { translation: { ...SHARED_RESOURCES[lang], ...extra[lang] } }]),
  );
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addMessageFormatters(instance);
  return instance.t;
}

/**
 * Formatters the messages use beyond i18next's own: "{{language, languageName}}" names a language
 * code in the message's language ("fr" → "French", "francese"). Every i18next instance that shows
 * shared messages (the UI's too) adds them.
 */
export function addMessageFormatters(instance: Pick<i18n, 'services'>): void {
  instance.services.formatter?.add('languageName', (value: unknown, lng: string | undefined) => {
    const code = String(value);
    try {
      return new Intl.DisplayNames([lng ?? DEFAULT_LANGUAGE], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  });
}

/** Params whose values are codes to be shown by their translated name (lists are comma-separated). */
const PARAM_LABELS: Record<string, string> = {
  element: 'annex',
  elements: 'annex',
  phase: 'enums.phase',
  type: 'enums.learningType',
  aspects: 'enums.agreement',
  fields: 'enums.challengeField',
  verbLevel: 'enums.bloom',
  level: 'enums.bloom',
};

/** The finding as a sentence in the translator's language. */
export function formatFinding(t: Translate, finding: Pick<Finding, 'messageKey' | 'params'>): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(finding.params)) {
    const namespace = PARAM_LABELS[name];
    params[name] = namespace
      ? String(value)
          .split(',')
          .map((code) => t(`${namespace}.${code}`))
          .join(', ')
      : value;
  }
  return t(finding.messageKey, params);
}

export * from './case';
export * from './numbers';
export * from './languages';
