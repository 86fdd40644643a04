import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useAppStore, useReadOnly } from '../../state/app-store';
import { ariaKeyShortcuts, COMMANDS, type CommandId } from '../../../shared/commands';
import { backToStart } from '../../state/actions';
import { flushAutosave } from '../../state/autosave';
import { COMMAND_RUNS } from '../../state/commands';
import { useDesignStore } from '../../state/design-store';

/** The commands with a button in the top bar (shared/commands.ts), in their order. */
const TOOLBAR = COMMANDS.filter((command) => command.button === 'top-bar');

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
  const disabled: Partial<Record<CommandId, boolean>> = { undo: !canUndo, redo: !canRedo };
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
        {TOOLBAR.map(({ id, labels, keys }) => (
          <button
            key={id}
            type="button"
            className="button"
            data-command={id}
            onClick={() => COMMAND_RUNS[id]()}
            disabled={disabled[id]}
            aria-keyshortcuts={keys[0] ? ariaKeyShortcuts(keys[0]) : undefined}
          >
            {t(!nativeDialogs && labels.buttonInBrowser ? labels.buttonInBrowser : labels.button!)}
          </button>
        ))}
        {!readOnly && (
          // The whole name is always the accessible one; narrow windows show its first word.
          <button
            type="button"
            className="button"
            data-command="merge"
            aria-label={t('merge.open')}
            onClick={() => COMMAND_RUNS.merge()}
          >
            <span className="label-long">{t('merge.open')}</span>
            <span className="label-short" aria-hidden="true">
              {t('merge.openShort')}
            </span>
          </button>
        )}
      </div>
    </header>
  );
}
