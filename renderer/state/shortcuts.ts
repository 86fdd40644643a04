import { useEffect } from 'react';
import { commandForKey } from '../../shared/commands';
import { useAppStore } from './app-store';
import { runCommand } from './commands';

export { runCommand } from './commands';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The commands' keys (shared/commands.ts: Ctrl/Cmd+Z, Shift+Z / Y, S, Shift+S). Undo and redo are
 * the design's own history, also inside text fields, so one undo stack spans every step. In
 * Electron the menu's accelerators send the other commands, which arrive here through the shell.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const unsubscribe = window.designerShell?.onCommand(runCommand);
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const command = commandForKey(event);
      if (!command || (window.designerShell && !command.history)) return;
      if (command.history && !isTextField(event.target) && useAppStore.getState().screen !== 'design') return;
      event.preventDefault();
      runCommand(command.id);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe?.();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
