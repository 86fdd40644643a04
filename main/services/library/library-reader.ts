import Database, { type Database as Db } from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DecisionStatus, Design, DesignSummary, Interpretation } from '../../../shared/model';
import { message, type Message } from '../../../shared/errors';
import { ServiceError, storageError } from '../errors';
import { beginSession, quickCheckInWorker, type LibrarySession } from './health';
import { migrateLibrary } from './migrations';
import { toFtsQuery } from './search-text';

/**
 * The library file and what reading its summaries takes: opening it under the integrity policy,
 * listing and searching. Apart from the full Library (library.ts), which reads and writes
 * designs, because it needs neither the design model's validation (zod) nor the file and review
 * helpers: the CLI's `list` and `search` load this and SQLite only (issue #17: within 3× a raw
 * better-sqlite3 script at 100,000 designs).
 */

export const LIBRARY_FILE = 'library.sqlite';

/**
 * Integrity policy (README "Library"): the full check reads the whole file (about a second per
 * GB), so it runs at every open only for libraries up to this size (tens of milliseconds). A
 * larger library is checked at open when the previous session did not close it (see health.ts),
 * and otherwise in the background, in a worker thread, at most once per BACKGROUND_CHECK_INTERVAL_MS.
 */
export const CHECK_AT_EVERY_OPEN_MAX_BYTES = 64 * 2 ** 20;
export const BACKGROUND_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** The background check waits for the app to settle after start. */
const BACKGROUND_CHECK_DELAY_MS = 10_000;
const CHECKED_AT = 'integrity-checked-at';

export interface LibraryOptions {
  /** Clock in ms; tests pass a fake one. */
  now?: () => number;
  /** Computes the readiness shown in lists (the app wires the design checks in). */
  readiness?: (design: Design) => number | null;
  /** Long-running processes (the app, the server) check a large library in the background when due. */
  backgroundCheck?: boolean;
  /** Libraries up to this many bytes are checked at every open (tests lower it). */
  checkAtEveryOpenMaxBytes?: number;
}

interface DesignRow {
  rowid: number;
  id: string;
  title: string;
  interpretation: Interpretation;
  status: DecisionStatus;
  language: string;
  authors: string;
  readiness: number | null;
  json: string;
  updated: string;
  saved_at: number;
  deleted_at: number | null;
}

const SUMMARY_COLUMNS =
  'id, title, interpretation, status, language, authors, readiness, updated, saved_at, deleted_at';

function toSummary(row: Omit<DesignRow, 'json' | 'rowid'>): DesignSummary {
  return {
    id: row.id,
    title: row.title,
    interpretation: row.interpretation,
    status: row.status,
    language: row.language,
    authors: JSON.parse(row.authors) as string[],
    readiness: row.readiness,
    updated: row.updated,
    savedAt: row.saved_at,
    deletedAt: row.deleted_at,
  };
}

const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB']);

function isCorruption(error: unknown): boolean {
  return CORRUPTION_CODES.has((error as { code?: string }).code ?? '') || error instanceof LibraryCorruptError;
}

class LibraryCorruptError extends Error {}

function openDatabase(file: string, check: boolean): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives an application crash; only a power cut may lose the last commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    if (check) {
      const result = db.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new LibraryCorruptError(String(result));
    }
    migrateLibrary(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const hasContent = (file: string) => {
  try {
    return statSync(file).size > 0;
  } catch {
    return false;
  }
};

function timestampForFileName(ms: number): string {
  return new Date(ms).toISOString().replace(/[:.]/g, '-');
}

/** Moves a damaged library file (and its WAL) aside, never deletes it; returns what to tell the user. */
function moveAside(file: string, now: number): Message {
  const movedTo = join(dirname(file), `library.damaged-${timestampForFileName(now)}.sqlite`);
  renameSync(file, movedTo);
  for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix);
  return message('errors.library.damaged', { path: movedTo });
}

/** Opens the library and reads its summaries; the full Library (library.ts) adds designs and writing. */
export class LibraryReader {
  readonly now: () => number;

  private closed = false;
  private backgroundCheckTimer: ReturnType<typeof setTimeout> | undefined;
  private stopBackgroundCheck: (() => Promise<void>) | null = null;

  protected constructor(
    protected db: Db,
    readonly file: string,
    /** Set when a damaged library was moved aside (at open, or by the background check): show it to the user. */
    public noticeMessage: Message | null,
    private readonly session: LibrarySession,
    options: LibraryOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** The notice in English (logs, the CLI); `noticeMessage` shows it in the reader's language. */
  get notice(): string | null {
    return this.noticeMessage?.message ?? null;
  }

  /**
   * Opens (or creates) the library in `folder`. A damaged file is moved aside, never deleted.
   * The full check runs first when the library is small or was not closed cleanly (see
   * CHECK_AT_EVERY_OPEN_MAX_BYTES), so nothing is written into a damaged file after a crash.
   * Throws a ServiceError that says why when the library cannot be used (a full disk, a
   * read-only drive, no permission).
   */
  static open(folder: string, options: LibraryOptions = {}): LibraryReader {
    return LibraryReader.openWith(folder, options, (...parts) => new LibraryReader(...parts, options));
  }

  /** Opens the file as `open` says and makes the reader (or the full Library) over it. */
  protected static openWith<T extends LibraryReader>(
    folder: string,
    options: LibraryOptions,
    make: (db: Db, file: string, notice: Message | null, session: LibrarySession) => T,
  ): T {
    const file = join(folder, LIBRARY_FILE);
    const action = hasContent(file) ? 'open' : 'create';
    let session: LibrarySession | null = null;
    let library: T;
    let large: boolean;
    let check: boolean;
    try {
      mkdirSync(folder, { recursive: true });
      session = beginSession(file);
      large =
        action === 'open' && statSync(file).size > (options.checkAtEveryOpenMaxBytes ?? CHECK_AT_EVERY_OPEN_MAX_BYTES);
      check = !large || session.stale.length > 0 || session.unmarked;
      try {
        library = make(openDatabase(file, check), file, null, session);
      } catch (error) {
        if (!isCorruption(error)) throw error;
        const notice = moveAside(file, (options.now ?? Date.now)());
        library = make(openDatabase(file, true), file, notice, session);
      }
    } catch (error) {
      session?.end();
      // A full disk, a read-only drive, no permission: a sentence. Anything else stays as it is.
      throw error instanceof ServiceError ? error : (storageError(error, folder, action) ?? error);
    }
    session.clearStale();
    if (large && check && library.notice === null) library.recordCheck();
    else if (large && !check && options.backgroundCheck && library.checkDue()) {
      library.backgroundCheckTimer = setTimeout(() => void library.checkInBackground(), BACKGROUND_CHECK_DELAY_MS);
      library.backgroundCheckTimer.unref();
    }
    return library;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.backgroundCheckTimer);
    void this.stopBackgroundCheck?.();
    this.db.close();
    this.session.end();
  }

  private recordCheck(): void {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(CHECKED_AT, String(this.now()));
  }

  private checkDue(): boolean {
    try {
      const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(CHECKED_AT) as
        { value: string } | undefined;
      return row === undefined || this.now() - Number(row.value) >= BACKGROUND_CHECK_INTERVAL_MS;
    } catch {
      return true; // unreadable: exactly what the check is for
    }
  }

  /**
   * The full check in a worker thread, on its own read-only connection, while the library stays
   * usable. A damaged library is moved aside at once and a fresh one takes its place (with a
   * notice), so no further save goes into the damaged file. Resolves with whether that happened.
   */
  async checkInBackground(): Promise<boolean> {
    const run = quickCheckInWorker(this.file);
    this.stopBackgroundCheck = run.stop;
    const outcome = await run.outcome;
    this.stopBackgroundCheck = null;
    if (this.closed) return false;
    if (outcome.result === 'ok') {
      this.recordCheck();
      return false;
    }
    // A check that could not run (busy, stopped) is not a finding: the next start tries again.
    if (outcome.result === undefined && !CORRUPTION_CODES.has(outcome.code ?? '')) return false;
    this.db.close();
    this.noticeMessage = moveAside(this.file, this.now());
    this.db = openDatabase(this.file, true);
    return true;
  }

  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  // ── Reading summaries ──────────────────────────────────────────────────────

  list(options: { limit?: number; offset?: number; trash?: boolean } = {}): DesignSummary[] {
    const where = options.trash ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
    const order = options.trash ? 'deleted_at DESC' : 'saved_at DESC';
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM designs WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(options.limit ?? 50, options.offset ?? 0) as DesignRow[];
    return rows.map(toSummary);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM designs WHERE deleted_at IS NULL').get() as { n: number }).n;
  }

  /**
   * Full-text search, best matches first. Ranks in the index alone and reads only the best rows
   * (reading every hit's row first cost seconds at 100,000 designs); it ranks as many more as
   * there are designs in the trash, so trashed hits never leave the page short.
   */
  search(query: string, limit = 50): DesignSummary[] {
    const fts = toFtsQuery(query);
    if (!fts) return this.list({ limit });
    const trashed = (
      this.db.prepare('SELECT count(*) AS n FROM designs WHERE deleted_at IS NOT NULL').get() as { n: number }
    ).n;
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS.split(', ')
          .map((column) => `designs.${column}`)
          .join(', ')}
         FROM (SELECT rowid, bm25(designs_fts, 10.0, 3.0, 2.0, 1.0) AS score FROM designs_fts
               WHERE designs_fts MATCH ? ORDER BY score LIMIT ?) AS hit
         JOIN designs ON designs.rowid = hit.rowid
         WHERE designs.deleted_at IS NULL ORDER BY hit.score LIMIT ?`,
      )
      .all(fts, limit + trashed, limit) as DesignRow[];
    return rows.map(toSummary);
  }

  has(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM designs WHERE id = ?').get(id) !== undefined;
  }

  summary(id: string): DesignSummary {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM designs WHERE id = ?`).get(id) as DesignRow | undefined;
    if (!row) throw new ServiceError('not-found', message('errors.library.noDesign', { id }));
    return toSummary(row);
  }
}
