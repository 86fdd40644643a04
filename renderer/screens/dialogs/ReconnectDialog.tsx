import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/errors';
import { acceptAccessKey } from '../../api';
import { Dialog } from '../../components/Dialog';
import { saveDesignAs } from '../../state/actions';
import { api, useAppStore } from '../../state/app-store';
import { flushAutosave } from '../../state/autosave';

/**
 * The one step when the server no longer accepts this window's access key (it was started
 * with another library or its key file was removed): paste the address `serve` printed, and
 * saving resumes. The design can also be downloaded as a file, so nothing depends on it.
 */
export function ReconnectDialog() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.reconnecting);
  const hasDesign = useAppStore((s) => s.screen === 'design');
  const set = useAppStore((s) => s.set);
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  if (!open) return null;
  const reconnect = async () => {
    const accepted = acceptAccessKey(pasted);
    if (accepted !== 'ok') return setProblem(t(`reconnect.${accepted}`));
    try {
      await api()['app.info']({});
    } catch (error) {
      return setProblem(t('reconnect.refused', { message: errorMessage(t, error) }));
    }
    setProblem(null);
    setPasted('');
    set({ reconnecting: false, save: { state: 'pending' } });
    await flushAutosave();
  };
  return (
    <Dialog
      title={t('reconnect.title')}
      onClose={() => set({ reconnecting: false })}
      actions={
        <>
          <button type="submit" form={`${inputId}-form`} className="button button-primary">
            {t('reconnect.submit')}
          </button>
          {hasDesign && (
            <button type="button" className="button" onClick={() => void saveDesignAs()}>
              {t('reconnect.download')}
            </button>
          )}
          <button type="button" className="button" onClick={() => set({ reconnecting: false })}>
            {t('reconnect.later')}
          </button>
        </>
      }
    >
      <p>{t('reconnect.explain')}</p>
      <form
        id={`${inputId}-form`}
        className="field"
        onSubmit={(event) => {
          event.preventDefault();
          void reconnect();
        }}
      >
        <label htmlFor={inputId}>{t('reconnect.label')}</label>
        <span className="hint" id={`${inputId}-hint`}>
          {t('reconnect.hint')}
        </span>
        <input
          id={inputId}
          value={pasted}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${inputId}-hint ${inputId}-problem`}
          onChange={(e) => setPasted(e.target.value)}
        />
        <span id={`${inputId}-problem`} className="field-problem" aria-live="polite">
          {problem}
        </span>
      </form>
    </Dialog>
  );
}
