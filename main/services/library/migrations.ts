import type { Database } from 'better-sqlite3';
import { message } from '../../../shared/errors';
import { ServiceError } from '../errors';

/**
 * Library schema migrations, applied in order; `PRAGMA user_version` records how many ran.
 * Never edit a shipped step: add the next one.
 */
const STEPS: ((db: Database) => void)[] = [
  (db) =>
    db.exec(`
      CREATE TABLE designs (
        id             TEXT PRIMARY KEY,
        title          TEXT NOT NULL,
        interpretation TEXT NOT NULL,
        status         TEXT NOT NULL,
        language       TEXT NOT NULL,
        authors        TEXT NOT NULL,
        readiness      INTEGER,
        json           TEXT NOT NULL,
        created        TEXT NOT NULL,
        updated        TEXT NOT NULL,
        saved_at       INTEGER NOT NULL,
        deleted_at     INTEGER
      );
      CREATE INDEX designs_recent ON designs (deleted_at, saved_at DESC);
      CREATE TABLE revisions (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        design_id  TEXT NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('save', 'autosave', 'import', 'restore')),
        title      TEXT NOT NULL,
        json       TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX revisions_by_design ON revisions (design_id, kind, created_at DESC);
      -- Contentless: the text lives in designs.json; the index only maps words to rows.
      CREATE VIRTUAL TABLE designs_fts USING fts5 (
        title, challenge, outcomes, activities,
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `),
  // Who saved each version (a name, and author or reviewer), the file an import came from, and
  // why a revision was kept ("before-import", "before-restore"): compare and history say so.
  (db) =>
    db.exec(`
      ALTER TABLE designs ADD COLUMN saved_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE designs ADD COLUMN saved_as TEXT NOT NULL DEFAULT '';
      ALTER TABLE revisions ADD COLUMN saved_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE revisions ADD COLUMN saved_as TEXT NOT NULL DEFAULT '';
      ALTER TABLE revisions ADD COLUMN source TEXT NOT NULL DEFAULT '';
      ALTER TABLE revisions ADD COLUMN reason TEXT NOT NULL DEFAULT '';
    `),
];

export const LIBRARY_SCHEMA_VERSION = STEPS.length;

export function migrateLibrary(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > STEPS.length)
    throw new ServiceError(
      'newer-version',
      message('errors.library.newerVersion', { current, supported: STEPS.length }),
    );
  for (let version = current; version < STEPS.length; version++) {
    db.transaction(() => {
      STEPS[version]!(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
