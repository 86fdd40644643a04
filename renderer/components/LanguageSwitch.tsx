import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName, uiLanguages } from '../i18n';
import { switchLanguage } from '../state/language';

/** The UI language, each language named in its own words ("Deutsch", "Ελληνικά"). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={i18n.language} onChange={(event) => void switchLanguage(event.target.value)}>
        {uiLanguages().map((language) => (
          <option key={language} value={language} lang={language}>
            {languageName(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
