import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/api';
import { errorMessage } from '../../../shared/errors';
import type { Design } from '../../../shared/model';
import { compareDesigns } from '../../../shared/review';
import { ChangeList } from '../../components/ChangeList';
import { DesignFileInput } from '../../components/DesignFileInput';
import { revisionLabel } from '../../components/revision-label';
import { restoreRevision } from '../../state/actions';
import { api, useAppStore, useReadOnly } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';

/** Compare the open design with a saved revision from the library, or with a design file. */
export function ComparePanel() {
  const { t, i18n } = useTranslation();
  const design = useDesignStore((s) => s.design!);
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [other, setOther] = useState<{ label: string; design: Design; revisionId?: number } | null>(null);
  const libraryChanged = useAppStore((s) => s.libraryChanged);
  const readOnly = useReadOnly();
  const [problem, setProblem] = useState<string | null>(null);
  const selectId = useId();
  useEffect(() => {
    let live = true;
    const listRevisions = api()['library.revisions'];
    listRevisions({ id: design.id }).then(
      (list) => live && setRevisions(list),
      () => live && setRevisions([]),
    );
    return () => void (live = false);
  }, [design.id, libraryChanged]);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const label = (r: RevisionSummary) => revisionLabel(t, date, r);
  const load = async (what: () => Promise<{ label: string; design: Design; revisionId?: number }>) => {
    try {
      setProblem(null);
      setOther(await what());
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  };
  return (
    <section className="compare-panel" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t('review.compare')}</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor={selectId}>{t('review.compareWithRevision')}</label>
          <select
            id={selectId}
            value=""
            onChange={(e) => {
              const revision = revisions.find((r) => String(r.id) === e.target.value);
              if (revision)
                void load(async () => ({
                  label: label(revision),
                  design: await api()['library.getRevision']({ revisionId: revision.id }),
                  revisionId: revision.id,
                }));
            }}
          >
            <option value="">{revisions.length ? t('common.choose') : t('review.noRevisions')}</option>
            {revisions.map((revision) => (
              <option key={revision.id} value={revision.id}>
                {label(revision)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <span className="field-label">{t('review.compareWithFile')}</span>
          {nativeDialogs ? (
            <button
              type="button"
              className="button"
              onClick={() =>
                void load(async () => {
                  const path = await api()['dialogs.openDesign']({});
                  if (!path) throw new Error(t('review.noFileChosen'));
                  return { label: path, design: (await api()['files.open']({ path })).design };
                })
              }
            >
              {t('review.chooseFile')}
            </button>
          ) : (
            // The browser's own file button speaks the browser's language: ours, the UI's.
            <label className="button file-button">
              {t('review.chooseFile')}
              <DesignFileInput
                label={t('review.compareWithFile')}
                onFiles={([file]) =>
                  void load(async () => ({
                    label: file.name,
                    design: (await api()['files.parse']({ name: file.name, text: await file.text() })).design,
                  }))
                }
              />
            </label>
          )}
        </div>
      </div>
      {problem && <p className="notice-error">{problem}</p>}
      {other && (
        <>
          <ChangeList
            changes={compareDesigns(other.design, design)}
            against={other.label}
            before={other.design}
            after={design}
          />
          {other.revisionId !== undefined && !readOnly && (
            <button
              type="button"
              className="button"
              onClick={() => {
                void restoreRevision(other.revisionId!, other.label);
                setOther(null);
              }}
            >
              {t('library.restoreThis')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
