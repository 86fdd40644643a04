import { useTranslation } from 'react-i18next';

/** Names a language code in the UI's language ("fr" → "French", "francese"). */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (code: string) => names.of(code) ?? code;
}
