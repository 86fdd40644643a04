import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignSummary } from '../../../shared/api';
import { Dialog } from '../../components/Dialog';
import { deleteForGood, duplicateDesign, openFromLibrary, restoreFromTrash, trashDesign } from '../../state/actions';
import { api, useAppStore } from '../../state/app-store';
import { journal } from '../../state/journal';
import { HistoryDialog } from './HistoryDialog';

/** One action on a design of the list; its name starts with the visible label ("Duplicate: Heat plan"). */
function RowAction({
  label,
  named,
  design,
  run,
  primary = false,
}: {
  label: string;
  /** Message key of the full name, with {{title}}. */
  named: string;
  design: DesignSummary;
  run: (design: DesignSummary) => void;
  primary?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={primary ? 'button' : 'button-quiet'}
      aria-label={t(named, { title: design.title || t('document.untitled') })}
      onClick={() => run(design)}
    >
      {label}
    </button>
  );
}

/**
 * The library, most recent first, with full-text search as you type; per design its history,
 * a duplicate and the trash. The trash view restores designs or deletes them for good.
 */
export function RecentDesigns() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [view, setView] = useState<'library' | 'trash'>('library');
  const [designs, setDesigns] = useState<DesignSummary[] | null>(null);
  const [trashCount, setTrashCount] = useState(0);
  const [recovered, setRecovered] = useState<Set<string>>(new Set());
  const [history, setHistory] = useState<DesignSummary | null>(null);
  const [deleting, setDeleting] = useState<DesignSummary | null>(null);
  const libraryChanged = useAppStore((s) => s.libraryChanged);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () => {
        const request =
          view === 'trash'
            ? api()['library.list']({ trash: true, limit: 500 })
            : query.trim()
              ? api()['library.search']({ query })
              : api()['library.list']({ limit: 50 });
        request.then((found) => current && setDesigns(found)).catch(() => current && setDesigns([]));
        const listTrash = api()['library.list'];
        listTrash({ trash: true, limit: 500 })
          .then((trashed) => current && setTrashCount(trashed.length))
          .catch(() => undefined);
        journal.designsWithPending().then((ids) => current && setRecovered(ids));
      },
      query && view === 'library' ? 150 : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, view, libraryChanged]);

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const titleOf = (design: DesignSummary) => design.title || t('document.untitled');
  return (
    <section aria-labelledby="yours-heading" className="section">
      <div className="library-header">
        <h2 id="yours-heading">{view === 'trash' ? t('library.trashHeading') : t('start.yoursHeading')}</h2>
        <div className="segmented" role="group" aria-label={t('library.views')}>
          <button type="button" aria-pressed={view === 'library'} onClick={() => setView('library')}>
            {t('library.yours')}
          </button>
          <button type="button" aria-pressed={view === 'trash'} onClick={() => setView('trash')}>
            {t('library.trash', { count: trashCount })}
          </button>
        </div>
      </div>
      {view === 'library' && (
        <label className="field">
          <span>{t('start.search')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('start.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      )}
      {view === 'trash' && <p className="muted">{t('library.trashIntro')}</p>}
      {designs === null ? null : designs.length === 0 ? (
        <p className="empty">
          {view === 'trash' ? t('library.trashEmpty') : query.trim() ? t('start.noMatch', { query }) : t('start.empty')}
        </p>
      ) : (
        <ul className="design-list" role="list">
          {designs.map((design) =>
            view === 'library' ? (
              <li key={design.id} className="design-item">
                <button type="button" className="design-row" onClick={() => void openFromLibrary(design.id)}>
                  <span className="design-row-title">{titleOf(design)}</span>
                  <span className="design-row-meta">
                    {t(`enums.interpretation.${design.interpretation}`)} · {t(`enums.decision.${design.status}`)} ·{' '}
                    {t('start.updated', { date: date.format(new Date(design.updated)) })}
                    {design.readiness !== null && <> · {t('start.readiness', { score: design.readiness })}</>}
                  </span>
                  {recovered.has(design.id) && <span className="badge">{t('library.recovered')}</span>}
                </button>
                <span className="design-actions">
                  <RowAction label={t('library.history')} named="library.historyOf" design={design} run={setHistory} />
                  <RowAction
                    label={t('library.duplicate')}
                    named="library.duplicateNamed"
                    design={design}
                    run={(d) => void duplicateDesign(d.id, d.title)}
                  />
                  <RowAction
                    label={t('library.moveToTrash')}
                    named="library.trashNamed"
                    design={design}
                    run={(d) => void trashDesign(d.id, d.title)}
                  />
                </span>
              </li>
            ) : (
              <li key={design.id} className="design-item">
                <span className="design-row design-row-static">
                  <span className="design-row-title">{titleOf(design)}</span>
                  <span className="design-row-meta">
                    {t('library.trashedOn', { date: date.format(new Date(design.deletedAt ?? design.savedAt)) })}
                  </span>
                </span>
                <span className="design-actions">
                  <RowAction
                    label={t('library.restoreFromTrash')}
                    named="library.restoreFromTrashNamed"
                    design={design}
                    run={(d) => void restoreFromTrash(d.id, d.title)}
                    primary
                  />
                  <RowAction
                    label={t('library.delete')}
                    named="library.deleteNamed"
                    design={design}
                    run={setDeleting}
                  />
                </span>
              </li>
            ),
          )}
        </ul>
      )}
      {history && <HistoryDialog summary={history} onClose={() => setHistory(null)} />}
      {deleting && (
        <Dialog
          role="alertdialog"
          title={t('library.deleteTitle', { title: titleOf(deleting) })}
          onClose={() => setDeleting(null)}
          actions={
            <>
              <button
                type="button"
                className="button button-danger"
                onClick={() => {
                  void deleteForGood(deleting.id, deleting.title);
                  setDeleting(null);
                }}
              >
                {t('library.deleteConfirm')}
              </button>
              <button type="button" className="button" onClick={() => setDeleting(null)}>
                {t('library.keep')}
              </button>
            </>
          }
        >
          <p>{t('library.deleteExplain')}</p>
        </Dialog>
      )}
    </section>
  );
}
