import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useAppStore, useReadOnly } from '../../state/app-store';
import { backToStart, saveDesign, saveDesignAs } from '../../state/actions';
import { flushAutosave } from '../../state/autosave';
import { redo, undo, useDesignStore } from '../../state/design-store';

function SaveStatus() {
  const { t } = useTranslation();
  const save = useAppStore((s) => s.save);
  const set = useAppStore((s) => s.set);
  const text =
    save.state !== 'failed'
      ? t(`save.${save.state}`)
      : save.reason === 'offline'
        ? t('save.offline')
        : save.reason === 'access'
          ? t('save.access')
          : t('save.failed', { message: save.message, seconds: Math.round((save.retryInMs ?? 0) / 1000) });
  return (
    <p className={`save-status save-${save.state}`} role="status" aria-live="polite">
      {text}
      {save.state === 'failed' &&
        (save.reason === 'access' ? (
          <button type="button" className="button-quiet" onClick={() => set({ reconnecting: true })}>
            {t('save.reconnect')}
          </button>
        ) : (
          <button type="button" className="button-quiet" onClick={() => void flushAutosave()}>
            {t('save.retryNow')}
          </button>
        ))}
    </p>
  );
}

export function TopBar() {
  const { t } = useTranslation();
  const title = useDesignStore((s) => s.design?.title ?? '');
  const update = useDesignStore((s) => s.update);
  const canUndo = useStore(useDesignStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDesignStore.temporal, (s) => s.futureStates.length > 0);
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  const readOnly = useReadOnly();
  return (
    <header className="top-bar">
      <button type="button" className="button-quiet" onClick={() => void backToStart()}>
        ← {t('design.allDesigns')}
      </button>
      <label className="title-field">
        <span className="visually-hidden">{t('design.title')}</span>
        <input
          readOnly={readOnly}
          data-field="overview.title"
          value={title}
          placeholder={t('design.titlePlaceholder')}
          maxLength={500}
          onChange={(event) => {
            const value = event.target.value;
            update((design) => {
              design.title = value;
            });
          }}
        />
      </label>
      <SaveStatus />
      <div className="toolbar" role="group" aria-label={t('design.undo')}>
        <button type="button" className="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          {t('design.undo')}
        </button>
        <button type="button" className="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
          {t('design.redo')}
        </button>
        <button type="button" className="button" onClick={() => void saveDesign()} aria-keyshortcuts="Control+S">
          {t('design.save')}
        </button>
        <button type="button" className="button" onClick={() => void saveDesignAs()}>
          {nativeDialogs ? t('design.saveAs') : t('design.download')}
        </button>
      </div>
    </header>
  );
}
