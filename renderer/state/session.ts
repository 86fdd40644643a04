import type { StepId } from '../../shared/catalog';
import { api, useAppStore } from './app-store';
import { openFromLibrary } from './actions';
import { useDesignStore } from './design-store';

/** Which design this tab has open, so a reload (or a crash of the tab) comes back to it. */
const KEY = 'designer-open';

interface OpenDesign {
  id: string;
  step: StepId;
  mode: 'author' | 'review';
}

function read(): OpenDesign | null {
  try {
    const value = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? 'null') as OpenDesign | null;
    return value && typeof value.id === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the open design, step and mode in session storage while the tab lives. */
export function rememberOpenDesign(): () => void {
  const write = () => {
    const { screen, step, mode } = useAppStore.getState();
    const id = useDesignStore.getState().design?.id;
    try {
      if (screen === 'design' && id)
        globalThis.sessionStorage?.setItem(KEY, JSON.stringify({ id, step, mode } satisfies OpenDesign));
      else if (screen === 'start') globalThis.sessionStorage?.removeItem(KEY);
    } catch {
      // Storage refused: a reload then starts on the start screen, nothing else changes.
    }
  };
  const stopApp = useAppStore.subscribe((state, previous) => {
    if (state.screen !== previous.screen || state.step !== previous.step || state.mode !== previous.mode) write();
  });
  const stopDesign = useDesignStore.subscribe((state, previous) => {
    if (state.design?.id !== previous.design?.id) write();
  });
  return () => {
    stopApp();
    stopDesign();
  };
}

/** After a reload: reopens the design the tab had open (recovered edits are then offered). */
export async function reopenAfterReload(): Promise<void> {
  const open = read();
  if (!open) return;
  const get = api()['library.get'];
  const inLibrary = await get({ id: open.id }).then(
    () => true,
    () => false,
  );
  if (inLibrary) await openFromLibrary(open.id, { step: open.step, review: open.mode === 'review' });
}
