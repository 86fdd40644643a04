import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignSummary } from '../../../shared/api';
import { api } from '../../state/app-store';
import { openFromLibrary } from '../../state/actions';

/** The library, most recent first, with full-text search as you type. */
export function RecentDesigns() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [designs, setDesigns] = useState<DesignSummary[] | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () => {
        const request = query.trim() ? api()['library.search']({ query }) : api()['library.list']({ limit: 50 });
        request.then((found) => current && setDesigns(found)).catch(() => current && setDesigns([]));
      },
      query ? 150 : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="yours-heading" className="section">
      <h2 id="yours-heading">{t('start.yoursHeading')}</h2>
      <label className="field">
        <span>{t('start.search')}</span>
        <input
          type="search"
          value={query}
          placeholder={t('start.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      {designs === null ? null : designs.length === 0 ? (
        <p className="empty">{query.trim() ? t('start.noMatch', { query }) : t('start.empty')}</p>
      ) : (
        <ul className="design-list" role="list">
          {designs.map((design) => (
            <li key={design.id}>
              <button type="button" className="design-row" onClick={() => void openFromLibrary(design.id)}>
                <span className="design-row-title">{design.title || t('document.untitled')}</span>
                <span className="design-row-meta">
                  {t(`enums.interpretation.${design.interpretation}`)} · {t(`enums.decision.${design.status}`)} ·{' '}
                  {t('start.updated', { date: date.format(new Date(design.updated)) })}
                  {design.readiness !== null && <> · {t('start.readiness', { score: design.readiness })}</>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
