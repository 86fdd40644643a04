import { ApiError } from '../../shared/api';
import i18next from 'i18next';
import { errorMessage } from '../../shared/errors';
import type { Design } from '../../shared/model';
import { api, useAppStore, type SaveStatus } from './app-store';
import { useDesignStore } from './design-store';
import { journal } from './journal';

/**
 * What autosave guarantees (README "Autosave"): every edit reaches the library at most about
 * AUTOSAVE_MAX_WAIT_MS after it was made, even while someone types without pausing, and at
 * once when they leave a field, change step, hide the window or leave the design. Until the
 * library has it, the edit is also in the recovery journal (journal.ts) in this browser.
 */

/** Quiet time after an edit before saving, so a burst of keystrokes is one save. */
export const AUTOSAVE_DELAY_MS = 500;
/** The longest an edit waits for its save while typing goes on (the quiet time never comes). */
export const AUTOSAVE_MAX_WAIT_MS = 1_000;
/** Waits between retries after a failed save; the last one repeats. */
const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];
/** While the back end does not answer at all (a restarting server), try again this often. */
export const OFFLINE_RETRY_MS = 1_000;

let timer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;
let saving: Promise<void> | null = null;
let savedDesign: Design | null = null;
/** When the oldest edit not yet in the library (nor on its way there) was made. */
let dirtySince: number | null = null;

const setStatus = (save: SaveStatus) => useAppStore.getState().set({ save });

/** How a failure is handled: a server that is down comes back; a refused access key does not by itself. */
function failure(error: unknown): SaveStatus & { state: 'failed' } {
  const code = error instanceof ApiError ? error.code : '';
  if (code === 'offline')
    return { state: 'failed', reason: 'offline', message: errorMessage(i18next.t, error), retryInMs: OFFLINE_RETRY_MS };
  if (code === 'access-refused')
    return { state: 'failed', reason: 'access', message: errorMessage(i18next.t, error), retryInMs: null };
  const retryInMs = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
  return { state: 'failed', reason: 'error', message: errorMessage(i18next.t, error), retryInMs };
}

function schedule(): void {
  clearTimeout(timer);
  if (dirtySince === null) return;
  const now = Date.now();
  const wait = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, dirtySince + AUTOSAVE_MAX_WAIT_MS - now));
  timer = setTimeout(() => void flushAutosave(), wait);
}

async function saveNow(): Promise<void> {
  clearTimeout(timer);
  const design = useDesignStore.getState().design;
  if (!design || design === savedDesign) return;
  const status = useAppStore.getState().save;
  // With the access key refused, only reconnecting (reconnect.ts) helps; the journal keeps the edits.
  if (status.state === 'failed' && status.reason === 'access') return;
  dirtySince = null;
  setStatus({ state: 'saving' });
  try {
    await api()['library.save']({ design, kind: 'autosave', savedBy: savedBy() });
    savedDesign = design;
    failures = 0;
    journal.acknowledge(design);
    if (useDesignStore.getState().design === design) setStatus({ state: 'saved', at: Date.now() });
    else {
      // Edits arrived while saving: they are due from when they were made.
      dirtySince ??= Date.now();
      setStatus({ state: 'pending' });
      schedule();
    }
  } catch (error) {
    const status = failure(error);
    if (status.reason === 'error') failures++;
    dirtySince ??= Date.now();
    setStatus(status);
    // A key the server refuses does not fix itself: the person is guided through reconnecting.
    if (status.reason === 'access') useAppStore.getState().set({ reconnecting: true });
    if (status.retryInMs !== null) {
      clearTimeout(timer);
      timer = setTimeout(() => void flushAutosave(), status.retryInMs);
    }
  }
}

/** Who saves: the name this person signs with, and whether they author or review. */
export function savedBy(): { name: string; role: 'author' | 'reviewer' } {
  const { reviewerName, mode } = useAppStore.getState();
  return { name: reviewerName.trim(), role: mode === 'review' ? 'reviewer' : 'author' };
}

/** Saves pending edits now (leaving a field or the design, Ctrl+S); resolves when done or failed. */
export async function flushAutosave(): Promise<void> {
  if (saving) await saving;
  saving = saveNow().finally(() => (saving = null));
  return saving;
}

/** Saves at once if anything is waiting; for events that may be the last chance (hiding, leaving). */
function flushIfPending(): void {
  if (hasUnsavedEdits()) void flushAutosave();
}

/**
 * Watches the design store: every edit is journaled and schedules a save; loading a design
 * counts as saved. Leaving a field, changing step, hiding the page or leaving it save at once.
 */
export function startAutosave(): () => void {
  const stopDesign = useDesignStore.subscribe((state, previous) => {
    if (state.design === previous.design || !state.design) return;
    if (state.opened !== previous.opened) {
      savedDesign = state.design;
      dirtySince = null;
      failures = 0;
      clearTimeout(timer);
      journal.open(state.design);
      return;
    }
    journal.record(state.design);
    dirtySince ??= Date.now();
    const status = useAppStore.getState().save;
    if (status.state !== 'failed') setStatus({ state: 'pending' });
    // After a failure the retry timer stands (a retry loop is not restarted by each keystroke).
    if (status.state !== 'failed') schedule();
  });
  const stopStep = useAppStore.subscribe((state, previous) => {
    if (state.step !== previous.step || state.screen !== previous.screen) flushIfPending();
  });
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flushIfPending();
  };
  const hasDocument = typeof document !== 'undefined';
  if (hasDocument) {
    document.addEventListener('focusout', flushIfPending);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flushIfPending);
  }
  return () => {
    stopDesign();
    stopStep();
    clearTimeout(timer);
    if (hasDocument) {
      document.removeEventListener('focusout', flushIfPending);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flushIfPending);
    }
  };
}

/** True while edits are not in the library yet (the browser warns before the tab closes). */
export const hasUnsavedEdits = () => {
  const design = useDesignStore.getState().design;
  return design !== null && design !== savedDesign;
};

/** The design the library holds for the open design, as far as this window knows. */
export const lastSavedDesign = () => savedDesign;

/** A design now in the library by other means (restore, replace): nothing of it is pending. */
export function markSaved(design: Design): void {
  savedDesign = design;
  dirtySince = null;
  clearTimeout(timer);
  journal.acknowledge(design);
  setStatus({ state: 'saved', at: Date.now() });
}
