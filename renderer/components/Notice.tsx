import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';

/** One message at a time, announced to screen readers; errors stay until dismissed. */
export function Notice() {
  const { t } = useTranslation();
  const notice = useAppStore((s) => s.notice);
  const set = useAppStore((s) => s.set);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <p>{notice.text}</p>
      <button type="button" className="button-quiet" onClick={() => set({ notice: null })}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
