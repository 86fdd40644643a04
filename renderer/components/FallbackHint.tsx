import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';

/**
 * Says when a piece of reference data (a reading's guidance, a framework) is shown in English
 * because the UI language has no translation of it yet; nothing otherwise.
 */
export function FallbackHint({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const catalog = useAppStore((s) => s.catalog);
  const part = catalog?.parts.find((p) => p.id === id);
  if (!catalog || !part || part.language === catalog.language) return null;
  const language =
    new Intl.DisplayNames([i18n.language], { type: 'language' }).of(catalog.language) ?? catalog.language;
  return (
    <p className="fallback-hint">
      <span lang={i18n.language}>{t('language.shownInEnglish', { language })}</span>
    </p>
  );
}
