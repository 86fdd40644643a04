import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';

/** The three readings side by side; switching keeps every field and says what the new one asks. */
export function InterpretationStep() {
  const { t } = useTranslation();
  const guides = useAppStore((s) => s.catalog!.interpretations);
  const current = useDesignStore((s) => s.design!.interpretation);
  const update = useDesignStore((s) => s.update);
  const [switchNote, setSwitchNote] = useState<string | null>(null);
  return (
    <div className="interpretation-step">
      <p>{t('interpretationStep.intro')}</p>
      {switchNote && (
        <p className="callout" role="status">
          {switchNote}
        </p>
      )}
      <div className="cards" role="radiogroup" aria-label={t('steps.interpretation')}>
        {guides.map((guide) => {
          const selected = guide.id === current;
          return (
            <div key={guide.id} className={`card card-${guide.id}${selected ? ' card-selected' : ''}`}>
              <h3>{guide.name}</h3>
              <p className="card-tagline">{guide.tagline}</p>
              <p>{guide.summary}</p>
              <h4>{t('start.whenToChoose')}</h4>
              <ul>
                {guide.whenToChoose.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              <h4>{t('interpretationStep.watchOut')}</h4>
              <ul>
                {guide.watchOut.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              <button
                type="button"
                role="radio"
                aria-checked={selected}
                className={`button ${selected ? 'button-selected' : 'button-primary'}`}
                onClick={() => {
                  if (selected) return;
                  update((design) => {
                    design.interpretation = guide.id;
                  });
                  setSwitchNote(`${t('interpretationStep.switched', { name: guide.name })} ${guide.switchNote}`);
                }}
              >
                {selected ? t('interpretationStep.current') : t('interpretationStep.choose')}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
