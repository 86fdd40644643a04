import type { DesignerShell } from '../api';
import { openFilePath } from './actions';
import { useAppStore } from './app-store';
import { hasUnsavedEdits } from './autosave';
import { useDesignStore } from './design-store';

/** Unsaved means: edits not yet in the library, or a design file that is behind the design. */
export const hasUnsavedWork = () => {
  const { filePath, fileDirty } = useDesignStore.getState();
  return hasUnsavedEdits() || (filePath !== null && fileDirty);
};

/**
 * Connects the desktop shell: files the OS asks us to open, and the unsaved flag the main
 * process needs to ask before quitting. The browser has no shell and warns on unload instead.
 */
export function connectShell(shell: DesignerShell | undefined): () => void {
  if (!shell) {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (hasUnsavedWork()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }
  let dirty = false;
  const report = () => {
    const now = hasUnsavedWork();
    if (now !== dirty) shell.setDirty((dirty = now));
  };
  const stopDesign = useDesignStore.subscribe(report);
  const stopSave = useAppStore.subscribe(report);
  const stopOpen = shell.onOpenFile((path) => void openFilePath(path));
  return () => {
    stopDesign();
    stopSave();
    stopOpen();
  };
}
