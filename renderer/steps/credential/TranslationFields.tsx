import { useTranslation } from 'react-i18next';
import { MAX_SHORT_TEXT, MAX_TRANSLATIONS, type Design } from '../../../shared/model';
import { FieldGroup, LongTextField, SelectField, TextField } from '../../components/fields';
import { useLanguageName } from '../../i18n/language-name';
import { useDesignStore } from '../../state/design-store';

/**
 * Further languages of the design's own texts: for each, the title and summary here (the outcomes
 * are translated beside each outcome in the outcomes step). A bilingual specification and the
 * language maps of Europass and Open Badges exports use them.
 */
export function TranslationFields({ languages }: { languages: readonly string[] }) {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design!);
  const update = useDesignStore((s) => s.update);
  const languageName = useLanguageName();
  const taken = new Set([design.language, ...design.translations.map((translation) => translation.language)]);
  const addable = languages.filter((code) => !taken.has(code));
  const editTranslation = (language: string, recipe: (translation: Design['translations'][number]) => void) =>
    update((d) => {
      const translation = d.translations.find((candidate) => candidate.language === language);
      if (translation) recipe(translation);
    });

  return (
    <FieldGroup legend={t('translations.legend')} hint={t('translations.intro')} field="overview.translations">
      {design.translations.map((translation) => {
        const name = languageName(translation.language);
        const path = `overview.translations.${translation.language}`;
        return (
          <div className="translation" key={translation.language}>
            <TextField
              label={t('translations.title', { language: name })}
              field={`${path}.title`}
              value={translation.title}
              maxLength={MAX_SHORT_TEXT}
              onChange={(v) => editTranslation(translation.language, (tr) => void (tr.title = v))}
            />
            <LongTextField
              label={t('translations.summary', { language: name })}
              field={`${path}.summary`}
              value={translation.summary}
              rows={3}
              onChange={(v) => editTranslation(translation.language, (tr) => void (tr.summary = v))}
            />
            <button
              type="button"
              className="button-quiet"
              onClick={() =>
                update(
                  (d) => void (d.translations = d.translations.filter((tr) => tr.language !== translation.language)),
                )
              }
            >
              {t('translations.remove', { language: name })}
            </button>
          </div>
        );
      })}
      {addable.length > 0 && design.translations.length < MAX_TRANSLATIONS && (
        <SelectField
          label={t('translations.add')}
          hint={design.translations.length === 0 ? t('translations.addHint') : undefined}
          field="overview.translations.add"
          value={null}
          emptyLabel={t('common.choose')}
          options={addable.map((code) => [code, languageName(code)] as const)}
          onChange={(code) =>
            code && update((d) => void d.translations.push({ language: code, title: '', summary: '', outcomes: {} }))
          }
        />
      )}
    </FieldGroup>
  );
}
