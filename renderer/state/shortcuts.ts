import { useEffect } from 'react';
import { useAppStore } from './app-store';
import { CredentialFormat, DocumentKind, ExportFormat } from '../../shared/api';
import { exportCredential, exportDocument, openFileWithDialog, saveDesign, saveDesignAs } from './actions';
import { redo, undo } from './design-store';
import { startMerge } from './merge';

/** Runs a menu command (Electron menu) or the same command from a keyboard shortcut. */
export function runCommand(command: string): void {
  const onDesign = useAppStore.getState().screen === 'design';
  const exportCommand = /^export:(\w+):(\w+)$/.exec(command);
  if (exportCommand) {
    const document = DocumentKind.safeParse(exportCommand[1]);
    const format = ExportFormat.safeParse(exportCommand[2]);
    if (onDesign && document.success && format.success) void exportDocument(document.data, format.data);
    return;
  }
  const credentialCommand = /^export-credential:([\w-]+)$/.exec(command);
  if (credentialCommand) {
    const format = CredentialFormat.safeParse(credentialCommand[1]);
    if (onDesign && format.success) void exportCredential(format.data);
    return;
  }
  switch (command) {
    case 'undo':
      if (onDesign) undo();
      break;
    case 'redo':
      if (onDesign) redo();
      break;
    case 'save':
      if (onDesign) void saveDesign();
      break;
    case 'save-as':
      if (onDesign) void saveDesignAs();
      break;
    case 'merge':
      if (onDesign) void startMerge();
      break;
    case 'open':
      void openFileWithDialog();
      break;
    case 'new':
      useAppStore.getState().set({ screen: 'start' });
      break;
  }
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Ctrl/Cmd+Z, Shift+Z / Y, S, Shift+S. Undo and redo are the design's own history, also inside
 * text fields, so one undo stack spans every step. In Electron the menu sends the same commands.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const unsubscribe = window.designerShell?.onCommand(runCommand);
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const command =
        key === 'z'
          ? event.shiftKey
            ? 'redo'
            : 'undo'
          : key === 'y'
            ? 'redo'
            : key === 's'
              ? event.shiftKey
                ? 'save-as'
                : 'save'
              : null;
      if (!command || (window.designerShell && command !== 'undo' && command !== 'redo')) return;
      if (
        (command === 'undo' || command === 'redo') &&
        !isTextField(event.target) &&
        useAppStore.getState().screen !== 'design'
      )
        return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe?.();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
