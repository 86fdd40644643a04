import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openServices, type Services } from '../../../main/api/handlers';
import { useAppStore } from '../../../renderer/state/app-store';
import { AUTOSAVE_DELAY_MS, flushAutosave, hasUnsavedEdits, startAutosave } from '../../../renderer/state/autosave';
import { useDesignStore } from '../../../renderer/state/design-store';
import { directApi } from '../../helpers/api';
import { sampleDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

/** The renderer's autosave against the real services and a real SQLite library in a temp folder. */
describe('autosave', () => {
  const tempDir = useTempDirs();
  let services: Services;
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    services = openServices(tempDir());
    useAppStore.getState().set({ api: directApi(services), save: { state: 'saved', at: 0 } });
    stop = startAutosave();
    useDesignStore.getState().load(sampleDesign());
  });
  afterEach(() => {
    stop();
    services.library.close();
    vi.useRealTimers();
  });

  const rename = (title: string) =>
    useDesignStore.getState().update((design) => {
      design.title = title;
    });
  const status = () => useAppStore.getState().save;

  it('saves to the library after a quiet moment, not on every keystroke', async () => {
    rename('Autosaved Ελληνικά');
    expect(status().state).toBe('pending');
    expect(hasUnsavedEdits()).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(services.library.list({ limit: 10 })).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(status().state).toBe('saved'));
    expect(services.library.get('sample-design').title).toBe('Autosaved Ελληνικά');
    expect(hasUnsavedEdits()).toBe(false);
  });

  it('shows a failed save with the reason, retries, and succeeds once the problem is fixed', async () => {
    rename('x'.repeat(600)); // longer than a title may be: the contract refuses it
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    await vi.waitFor(() => expect(status().state).toBe('failed'));
    const failed = status();
    expect(failed.state === 'failed' && failed.message).toMatch(/title/);
    expect(failed.state === 'failed' && failed.retryInMs).toBe(2_000);
    expect(hasUnsavedEdits()).toBe(true);

    rename('Fixed title');
    await vi.advanceTimersByTimeAsync(2_100);
    await vi.waitFor(() => expect(status().state).toBe('saved'));
    expect(services.library.get('sample-design').title).toBe('Fixed title');
  });

  it('flushes pending edits at once when asked (leaving the design, Ctrl+S)', async () => {
    rename('Flushed');
    await flushAutosave();
    expect(services.library.get('sample-design').title).toBe('Flushed');
  });
});
