import i18next, { type TFunction } from 'i18next';
import { SEVERITIES, type Severity } from '../../shared/checks';
import { initReactI18next } from 'react-i18next';
import {
  addMessageFormatters,
  capitalise as capitaliseIn,
  DEFAULT_LANGUAGE,
  SHARED_RESOURCES,
} from '../../shared/i18n';
import en from './locales/en.json';

/** UI strings per language; shared messages (checks, Annex I, enums) come from shared/i18n. */
const UI_RESOURCES: Record<string, Record<string, unknown>> = { en };

export function initI18n(language = DEFAULT_LANGUAGE) {
  const languages = new Set([...Object.keys(SHARED_RESOURCES), ...Object.keys(UI_RESOURCES)]);
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(
      [...languages].map((lang) => [lang, { translation: { ...SHARED_RESOURCES[lang], ...UI_RESOURCES[lang] } }]),
    ),
  });
  addMessageFormatters(i18next);
  return i18next;
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
