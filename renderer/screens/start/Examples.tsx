import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExampleSummary } from '../../../shared/api';
import { api } from '../../state/app-store';
import { openExample } from '../../state/actions';

/** The shipped examples; each opens as the user's own copy (for review when `review` is set). */
export function Examples({ review = false }: { review?: boolean }) {
  const { t } = useTranslation();
  const [examples, setExamples] = useState<ExampleSummary[]>([]);
  useEffect(() => {
    const listExamples = api()['catalog.examples'];
    listExamples({}).then(setExamples, () => setExamples([]));
  }, []);
  return (
    <section aria-labelledby="examples-heading" className="section">
      <h2 id="examples-heading">{t('start.examplesHeading')}</h2>
      <p className="muted">{t('start.examplesIntro')}</p>
      <ul className="design-list" role="list">
        {examples.map((example) => (
          <li key={example.id} className="example-row">
            <span>
              <span className="design-row-title">{example.title}</span>
              <span className="design-row-meta">{t(`enums.interpretation.${example.interpretation}`)}</span>
            </span>
            <button
              type="button"
              className="button"
              aria-label={`${t('start.openExample')}: ${example.title}`}
              onClick={() => void openExample(example.id, { review })}
            >
              {t('start.openExample')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
