import type Database from 'better-sqlite3';
import { type Database as Db } from 'better-sqlite3';
import { basename, dirname } from 'node:path';
import { withAgreedVersion } from '../../../shared/merge';
import {
  newId,
  parseDesignText,
  type Design,
  type DesignSummary,
  type ImportOutcome,
  type ImportResolution,
  type Lineage,
  type RevisionKind,
  type RevisionReason,
  type RevisionSummary,
  type SavedBy,
} from '../../../shared/model';
import { sameContent, takeInReview } from '../../../shared/review';
import { message, type Message } from '../../../shared/errors';
import { ServiceError, storageError } from '../errors';
import { readDesignFile } from '../files/design-file';
import type { LibrarySession } from './health';
import { LibraryReader, type LibraryOptions } from './library-reader';
import { searchText } from './search-text';

export {
  BACKGROUND_CHECK_INTERVAL_MS,
  CHECK_AT_EVERY_OPEN_MAX_BYTES,
  LIBRARY_FILE,
  type LibraryOptions,
} from './library-reader';

/**
 * Revision policy (README "Library"): every explicit save, import and restore keeps a revision
 * (the newest MAX_SAVED_REVISIONS per design); autosaves update the design in place and keep a
 * snapshot at most every AUTOSAVE_SNAPSHOT_MS (the newest MAX_AUTOSAVE_REVISIONS per design).
 */
export const MAX_SAVED_REVISIONS = 100;
export const MAX_AUTOSAVE_REVISIONS = 30;
export const AUTOSAVE_SNAPSHOT_MS = 5 * 60 * 1000;

export interface SaveOptions {
  savedBy?: SavedBy;
  /** The file an import came from. */
  source?: string;
}

export interface ImportOptions extends SaveOptions {
  resolve?: ImportResolution;
  /** Title of the copy ('copy'); the UI passes it in its language. */
  copyTitle?: string;
}

/**
 * The local library: one SQLite file holding designs, their revisions and a search index.
 * Opening, the integrity checks, listing and searching are the LibraryReader's (library-reader.ts).
 */
export class Library extends LibraryReader {
  private readonly readinessOf: (design: Design) => number | null;

  private constructor(db: Db, file: string, notice: Message | null, session: LibrarySession, options: LibraryOptions) {
    super(db, file, notice, session, options);
    this.readinessOf = options.readiness ?? (() => null);
  }

  /** Opens (or creates) the library in `folder`, as LibraryReader.open says. */
  static override open(folder: string, options: LibraryOptions = {}): Library {
    return super.openWith(folder, options, (...parts) => new Library(...parts, options));
  }

  // ── Reading ────────────────────────────────────────────────────────────────

  /** The current version of a design, read through the same validation and migration as files. */
  get(id: string): Design {
    const row = this.db.prepare('SELECT json FROM designs WHERE id = ?').get(id) as { json: string } | undefined;
    if (!row) throw new ServiceError('not-found', message('errors.library.noDesign', { id }));
    return this.parseStored(row.json, 'storedDesignInvalid', id);
  }

  revisions(designId: string): RevisionSummary[] {
    return (
      this.db
        .prepare(
          `SELECT id, design_id, kind, title, created_at, saved_by, saved_as, source, reason FROM revisions
           WHERE design_id = ? ORDER BY created_at DESC, id DESC`,
        )
        .all(designId) as {
        id: number;
        design_id: string;
        kind: RevisionKind;
        title: string;
        created_at: number;
        saved_by: string;
        saved_as: SavedBy['role'];
        source: string;
        reason: RevisionReason;
      }[]
    ).map((r) => ({
      id: r.id,
      designId: r.design_id,
      kind: r.kind,
      title: r.title,
      createdAt: r.created_at,
      savedBy: r.saved_by,
      savedAs: r.saved_as,
      source: r.source,
      reason: r.reason,
    }));
  }

  getRevision(revisionId: number): Design {
    const row = this.db.prepare('SELECT json FROM revisions WHERE id = ?').get(revisionId) as
      { json: string } | undefined;
    if (!row) throw new ServiceError('not-found', message('errors.library.noRevision', { id: revisionId }));
    return this.parseStored(row.json, 'storedRevisionInvalid', String(revisionId));
  }

  private parseStored(json: string, what: 'storedDesignInvalid' | 'storedRevisionInvalid', id: string): Design {
    const result = parseDesignText(json);
    if (!result.ok)
      throw new ServiceError('invalid-design', message(`errors.library.${what}`, { id, problem: result.problems[0]! }));
    return result.design;
  }

  // ── Writing ────────────────────────────────────────────────────────────────

  /** Runs a write; a full disk or a read-only drive becomes a sentence that says what to do. */
  private write<T>(change: () => T): T {
    try {
      return change();
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      throw storageError(error, dirname(this.file), 'save') ?? error;
    }
  }

  /** Records the agreed version of a design in place (bookkeeping: no revision, no new save time). */
  private setLineage(id: string, lineage: Lineage): void {
    this.write(() =>
      this.db
        .prepare("UPDATE designs SET json = json_set(json, '$.lineage', json(?)) WHERE id = ?")
        .run(JSON.stringify(lineage), id),
    );
  }

  /** The agreed version the library's copy of a design started from (see shared/merge/lineage.ts). */
  private storedLineage(id: string): Lineage | null {
    const row = this.db
      .prepare("SELECT json_extract(json, '$.lineage') AS lineage FROM designs WHERE id = ?")
      .get(id) as { lineage: string | null } | undefined;
    return row?.lineage ? (JSON.parse(row.lineage) as Lineage) : null;
  }

  /**
   * Saves a design: `save` (explicit) always keeps a revision, `autosave` at most every few
   * minutes. A design without lineage, or with an earlier agreed version than the library's,
   * keeps the one the library has: the agreed version is set when the design is shared or
   * merged, and no edit takes it away.
   */
  save(incoming: Design, kind: RevisionKind = 'save', options: SaveOptions = {}): DesignSummary {
    const stored = this.storedLineage(incoming.id);
    // An editor opened before a merge still holds the earlier agreed version: the newer one stays.
    const stale = incoming.lineage !== null && stored?.ancestors.includes(incoming.lineage.base);
    const design = incoming.lineage === null || stale ? { ...incoming, lineage: stored } : incoming;
    const json = JSON.stringify(design);
    const now = this.now();
    const meta = { savedBy: options.savedBy ?? { name: '', role: '' }, source: options.source ?? '' };
    this.write(() =>
      this.db.transaction(() => {
        if (kind === 'import' || kind === 'restore')
          this.preserveCurrent(design.id, now, kind === 'import' ? 'before-import' : 'before-restore');
        this.upsert(design, json, now, meta.savedBy);
        if (kind !== 'autosave' || this.autosaveSnapshotDue(design.id, now))
          this.addRevision(design, json, kind, now, { ...meta, reason: '' });
      })(),
    );
    return this.summary(design.id);
  }

  private upsert(design: Design, json: string, now: number, savedBy: SavedBy): void {
    const existing = this.db.prepare('SELECT rowid FROM designs WHERE id = ?').get(design.id) as
      { rowid: number } | undefined;
    const values = {
      id: design.id,
      title: design.title,
      interpretation: design.interpretation,
      status: design.review.decision.status,
      language: design.language,
      authors: JSON.stringify(design.authors.map((a) => a.name).filter(Boolean)),
      readiness: this.readinessOf(design),
      json,
      created: design.created,
      updated: design.updated,
      saved_at: now,
      saved_by: savedBy.name,
      saved_as: savedBy.role,
    };
    let rowid: number;
    if (existing) {
      rowid = existing.rowid;
      this.db
        .prepare(
          `UPDATE designs SET title = @title, interpretation = @interpretation, status = @status, language = @language,
           authors = @authors, readiness = @readiness, json = @json, created = @created, updated = @updated,
           saved_at = @saved_at, saved_by = @saved_by, saved_as = @saved_as, deleted_at = NULL WHERE id = @id`,
        )
        .run(values);
      this.db.prepare('DELETE FROM designs_fts WHERE rowid = ?').run(rowid);
    } else {
      rowid = Number(
        this.db
          .prepare(
            `INSERT INTO designs (id, title, interpretation, status, language, authors, readiness, json, created, updated, saved_at, saved_by, saved_as)
             VALUES (@id, @title, @interpretation, @status, @language, @authors, @readiness, @json, @created, @updated, @saved_at, @saved_by, @saved_as)`,
          )
          .run(values).lastInsertRowid,
      );
    }
    const text = searchText(design);
    this.db
      .prepare('INSERT INTO designs_fts (rowid, title, challenge, outcomes, activities) VALUES (?, ?, ?, ?, ?)')
      .run(rowid, text.title, text.challenge, text.outcomes, text.activities);
  }

  /**
   * Before an import or restore replaces a design, keeps its current version (with who saved
   * it) as a revision, unless the newest revision already holds exactly that.
   */
  private preserveCurrent(designId: string, now: number, reason: RevisionReason): void {
    const current = this.db.prepare('SELECT json, saved_by, saved_as FROM designs WHERE id = ?').get(designId) as
      { json: string; saved_by: string; saved_as: SavedBy['role'] } | undefined;
    if (!current) return;
    const latest = this.db
      .prepare('SELECT json FROM revisions WHERE design_id = ? ORDER BY created_at DESC, id DESC LIMIT 1')
      .get(designId) as { json: string } | undefined;
    if (latest?.json !== current.json)
      this.addRevision(JSON.parse(current.json) as Design, current.json, 'save', now, {
        savedBy: { name: current.saved_by, role: current.saved_as },
        source: '',
        reason,
      });
  }

  private autosaveSnapshotDue(designId: string, now: number): boolean {
    const last = this.db.prepare('SELECT max(created_at) AS at FROM revisions WHERE design_id = ?').get(designId) as {
      at: number | null;
    };
    return last.at === null || now - last.at >= AUTOSAVE_SNAPSHOT_MS;
  }

  private addRevision(
    design: Design,
    json: string,
    kind: RevisionKind,
    now: number,
    meta: { savedBy: SavedBy; source: string; reason: RevisionReason },
  ): void {
    this.db
      .prepare(
        `INSERT INTO revisions (design_id, kind, title, json, created_at, saved_by, saved_as, source, reason)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(design.id, kind, design.title, json, now, meta.savedBy.name, meta.savedBy.role, meta.source, meta.reason);
    const autosave = kind === 'autosave';
    this.db
      .prepare(
        `DELETE FROM revisions WHERE id IN (
           SELECT id FROM revisions WHERE design_id = ? AND (kind = 'autosave') = ?
           ORDER BY created_at DESC, id DESC LIMIT -1 OFFSET ?)`,
      )
      .run(design.id, autosave ? 1 : 0, autosave ? MAX_AUTOSAVE_REVISIONS : MAX_SAVED_REVISIONS);
  }

  /**
   * Makes an old revision current again; the version it replaces stays in the history. The
   * agreed version stays the current one: it is what the team's copies started from.
   */
  restoreRevision(revisionId: number, options: SaveOptions = {}): Design {
    const revision = this.getRevision(revisionId);
    const lineage = this.storedLineage(revision.id) ?? revision.lineage;
    const design = { ...revision, lineage, updated: new Date(this.now()).toISOString() };
    this.save(design, 'restore', options);
    return design;
  }

  duplicate(id: string, title?: string, options: SaveOptions = {}): Design {
    const source = this.get(id);
    const now = new Date(this.now()).toISOString();
    const copy: Design = {
      ...structuredClone(source),
      id: newId(),
      title: title ?? `${source.title} (copy)`,
      created: now,
      updated: now,
      review: { comments: [], decision: { status: 'draft', reviewer: '', date: null, note: '' }, history: [] },
      // Another design: it has no team copies yet.
      lineage: null,
    };
    this.save(copy, 'save', options);
    return copy;
  }

  /** Moves a design to the trash (restorable). */
  trash(id: string): void {
    this.requireChange(
      this.write(() =>
        this.db.prepare('UPDATE designs SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(this.now(), id),
      ),
      id,
    );
  }

  restoreFromTrash(id: string): void {
    this.requireChange(
      this.write(() =>
        this.db.prepare('UPDATE designs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id),
      ),
      id,
    );
  }

  /** Deletes a trashed design and its revisions for good. */
  purge(id: string): void {
    this.write(() =>
      this.db.transaction(() => {
        const row = this.db.prepare('SELECT rowid FROM designs WHERE id = ? AND deleted_at IS NOT NULL').get(id) as
          { rowid: number } | undefined;
        if (!row) throw new ServiceError('not-found', message('errors.library.notInTrash', { id }));
        this.db.prepare('DELETE FROM designs_fts WHERE rowid = ?').run(row.rowid);
        this.db.prepare('DELETE FROM designs WHERE rowid = ?').run(row.rowid);
      })(),
    );
  }

  private requireChange(result: Database.RunResult, id: string): void {
    if (result.changes === 0) throw new ServiceError('not-found', message('errors.library.noDesignToChange', { id }));
  }

  /**
   * Brings a design from a file into the library. A new id is imported; the same content is
   * left as it is; other content under an id the library has is never replaced silently: without
   * `resolve` the answer is 'conflict' (with the library's version, to show what differs), and
   * nothing is written.
   */
  importDesign(design: Design, options: ImportOptions = {}): ImportOutcome {
    const row = this.db.prepare('SELECT deleted_at FROM designs WHERE id = ?').get(design.id) as
      { deleted_at: number | null } | undefined;
    if (!row) {
      this.save(design, 'import', options);
      return { outcome: 'imported', design };
    }
    const current = this.get(design.id);
    if (sameContent(current, design)) {
      if (row.deleted_at !== null) this.restoreFromTrash(design.id);
      // The same content from a newer round (the merged file handed back): its agreed version counts.
      const lineage = design.lineage;
      if (lineage && (!current.lineage || lineage.ancestors.includes(current.lineage.base))) {
        this.setLineage(design.id, lineage);
        return { outcome: 'unchanged', design: { ...current, lineage } };
      }
      return { outcome: 'unchanged', design: current };
    }
    const stamp = new Date(this.now()).toISOString();
    switch (options.resolve) {
      case undefined:
        return { outcome: 'conflict', current, inTrash: row.deleted_at !== null };
      case 'copy': {
        const copy: Design = {
          ...design,
          id: newId(),
          title: options.copyTitle ?? `${design.title} (copy)`,
          lineage: null,
        };
        this.save(copy, 'import', options);
        return { outcome: 'copied', design: copy };
      }
      case 'replace':
        this.save(design, 'import', options);
        return { outcome: 'replaced', design };
      case 'take-review': {
        const merged = { ...takeInReview(current, design), updated: stamp };
        this.save(merged, 'import', options);
        return { outcome: 'merged', design: merged };
      }
    }
  }

  /** Imports a design file (the CLI's `import`); conflicts as in importDesign. */
  importFile(path: string, options: ImportOptions = {}): ImportOutcome {
    const { design } = readDesignFile(path);
    return this.importDesign(design, { source: basename(path), ...options });
  }

  /**
   * The design as it leaves this laptop as a file for the team: the first time, its current
   * content becomes the agreed version its copies start from, kept here too, so that the copies
   * merge three ways with this one later. Call it for every design written to a file.
   */
  prepareForSharing(design: Design): Design {
    const stored = design.lineage ?? (this.has(design.id) ? this.storedLineage(design.id) : null);
    if (stored) return { ...design, lineage: stored };
    const shared = withAgreedVersion(design, new Date(this.now()));
    if (this.has(shared.id)) this.setLineage(shared.id, shared.lineage!);
    return shared;
  }

  /**
   * Keeps the merge of team members' copies (shared/merge): the version it replaces and each
   * copy are kept as revisions (so nothing anyone typed is lost, and each can be compared or
   * restored), then the merged design becomes the current one.
   */
  saveMerge(
    merged: Design,
    copies: readonly { design: Design; source: string }[],
    options: SaveOptions = {},
  ): DesignSummary {
    const now = this.now();
    const savedBy = options.savedBy ?? { name: '', role: '' };
    const json = JSON.stringify(merged);
    this.write(() =>
      this.db.transaction(() => {
        this.preserveCurrent(merged.id, now, 'before-import');
        this.upsert(merged, json, now, savedBy);
        for (const copy of copies)
          this.addRevision(copy.design, JSON.stringify(copy.design), 'import', now, {
            savedBy: { name: '', role: '' },
            source: copy.source,
            reason: '',
          });
        this.addRevision(merged, json, 'import', now, { savedBy, source: options.source ?? '', reason: '' });
      })(),
    );
    return this.summary(merged.id);
  }
}
