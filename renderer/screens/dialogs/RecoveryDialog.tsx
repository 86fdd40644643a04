import { useTranslation } from 'react-i18next';
import { compareDesigns } from '../../../shared/review';
import { ChangeList } from '../../components/ChangeList';
import { Dialog } from '../../components/Dialog';
import { discardRecovered, keepRecovered } from '../../state/actions';
import { useAppStore } from '../../state/app-store';

/** Edits the journal kept from a window or server that stopped before saving: keep or discard. */
export function RecoveryDialog() {
  const { t, i18n } = useTranslation();
  const recovery = useAppStore((s) => s.recovery);
  if (!recovery) return null;
  const { entry, opened } = recovery;
  const edited = new Date(entry.editedAt);
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(edited);
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(edited);
  const changes = compareDesigns(opened, entry.design);
  return (
    <Dialog
      title={t('recovery.title', { time })}
      wide
      // Escape decides nothing: the edits stay in the journal and are offered again next time.
      onClose={() => useAppStore.getState().set({ recovery: null })}
      actions={
        <>
          <button type="button" className="button button-primary" onClick={() => void keepRecovered()}>
            {t('recovery.keep')}
          </button>
          <button type="button" className="button" onClick={() => void discardRecovered()}>
            {t('recovery.discard')}
          </button>
        </>
      }
    >
      <p>{t('recovery.explain', { title: entry.title || t('document.untitled'), time, day })}</p>
      {changes.length > 0 ? (
        <ChangeList changes={changes} against={t('recovery.against')} before={opened} after={entry.design} />
      ) : (
        <p className="muted">{t('recovery.onlyDates')}</p>
      )}
      <p className="muted">{t('recovery.choice')}</p>
    </Dialog>
  );
}
