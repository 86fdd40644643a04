import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriageRow } from '../../../shared/api';
import { errorMessage, translateMessage } from '../../../shared/errors';
import { isDesignFileName } from '../../../shared/model';
import { openFilePath, openUploadedFile } from '../../state/actions';
import { api, useAppStore } from '../../state/app-store';
import { capitalise, severityCounts } from '../../i18n';
import { DesignFileInput } from '../../components/DesignFileInput';

/**
 * A coordinator's inbox: a folder of design files listed with title, authors, reading,
 * readiness and decision; each opens for review.
 */
export function Triage() {
  const { t } = useTranslation();
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  const [rows, setRows] = useState<TriageRow[] | null>(null);
  const [busy, setBusy] = useState(false);
  const uploaded = useRef(new Map<string, File>());
  const run = async (work: () => Promise<TriageRow[] | null>) => {
    setBusy(true);
    try {
      const result = await work();
      if (result) setRows(result);
    } catch (error) {
      useAppStore.getState().set({ notice: { tone: 'error', text: errorMessage(t, error) } });
    } finally {
      setBusy(false);
    }
  };
  const pickFolder = () =>
    run(async () => {
      const path = await api()['dialogs.openFolder']({});
      return path ? api()['files.triageFolder']({ path }) : null;
    });
  const readFiles = (files: File[]) =>
    run(async () => {
      const designs = files.filter((file) => isDesignFileName(file.name));
      uploaded.current = new Map(designs.map((file) => [file.name, file]));
      return api()['files.triage']({
        files: await Promise.all(designs.map(async (file) => ({ name: file.name, text: await file.text() }))),
      });
    });
  const review = (row: TriageRow) => {
    if (row.path) void openFilePath(row.path, { review: true });
    else {
      const file = uploaded.current.get(row.name);
      if (file) void openUploadedFile(file, { review: true });
    }
  };
  return (
    <section aria-labelledby="triage-heading" className="section triage">
      <h2 id="triage-heading">{t('triage.heading')}</h2>
      <p className="muted">{t('triage.intro')}</p>
      {nativeDialogs ? (
        <button type="button" className="button" onClick={() => void pickFolder()} disabled={busy}>
          {t('triage.pickFolder')}
        </button>
      ) : (
        <label className="button file-button">
          {t('triage.pickFiles')}
          <DesignFileInput label={t('triage.pickFiles')} multiple onFiles={(files) => void readFiles(files)} />
        </label>
      )}
      {busy && <p role="status">{t('triage.busy')}</p>}
      {rows && (
        <div className="table-scroll">
          <table className="triage-table">
            <caption className="visually-hidden">{t('triage.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('triage.design')}</th>
                <th scope="col">{t('triage.reading')}</th>
                <th scope="col">{t('triage.readiness')}</th>
                <th scope="col">{t('triage.decision')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('triage.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) =>
                row.ok ? (
                  <tr key={row.name}>
                    <th scope="row">
                      {row.title || t('document.untitled')}
                      <span className="design-row-meta">{row.authors.join(', ') || row.name}</span>
                    </th>
                    <td>{t(`enums.interpretation.${row.interpretation}`)}</td>
                    <td>
                      {t('triage.score', { score: row.readiness })}
                      <span className="design-row-meta">
                        {severityCounts(t, { error: row.errors, warning: row.warnings })}
                      </span>
                    </td>
                    <td>
                      {capitalise(t(`enums.decision.${row.decision}`))}
                      {row.openComments > 0 && (
                        <span className="design-row-meta">{t('triage.openComments', { count: row.openComments })}</span>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        onClick={() => review(row)}
                        aria-label={t('triage.reviewNamed', { name: row.title || row.name })}
                      >
                        {t('triage.review')}
                      </button>
                    </td>
                  </tr>
                ) : (
                  <tr key={row.name}>
                    <th scope="row">{row.name}</th>
                    <td colSpan={4} className="notice-error">
                      {translateMessage(t, { message: row.problem, ...row.problemKey })}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
