import { useTranslation } from 'react-i18next';
import { PATHWAY_FILE_EXTENSION } from '../../../shared/pathway';
import { useAppStore } from '../../state/app-store';
import { newPathway, openExamplePathway, openPathwayWithDialog, openUploadedPathway } from '../../state/pathway-store';

/** The start screen's way into pathways: several designs stacked into a larger credential. */
export function Pathways() {
  const { t } = useTranslation();
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  return (
    <section aria-labelledby="pathways-heading" className="section">
      <h2 id="pathways-heading">{t('start.pathways.heading')}</h2>
      <p className="muted">{t('start.pathways.intro')}</p>
      <div className="toolbar start-pathways">
        <button type="button" className="button" onClick={() => void newPathway()}>
          {t('start.pathways.new')}
        </button>
        {nativeDialogs ? (
          <button type="button" className="button" onClick={() => void openPathwayWithDialog()}>
            {t('start.pathways.open')}
          </button>
        ) : (
          <label className="button file-button">
            {t('start.pathways.open')}
            <input
              type="file"
              accept={`${PATHWAY_FILE_EXTENSION},application/json`}
              aria-label={t('start.pathways.openLabel')}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void openUploadedPathway(file);
              }}
            />
          </label>
        )}
        <button type="button" className="button" onClick={() => void openExamplePathway()}>
          {t('start.pathways.example')}
        </button>
      </div>
    </section>
  );
}
