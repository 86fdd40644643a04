import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';
import { openFileWithDialog, openUploadedFile } from '../../state/actions';
import { Examples } from './Examples';
import { InterpretationCards } from './InterpretationCards';
import { RecentDesigns } from './RecentDesigns';

export function StartScreen() {
  const { t } = useTranslation();
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  return (
    <div className="start">
      <header className="start-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="lead">{t('app.tagline')}</p>
        </div>
        {nativeDialogs ? (
          <button type="button" className="button" onClick={() => void openFileWithDialog()}>
            {t('start.openFile')}
          </button>
        ) : (
          <label className="button file-button">
            {t('start.openFile')}
            <input
              type="file"
              accept=".cbld,application/json"
              aria-label={t('start.openFileLabel')}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file) void openUploadedFile(file);
                event.currentTarget.value = '';
              }}
            />
          </label>
        )}
      </header>
      <main>
        <InterpretationCards />
        <div className="start-columns">
          <RecentDesigns />
          <Examples />
        </div>
      </main>
    </div>
  );
}
