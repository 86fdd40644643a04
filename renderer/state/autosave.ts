import { messageOf } from '../../shared/errors';
import type { Design } from '../../shared/model';
import { api, useAppStore } from './app-store';
import { useDesignStore } from './design-store';

/** Quiet time after the last edit before saving: long enough not to save every keystroke. */
export const AUTOSAVE_DELAY_MS = 800;
/** Waits between retries after a failed save; the last one repeats. */
const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

let timer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;
let saving: Promise<void> | null = null;
let savedDesign: Design | null = null;

const setStatus = (save: ReturnType<typeof useAppStore.getState>['save']) => useAppStore.getState().set({ save });

async function saveNow(): Promise<void> {
  clearTimeout(timer);
  const design = useDesignStore.getState().design;
  if (!design || design === savedDesign) return;
  setStatus({ state: 'saving' });
  try {
    await api()['library.save']({ design, kind: 'autosave' });
    savedDesign = design;
    failures = 0;
    // Another edit may have arrived while saving; it has its own timer.
    if (useDesignStore.getState().design === design) setStatus({ state: 'saved', at: Date.now() });
  } catch (error) {
    const retryInMs = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
    failures++;
    setStatus({ state: 'failed', message: messageOf(error), retryInMs });
    timer = setTimeout(() => void flushAutosave(), retryInMs);
  }
}

/** Saves pending edits now (before leaving a design, on Ctrl+S); resolves when done or failed. */
export async function flushAutosave(): Promise<void> {
  if (saving) await saving;
  saving = saveNow().finally(() => (saving = null));
  return saving;
}

/** Watches the design store: every edit schedules a save; loading a design counts as saved. */
export function startAutosave(): () => void {
  return useDesignStore.subscribe((state, previous) => {
    if (state.design === previous.design || !state.design) return;
    if (state.design.id !== previous.design?.id) {
      savedDesign = state.design;
      return;
    }
    setStatus({ state: 'pending' });
    clearTimeout(timer);
    timer = setTimeout(() => void flushAutosave(), AUTOSAVE_DELAY_MS);
  });
}

/** True while edits are not in the library yet (the browser warns before the tab closes). */
export const hasUnsavedEdits = () => {
  const design = useDesignStore.getState().design;
  return design !== null && design !== savedDesign;
};
