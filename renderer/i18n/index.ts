import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { capitalise as capitaliseIn, DEFAULT_LANGUAGE, SHARED_RESOURCES } from '../../shared/i18n';
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
  return i18next;
}

/** capitalise() in the UI's language. */
export const capitalise = (text: string, language = i18next.language) => capitaliseIn(text, language);
