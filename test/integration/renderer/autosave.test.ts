import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openServices, type Services } from '../../../main/api/handlers';
import { ApiError, type DesignerApi } from '../../../shared/api';
import { useAppStore } from '../../../renderer/state/app-store';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
  OFFLINE_RETRY_MS,
  flushAutosave,
  hasUnsavedEdits,
  startAutosave,
} from '../../../renderer/state/autosave';
import { useDesignStore } from '../../../renderer/state/design-store';
import { journal, resetJournalForTests } from '../../../renderer/state/journal';
import { directApi } from '../../helpers/api';
import { sampleDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

/** The renderer's autosave against the real services and a real SQLite library in a temp folder. */
describe('autosave', () => {
  const tempDir = useTempDirs();
  let services: Services;
  let stop: () => void;
  /** The real API, with a switch that makes the back end unreachable or refuse the key. */
  let outage: 'none' | 'offline' | 'access';
  let saves: number;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    globalThis.indexedDB = new IDBFactory(); // an empty browser profile per test
    resetJournalForTests();
    services = openServices(tempDir());
    outage = 'none';
    saves = 0;
    const real = directApi(services);
    const api: DesignerApi = {
      ...real,
      'library.save': async (args) => {
        saves++;
        if (outage === 'offline') throw new ApiError('offline', 'The server is not answering.');
        if (outage === 'access') throw new ApiError('access-refused', 'The access key was refused.');
        return real['library.save'](args);
      },
    };
    useAppStore.getState().set({ api, save: { state: 'saved', at: 0 }, step: 'challenge', mode: 'author' });
    stop = startAutosave();
    useDesignStore.getState().load(sampleDesign());
  });
  afterEach(() => {
    stop();
    services.library.close();
    vi.useRealTimers();
  });

  /** The journal writes when the browser is idle (a timer here, and IndexedDB commits on a timer too). */
  async function journalSettled() {
    let done = false;
    void journal.settled().then(() => (done = true));
    while (!done) await vi.advanceTimersByTimeAsync(10);
  }

  const rename = (title: string) =>
    useDesignStore.getState().update((design) => {
      design.title = title;
    });
  const status = () => useAppStore.getState().save;
  const inLibrary = () => (services.library.has('sample-design') ? services.library.get('sample-design').title : null);

  it('saves to the library after a quiet moment, not on every keystroke', async () => {
    rename('Autosaved Ελληνικά');
    expect(status().state).toBe('pending');
    expect(hasUnsavedEdits()).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(inLibrary()).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(status().state).toBe('saved'));
    expect(inLibrary()).toBe('Autosaved Ελληνικά');
    expect(hasUnsavedEdits()).toBe(false);
  });

  it('saves at most about a second after an edit while typing goes on without a pause', async () => {
    // A keystroke every 100 ms for 5 s: the quiet time never comes.
    let typed = '';
    const savedAt: number[] = [];
    for (let i = 0; i < 50; i++) {
      typed += 'ab'[i % 2];
      rename(typed);
      await vi.advanceTimersByTimeAsync(100);
      if (inLibrary() !== (savedAt.length ? typed : null) && inLibrary()?.length) savedAt.push(i);
    }
    // Everything typed more than the maximum wait ago is in the library.
    const lagging = typed.length - (inLibrary()?.length ?? 0);
    expect(lagging * 100).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS + 100);
    expect(saves).toBeGreaterThanOrEqual(4);
    expect(saves).toBeLessThanOrEqual(6); // not a save per keystroke
  });

  it('saves at once when a field is left or the step changes', async () => {
    rename('Left the field');
    useAppStore.getState().set({ step: 'outcomes' });
    await vi.waitFor(() => expect(inLibrary()).toBe('Left the field'));
  });

  it('shows a failed save with the reason, retries, and succeeds once the problem is fixed', async () => {
    rename('x'.repeat(600)); // longer than a title may be: the contract refuses it
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS + 10);
    await vi.waitFor(() => expect(status().state).toBe('failed'));
    const failed = status();
    expect(failed.state === 'failed' && failed.message).toMatch(/title/);
    expect(failed.state === 'failed' && failed.retryInMs).toBe(2_000);
    expect(hasUnsavedEdits()).toBe(true);

    rename('Fixed title');
    await vi.advanceTimersByTimeAsync(2_100);
    await vi.waitFor(() => expect(status().state).toBe('saved'));
    expect(inLibrary()).toBe('Fixed title');
  });

  it('while the server is down, tries every second and saves as soon as it is back', async () => {
    outage = 'offline';
    rename('Typed while the server restarts');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS + 10);
    expect(status()).toMatchObject({ state: 'failed', reason: 'offline', retryInMs: OFFLINE_RETRY_MS });
    await vi.advanceTimersByTimeAsync(5 * OFFLINE_RETRY_MS);
    expect(inLibrary()).toBeNull();
    outage = 'none';
    await vi.advanceTimersByTimeAsync(OFFLINE_RETRY_MS + 10);
    await vi.waitFor(() => expect(status().state).toBe('saved'));
    expect(inLibrary()).toBe('Typed while the server restarts');
  });

  it('with the access key refused, does not loop: it waits for the person to reconnect', async () => {
    outage = 'access';
    rename('Kept in the window');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS + 10);
    expect(status()).toMatchObject({ state: 'failed', reason: 'access', retryInMs: null });
    const tries = saves;
    rename('Kept in the window, and more');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves).toBe(tries);
    expect(hasUnsavedEdits()).toBe(true);
  });

  it('flushes pending edits at once when asked (leaving the design, Ctrl+S)', async () => {
    rename('Flushed');
    await flushAutosave();
    expect(inLibrary()).toBe('Flushed');
  });

  it('keeps unacknowledged edits in the recovery journal and forgets them once saved', async () => {
    outage = 'offline';
    rename('Only in the journal');
    await journalSettled();
    const entries = await journal.pending('sample-design');
    // The current opening's own entry is not offered back to itself…
    expect(entries).toEqual([]);
    // …but a new opening (a reload, a new window) finds it.
    resetJournalForTests();
    const found = await journal.pending('sample-design');
    expect(found.map((entry) => entry.design.title)).toEqual(['Only in the journal']);
  });

  it('an acknowledged save leaves nothing to recover', async () => {
    rename('Saved in time');
    await flushAutosave();
    await journalSettled();
    resetJournalForTests();
    expect(await journal.pending('sample-design')).toEqual([]);
  });
});
