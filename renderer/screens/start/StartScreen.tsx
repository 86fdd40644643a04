import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';
import { openFileWithDialog, openUploadedFile } from '../../state/actions';
import { Examples } from './Examples';
import { InterpretationCards } from './InterpretationCards';
import { RecentDesigns } from './RecentDesigns';
import { Pathways } from './Pathways';
import { Triage } from './Triage';
import { DesignFileInput } from '../../components/DesignFileInput';
import { LanguageSwitch } from '../../components/LanguageSwitch';

export function StartScreen() {
  const { t } = useTranslation();
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  const [review, setReview] = useState(false);
  return (
    <div className="start">
      <header className="start-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="lead">{t('app.tagline')}</p>
        </div>
        <div className="open-actions">
          <LanguageSwitch />
          <label className="check-row review-toggle">
            <input type="checkbox" checked={review} onChange={(e) => setReview(e.target.checked)} />
            <span>{t('start.asReviewer')}</span>
          </label>
          {nativeDialogs ? (
            <button type="button" className="button" onClick={() => void openFileWithDialog({ review })}>
              {t('start.openFile')}
            </button>
          ) : (
            <label className="button file-button">
              {t('start.openFile')}
              <DesignFileInput
                label={t('start.openFileLabel')}
                onFiles={([file]) => void openUploadedFile(file, { review })}
              />
            </label>
          )}
        </div>
      </header>
      <main>
        <InterpretationCards />
        <div className="start-columns">
          <RecentDesigns />
          <Examples review={review} />
        </div>
        <Pathways />
        <Triage />
      </main>
    </div>
  );
}
