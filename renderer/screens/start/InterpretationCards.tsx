import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';
import { newDesign } from '../../state/actions';

/** The three readings side by side: what each is and when to choose it, one button each. */
export function InterpretationCards() {
  const { t } = useTranslation();
  const guides = useAppStore((s) => s.catalog!.interpretations);
  return (
    <section aria-labelledby="new-heading" className="section">
      <h2 id="new-heading">{t('start.newHeading')}</h2>
      <p className="muted">{t('start.newIntro')}</p>
      <ul className="cards" role="list">
        {guides.map((guide) => (
          <li key={guide.id} className={`card card-${guide.id}`}>
            <p className="card-number" aria-hidden="true">
              {guide.number}
            </p>
            <h3>{guide.name}</h3>
            <p className="card-tagline">{guide.tagline}</p>
            <p>{guide.summary}</p>
            <details>
              <summary>{t('start.whenToChoose')}</summary>
              <ul>
                {guide.whenToChoose.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </details>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void newDesign(guide.id, t('start.untitled', { name: guide.name }))}
            >
              {t('start.startWith', { name: guide.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
