import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignSummary, RevisionSummary } from '../../../shared/api';
import { errorMessage } from '../../../shared/errors';
import type { Design } from '../../../shared/model';
import { compareDesigns } from '../../../shared/review';
import { ChangeList } from '../../components/ChangeList';
import { Dialog } from '../../components/Dialog';
import { revisionLabel } from '../../components/revision-label';
import { restoreRevision } from '../../state/actions';
import { api, useAppStore } from '../../state/app-store';

/**
 * A design's saved versions, newest first, each with who saved it: compare one with the current
 * version, or restore it (the current version stays in the history, so a restore is undoable).
 */
export function HistoryDialog({ summary, onClose }: { summary: DesignSummary; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const libraryChanged = useAppStore((s) => s.libraryChanged);
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [current, setCurrent] = useState<Design | null>(null);
  const [compared, setCompared] = useState<{ id: number; design: Design } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([api()['library.revisions']({ id: summary.id }), api()['library.get']({ id: summary.id })]).then(
      ([list, design]) => {
        if (!live) return;
        setRevisions(list);
        setCurrent(design);
        setCompared(null);
      },
      (error: unknown) => live && setProblem(errorMessage(t, error)),
    );
    return () => void (live = false);
  }, [summary.id, libraryChanged]);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const title = summary.title || t('document.untitled');
  const compare = async (revision: RevisionSummary) => {
    if (compared?.id === revision.id) return setCompared(null);
    try {
      setCompared({ id: revision.id, design: await api()['library.getRevision']({ revisionId: revision.id }) });
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  };
  return (
    <Dialog
      title={t('library.historyTitle', { title })}
      wide
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('library.close')}
        </button>
      }
    >
      <p className="muted">{t('library.historyIntro')}</p>
      {problem && <p className="notice-error">{problem}</p>}
      {revisions === null ? (
        <p role="status">{t('app.loading')}</p>
      ) : revisions.length === 0 ? (
        <p className="empty">{t('library.noRevisions')}</p>
      ) : (
        <ol className="revision-list" role="list">
          {revisions.map((revision) => {
            const label = revisionLabel(t, date, revision);
            const open = compared?.id === revision.id;
            return (
              <li key={revision.id} className="revision">
                <div className="revision-row">
                  <span>
                    <span className="design-row-title">{revision.title || t('document.untitled')}</span>
                    <span className="design-row-meta">{label}</span>
                  </span>
                  <span className="revision-actions">
                    <button
                      type="button"
                      className="button-quiet"
                      aria-expanded={open}
                      aria-label={t('library.compareNamed', { when: label })}
                      onClick={() => void compare(revision)}
                    >
                      {t('library.compare')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('library.restoreNamed', { when: label })}
                      onClick={() => void restoreRevision(revision.id, label)}
                    >
                      {t('library.restore')}
                    </button>
                  </span>
                </div>
                {open && current && compared && (
                  <ChangeList
                    changes={compareDesigns(compared.design, current)}
                    against={t('library.thisVersion')}
                    before={compared.design}
                    after={current}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Dialog>
  );
}
