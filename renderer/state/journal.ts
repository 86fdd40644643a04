import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Design } from '../../shared/model';

/**
 * The recovery journal: edits the library has not acknowledged yet, kept in this browser's
 * IndexedDB (in Electron, the window's own storage). If the back end or the window dies before
 * a save, reopening the design offers them back (RecoveryDialog). One entry per opening of a
 * design, holding its latest unsaved state; an acknowledged save deletes it.
 */
export interface JournalEntry {
  /** One per opening of a design in a window, so an older entry is never overwritten by newer work. */
  key: string;
  designId: string;
  title: string;
  design: Design;
  /** When the newest edit in this entry was made (ms). */
  editedAt: number;
}

interface JournalSchema extends DBSchema {
  edits: { key: string; value: JournalEntry; indexes: { designId: string } };
}

const DB_NAME = 'challenge-designer-journal';

let database: Promise<IDBPDatabase<JournalSchema> | null> | null = null;

function db(): Promise<IDBPDatabase<JournalSchema> | null> {
  database ??= (async () => {
    if (typeof indexedDB === 'undefined') return null;
    try {
      return await openDB<JournalSchema>(DB_NAME, 1, {
        upgrade(upgrade) {
          upgrade.createObjectStore('edits', { keyPath: 'key' }).createIndex('designId', 'designId');
        },
      });
    } catch (error) {
      // Storage refused (a private window may do that): autosave still works, without the safety net.
      console.warn('The recovery journal is not available:', error);
      return null;
    }
  })();
  return database;
}

const newKey = () => globalThis.crypto.randomUUID();

/** At the latest, a write waits this long for the browser to be idle (the journal keeps edits older than a second). */
const IDLE_TIMEOUT_MS = 200;

/**
 * Resolves when the browser is idle, after the frame. A write clones the whole design (about
 * 5 ms at the largest design the schema allows); started straight from the edit, it ran in the
 * keystroke itself, before the frame that shows the letter.
 */
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });

/**
 * Writes are serial and coalesced: while one runs or waits for the browser to be idle, only the
 * newest state waits, so typing costs one write at a time however fast it goes.
 */
interface Writer {
  /** The entry this opening writes to. */
  key: string;
  /** The state that should be on disk (null: nothing, the library has it all). */
  wanted: Design | null;
  /** The state that is on disk. */
  written: Design | null;
  running: Promise<void> | null;
}

class Journal {
  private writer: Writer = { key: '', wanted: null, written: null, running: null };

  /** A design was opened (or another one): its edits from now on go to a fresh entry. */
  open(design: Design): void {
    // A write still running finishes on its own writer; this opening starts clean.
    this.writer = { key: `${design.id}:${newKey()}`, wanted: null, written: null, running: null };
  }

  /** The current state after an edit: kept until the library acknowledges it. */
  record(design: Design): void {
    if (!this.writer.key.startsWith(`${design.id}:`)) this.open(design);
    this.writer.wanted = design;
    this.sync(this.writer);
  }

  /** The library has `design`: nothing of it needs recovering any more. */
  acknowledge(design: Design): void {
    const writer = this.writer;
    if (writer.wanted === design || (writer.wanted === null && writer.written === design)) {
      writer.wanted = null;
      this.sync(writer);
    }
  }

  /** Resolves once everything recorded so far is on disk (tests, the crash bench). */
  async settled(): Promise<void> {
    while (this.writer.running) await this.writer.running;
  }

  private sync(writer: Writer): void {
    if (writer.running) return;
    writer.running = (async () => {
      const store = await db();
      while (writer.wanted !== writer.written) {
        await whenIdle();
        const target = writer.wanted;
        try {
          if (!store) break;
          // Done when committed, not merely queued: a crash right after must not lose it.
          const tx = store.transaction('edits', 'readwrite');
          await Promise.all([
            target ? tx.store.put(entryOf(writer.key, target)) : tx.store.delete(writer.key),
            tx.done,
          ]);
        } catch {
          break; // quota or a closed database: nothing to do but keep the design in memory
        }
        writer.written = target;
      }
      writer.running = null;
    })();
  }

  /** Unacknowledged edits of a design from earlier openings (or a crashed window), newest first. */
  async pending(designId: string): Promise<JournalEntry[]> {
    const store = await db();
    if (!store) return [];
    try {
      const entries = await store.getAllFromIndex('edits', 'designId', designId);
      return entries.filter((entry) => entry.key !== this.writer.key).sort((a, b) => b.editedAt - a.editedAt);
    } catch {
      return [];
    }
  }

  /** Every design with recovered edits (the start screen marks them). */
  async designsWithPending(): Promise<Set<string>> {
    const store = await db();
    if (!store) return new Set();
    try {
      const keys = await store.getAll('edits');
      return new Set(keys.filter((entry) => entry.key !== this.writer.key).map((entry) => entry.designId));
    } catch {
      return new Set();
    }
  }

  /** Forgets entries once the person has kept or discarded them. */
  async remove(keys: string[]): Promise<void> {
    const store = await db();
    if (!store) return;
    const tx = store.transaction('edits', 'readwrite');
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
  }
}

function entryOf(key: string, design: Design): JournalEntry {
  return { key, designId: design.id, title: design.title, design, editedAt: Date.now() };
}

export const journal = new Journal();

/** Tests: a new window's journal (a fresh handle on the same database, as after a reload). */
export function resetJournalForTests(): void {
  database = null;
  journal.open({ id: '' } as Design);
}
