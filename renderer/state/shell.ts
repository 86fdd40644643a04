import i18next from 'i18next';
import { ALL_SAVED, type SaveReport } from '../../shared/shell';
import type { DesignerShell } from '../api';
import { openFilePath, saveForClose } from './actions';
import { useAppStore } from './app-store';
import { hasUnsavedEdits } from './autosave';
import { useDesignStore } from './design-store';

/** Unsaved means: edits not yet in the library, or a design file that is behind the design. */
export const hasUnsavedWork = () => {
  const { filePath, fileDirty } = useDesignStore.getState();
  return hasUnsavedEdits() || (filePath !== null && fileDirty);
};

/**
 * What is unsaved, for the desktop shell's close prompt: the library save's state from the save
 * status (saved, pending, saving, failed with its message) and a design file that is behind.
 * Any loaded design counts, also behind the start screen (File > New Design keeps it loaded).
 */
export function saveReport(): SaveReport {
  const { design, filePath, fileDirty } = useDesignStore.getState();
  if (!design) return ALL_SAVED;
  const { save } = useAppStore.getState();
  return {
    library: save.state,
    error: save.state === 'failed' ? save.message : '',
    fileBehind: filePath !== null && fileDirty ? filePath : '',
  };
}

/**
 * Connects the desktop shell: files the OS asks us to open, the save state the close prompt needs
 * (sent at once, so a reloaded page starts from a true state, then on every change) and the
 * prompt's save requests. The browser has no shell and warns on unload instead.
 */
export function connectShell(shell: DesignerShell | undefined): () => void {
  if (!shell) {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (hasUnsavedWork()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }
  let sent = '';
  const report = () => {
    const now = saveReport();
    const key = JSON.stringify(now);
    if (key === sent) return;
    sent = key;
    shell.reportSave(now);
  };
  report();
  shell.reportLanguage(i18next.language);
  const stopDesign = useDesignStore.subscribe(report);
  const stopSave = useAppStore.subscribe(report);
  const stopOpen = shell.onOpenFile((path) => void openFilePath(path));
  const stopSaveRequests = shell.onSaveRequest(saveForClose);
  return () => {
    stopDesign();
    stopSave();
    stopOpen();
    stopSaveRequests();
  };
}
