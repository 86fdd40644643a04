import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journal, resetJournalForTests } from '../../../renderer/state/journal';
import { sampleDesign } from '../../helpers/designs';

/**
 * The recovery journal clones the whole design into IndexedDB (about 5 ms at the largest design
 * the schema allows). That belongs after the frame, not in the keystroke that recorded it.
 */
describe('recovery journal', () => {
  let idle: (() => void)[];

  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetJournalForTests();
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** Runs idle callbacks until the journal has nothing left to write. */
  async function settle() {
    for (let round = 0; round < 20; round++) {
      for (const callback of idle.splice(0)) callback();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await journal.settled();
  }

  it('writes an edit when the browser is idle, not within the edit', async () => {
    const design = sampleDesign();
    journal.record(design);
    await settle(); // the database is open from now on
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const edited = { ...design, title: 'Typed just now' };
    journal.record(edited);
    for (let i = 0; i < 20; i++) await Promise.resolve(); // what runs before the keystroke's frame
    expect(put).not.toHaveBeenCalled();
    await settle();
    expect(put).toHaveBeenCalledTimes(1);
    resetJournalForTests(); // a new window finds it
    expect((await journal.pending(design.id)).map((entry) => entry.design.title)).toEqual(['Typed just now']);
  });

  it('writes only the newest of edits made while it waited', async () => {
    const design = sampleDesign();
    journal.record(design);
    await settle();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    for (const title of ['T', 'Ty', 'Typ', 'Typed']) journal.record({ ...design, title });
    await settle();
    expect(put).toHaveBeenCalledTimes(1);
    resetJournalForTests();
    expect((await journal.pending(design.id)).map((entry) => entry.design.title)).toEqual(['Typed']);
  });
});
