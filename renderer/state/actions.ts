import i18next from 'i18next';
import { DESIGN_FILE_TYPE } from '../../shared/product';
import type { CredentialFormat, DocumentKind, ExportFormat, ImportResolution } from '../../shared/api';
import { credentialFileName } from '../../shared/credentials/file-name';
import { credentialExtension } from '../../shared/credentials/formats';
import { designFileName, exportFileName } from '../../shared/document';
import { errorMessage } from '../../shared/errors';
import type { SaveOutcome, SaveRequestMode } from '../../shared/shell';
import {
  createDesign,
  newId,
  type CommentAnchor,
  type DecisionStatus,
  type Design,
  type Interpretation,
} from '../../shared/model';
import type { StepId } from '../../shared/catalog';
import { sameContent } from '../../shared/review';
import { api, useAppStore } from './app-store';
import { flushAutosave, markSaved, savedBy } from './autosave';
import { useDesignStore } from './design-store';
import { journal } from './journal';

export const say = (tone: 'info' | 'error', text: string) => useAppStore.getState().set({ notice: { tone, text } });

export interface OpenOptions {
  /** Open read-only for review: the readiness and findings first, comments and a decision. */
  review?: boolean;
}

/**
 * Shows a design in the walkthrough, then offers back any of its edits the recovery journal
 * holds from a window or a server that stopped before saving them.
 */
function show(design: Design, filePath: string | null, options: OpenOptions & { step?: StepId } = {}): void {
  useDesignStore.getState().load(design, filePath);
  useAppStore.getState().set({
    screen: 'design',
    mode: options.review ? 'review' : 'author',
    step: options.step ?? (options.review ? 'review' : 'interpretation'),
    notice: null,
    europass: null,
  });
  void offerRecovery(design);
}

/** Puts a new design in the library (so autosave has a home) and opens the walkthrough on it. */
async function openDesign(design: Design, filePath: string | null = null, options: OpenOptions = {}): Promise<void> {
  await api()['library.save']({ design, kind: 'save', savedBy: savedBy() });
  show(design, filePath, options);
}

/** Recovered edits of the design just opened, if the journal has any that differ from it. */
async function offerRecovery(opened: Design): Promise<void> {
  const [entry, ...older] = await journal.pending(opened.id);
  if (!entry) return;
  const keys = [entry.key, ...older.map((e) => e.key)];
  // Still the open design? (The person may have moved on while the journal was read.)
  if (useDesignStore.getState().design?.id !== opened.id) return;
  if (sameContent(entry.design, opened)) await journal.remove(keys);
  else useAppStore.getState().set({ recovery: { entry, others: older.map((e) => e.key), opened } });
}

/** Keep the recovered edits: they become the design (one undo step) and are saved. */
export const keepRecovered = () =>
  attempt(async () => {
    const recovery = useAppStore.getState().recovery;
    if (!recovery) return;
    useDesignStore.getState().replace(recovery.entry.design);
    useAppStore.getState().set({ recovery: null });
    await flushAutosave();
    await journal.remove([recovery.entry.key, ...recovery.others]);
  });

/** Discard the recovered edits: the design stays as the library has it. */
export const discardRecovered = () =>
  attempt(async () => {
    const recovery = useAppStore.getState().recovery;
    if (!recovery) return;
    useAppStore.getState().set({ recovery: null });
    await journal.remove([recovery.entry.key, ...recovery.others]);
  });

/**
 * A design from a file: imported into the library unless the library has other content under
 * its id; then the person chooses (ConflictDialog) and nothing is replaced before that.
 */
async function importAndOpen(design: Design, source: string, filePath: string | null, options: OpenOptions) {
  const result = await api()['library.import']({ design, source, savedBy: savedBy() });
  if (result.outcome === 'conflict')
    useAppStore.getState().set({
      conflict: { incoming: design, current: result.current, inTrash: result.inTrash, source, filePath, options },
    });
  else show(result.design, filePath, options);
}

/** The person's choice for a file whose design the library has in another version. */
export const resolveConflict = (choice: ImportResolution | 'cancel') =>
  attempt(async () => {
    const conflict = useAppStore.getState().conflict;
    if (!conflict) return;
    if (choice === 'cancel') return useAppStore.getState().set({ conflict: null });
    const result = await api()['library.import']({
      design: conflict.incoming,
      source: conflict.source,
      resolve: choice,
      copyTitle: i18next.t('library.copyTitle', { title: conflict.incoming.title || i18next.t('document.untitled') }),
      savedBy: savedBy(),
    });
    if (result.outcome === 'conflict') return; // cannot happen with a choice made
    useAppStore.getState().set({ conflict: null });
    // Saving writes back to the file only when the file is what is open (not a copy, not a merge).
    show(result.design, choice === 'replace' ? conflict.filePath : null, conflict.options);
    say('info', i18next.t(`conflict.done.${choice}`, { title: result.design.title }));
  });

/** Runs a user action; a failure becomes the notice that says why. */
export async function attempt(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    say('error', errorMessage(i18next.t, error));
  }
}

export const newDesign = (interpretation: Interpretation, title: string) =>
  attempt(() => openDesign(createDesign({ interpretation, title })));

export const openFromLibrary = (id: string, options: OpenOptions & { step?: StepId } = {}) =>
  attempt(async () => {
    const design = await api()['library.get']({ id });
    show(design, null, options);
  });

/**
 * An example opens as the user's own copy: a new id, so the shipped example stays pristine. The
 * copy joins the library with its first change, so examples only looked at leave no clutter.
 */
export const openExample = (id: string, options: OpenOptions = {}) =>
  attempt(async () => {
    const example = await api()['catalog.example']({ id });
    show({ ...example, id: newId(), review: { ...example.review, comments: [] } }, null, options);
  });

/** Browser: the user picked or dropped a file; it goes through the same reading checks as on disk. */
export const openUploadedFile = (file: File, options: OpenOptions = {}) =>
  attempt(async () => {
    const opened = await api()['files.parse']({ name: file.name, text: await file.text() });
    await importAndOpen(opened.design, file.name, null, options);
  });

/** Electron: a path from Open Recent or from the OS ("open with", a double-clicked file). */
export const openFilePath = (path: string, options: OpenOptions = {}) =>
  attempt(async () => {
    await flushAutosave();
    const opened = await api()['files.open']({ path });
    await importAndOpen(opened.design, opened.source, opened.source, options);
  });

/** Electron: native dialog, then the file is read by the main process. */
export const openFileWithDialog = (options: OpenOptions = {}) =>
  attempt(async () => {
    const path = await api()['dialogs.openDesign']({});
    if (path) await openFilePath(path, options);
  });

/** Browser: hands a file to the person as a download. */
export function download(fileName: string, blob: Blob): void {
  // The anchor must be in the document for Firefox; it is removed straight away.
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Save: keeps a revision in the library; writes the design file when there is one (Electron). */
export const saveDesign = () =>
  attempt(async () => {
    const { design, filePath } = useDesignStore.getState();
    if (!design) return;
    await flushAutosave();
    await api()['library.save']({ design, kind: 'save', savedBy: savedBy() });
    if (filePath && useAppStore.getState().info?.nativeDialogs) {
      await api()['files.save']({ path: filePath, design });
      useDesignStore.getState().markFileSaved(filePath);
    }
    say('info', i18next.t('notices.saved'));
  });

/** Electron: asks where, then writes a new design file; null when the user cancelled. */
async function writeDesignFileAs(design: Design): Promise<string | null> {
  const path = await api()['dialogs.saveFile']({ suggestedName: designFileName(design), extension: DESIGN_FILE_TYPE });
  if (!path) return null;
  await api()['files.save']({ path, design });
  useDesignStore.getState().markFileSaved(path);
  return path;
}

/** Save As: native dialog in Electron; a download of the design file in the browser. */
export const saveDesignAs = () =>
  attempt(async () => {
    const { design } = useDesignStore.getState();
    if (!design) return;
    if (!useAppStore.getState().info?.nativeDialogs) {
      // The file leaves for the team: the first time, it carries the agreed version copies merge from.
      const share = api()['library.share'];
      const shared = await share({ design }).catch(() => design);
      download(designFileName(design), new Blob([JSON.stringify(shared, null, 2)], { type: 'application/json' }));
      return;
    }
    await writeDesignFileAs(design);
  });

/**
 * The close prompt's save (Electron), for whatever design is loaded, on any screen (File > New
 * Design leaves it loaded): "save" puts pending edits in the library and writes the design file
 * when it is behind; "save-as" writes a new design file, the way out when the library refuses.
 * Says how it went, so the prompt can close, offer the file, or stay.
 */
export async function saveForClose(mode: SaveRequestMode): Promise<SaveOutcome> {
  const saved: SaveOutcome = { outcome: 'saved', message: '' };
  if (!useDesignStore.getState().design) return saved;
  try {
    if (mode === 'save-as') {
      const path = await writeDesignFileAs(useDesignStore.getState().design!);
      return path ? saved : { outcome: 'canceled', message: '' };
    }
    await flushAutosave();
    const { save } = useAppStore.getState();
    if (save.state === 'failed') return { outcome: 'failed', message: save.message };
    const { design, filePath, fileDirty } = useDesignStore.getState();
    if (design && filePath && fileDirty) {
      await api()['files.save']({ path: filePath, design });
      useDesignStore.getState().markFileSaved(filePath);
    }
    return saved;
  } catch (error) {
    return { outcome: 'failed', message: errorMessage(i18next.t, error) };
  }
}

export const backToStart = () =>
  attempt(async () => {
    await flushAutosave();
    useDesignStore.getState().close();
    useAppStore.getState().set({ screen: 'start', mode: 'author', notice: null });
  });

// ── The library: history, duplicates, trash ──────────────────────────────────

/** Makes an earlier version current again; the version it replaces stays in the history. */
export const restoreRevision = (revisionId: number, when: string) =>
  attempt(async () => {
    const open = useDesignStore.getState().design;
    if (open) await flushAutosave();
    const restored = await api()['library.restoreRevision']({ revisionId, savedBy: savedBy() });
    if (open?.id === restored.id) {
      // One undo step back to what was there; the library already has the restored version.
      useDesignStore.getState().replace(restored);
      markSaved(useDesignStore.getState().design!);
      await flushAutosave();
    }
    say('info', i18next.t('library.restored', { when }));
    useAppStore.getState().set({ libraryChanged: Date.now() });
  });

export const duplicateDesign = (id: string, title: string) =>
  attempt(async () => {
    const copy = await api()['library.duplicate']({
      id,
      title: i18next.t('library.copyTitle', { title: title || i18next.t('document.untitled') }),
      savedBy: savedBy(),
    });
    say('info', i18next.t('library.duplicated', { title: copy.title }));
    useAppStore.getState().set({ libraryChanged: Date.now() });
  });

/** A change to the library from the start screen: done, said, and the lists reload. */
const changeLibrary = (change: () => Promise<unknown>, message: string, title: string) =>
  attempt(async () => {
    await change();
    say('info', i18next.t(message, { title: title || i18next.t('document.untitled') }));
    useAppStore.getState().set({ libraryChanged: Date.now() });
  });

export const trashDesign = (id: string, title: string) =>
  changeLibrary(() => api()['library.trash']({ id }), 'library.trashed', title);

export const restoreFromTrash = (id: string, title: string) =>
  changeLibrary(() => api()['library.restoreFromTrash']({ id }), 'library.restoredFromTrash', title);

/** Deletes a design and its history for good (after the person confirmed it). */
export const deleteForGood = (id: string, title: string) =>
  changeLibrary(() => api()['library.purge']({ id }), 'library.deleted', title);

export const base64Bytes = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/**
 * Exports the open design: Electron asks where to save (the dialog confirms replacing) and the
 * main process writes the file; the browser downloads it. Drafts with errors export too.
 */
export const exportDocument = (document: DocumentKind, format: ExportFormat, secondLanguage?: string) =>
  attempt(async () => {
    const { design } = useDesignStore.getState();
    if (!design || useAppStore.getState().exporting) return;
    const label = i18next.t(`exports.documents.${document}`);
    let path: string | null = null;
    if (useAppStore.getState().info?.nativeDialogs) {
      path = await api()['dialogs.saveFile']({
        suggestedName: exportFileName(design, document, format, secondLanguage),
        extension: format,
      });
      if (!path) return;
    }
    useAppStore.getState().set({ exporting: { document, format } });
    try {
      if (path) {
        await api()['export.toFile']({ design, document, format, path, secondLanguage });
        say('info', i18next.t('exports.savedTo', { document: label, path }));
      } else {
        const file = await api()['export.render']({ design, document, format, secondLanguage });
        download(file.fileName, new Blob([base64Bytes(file.base64)], { type: file.mime }));
        say('info', i18next.t('exports.downloaded', { document: label, file: file.fileName }));
      }
    } finally {
      useAppStore.getState().set({ exporting: null });
    }
  });

/**
 * Exports the open design as Europass (ELM) or Open Badges 3.0 data, like the documents: Electron
 * asks where to save, the browser downloads. Built in the export thread.
 */
export const exportCredential = (format: CredentialFormat) =>
  attempt(async () => {
    const { design } = useDesignStore.getState();
    if (!design || useAppStore.getState().exporting) return;
    const label = i18next.t(`exports.credentials.${format}.name`);
    let path: string | null = null;
    if (useAppStore.getState().info?.nativeDialogs) {
      path = await api()['dialogs.saveFile']({
        suggestedName: credentialFileName(design, format),
        extension: credentialExtension(format),
      });
      if (!path) return;
    }
    useAppStore.getState().set({ exporting: { credential: format } });
    try {
      if (path) {
        await api()['credentials.toFile']({ design, format, path });
        say('info', i18next.t('exports.savedTo', { document: label, path }));
      } else {
        const file = await api()['credentials.render']({ design, format });
        download(file.fileName, new Blob([file.text], { type: file.mime }));
        say('info', i18next.t('exports.downloaded', { document: label, file: file.fileName }));
      }
    } finally {
      useAppStore.getState().set({ exporting: null });
    }
  });

/**
 * "Validate for Europass": the Commission's LOQ and EDC shapes over the design's ELM export, in
 * the export thread. The findings stay with the design they were made for.
 */
export const validateForEuropass = () =>
  attempt(async () => {
    const { design } = useDesignStore.getState();
    if (!design || useAppStore.getState().europass?.state === 'running') return;
    useAppStore.getState().set({ europass: { state: 'running' } });
    try {
      const result = await api()['credentials.validate']({ design });
      // Still the same design? (The person may have opened another meanwhile.)
      if (useDesignStore.getState().design?.id !== design.id) return useAppStore.getState().set({ europass: null });
      useAppStore.getState().set({ europass: { state: 'done', design, result } });
    } catch (error) {
      useAppStore.getState().set({ europass: null });
      throw error;
    }
  });

/** A reviewer's comment on a section or an item; it travels inside the design file. */
export function addComment(anchor: CommentAnchor, text: string): void {
  const { reviewerName, mode } = useAppStore.getState();
  const author =
    reviewerName.trim() || i18next.t(mode === 'review' ? 'review.anonymousReviewer' : 'review.anonymousAuthor');
  useDesignStore.getState().update(
    (design) =>
      void design.review.comments.push({
        id: newId(),
        anchor,
        author,
        createdAt: new Date().toISOString(),
        text: text.trim(),
        resolved: false,
        resolvedAt: null,
        resolvedBy: '',
      }),
    { review: true },
  );
}

export function setCommentResolved(id: string, resolved: boolean): void {
  const by = useAppStore.getState().reviewerName.trim();
  useDesignStore.getState().update(
    (design) => {
      const comment = design.review.comments.find((c) => c.id === id);
      if (!comment) return;
      comment.resolved = resolved;
      comment.resolvedAt = resolved ? new Date().toISOString() : null;
      comment.resolvedBy = resolved ? by : '';
    },
    { review: true },
  );
}

/** Records a decision; the previous one moves to the history. */
export function recordDecision(status: DecisionStatus, note: string): void {
  const reviewer = useAppStore.getState().reviewerName.trim();
  useDesignStore.getState().update(
    (design) => {
      const { decision } = design.review;
      if (decision.date !== null || decision.status !== 'draft') design.review.history.push({ ...decision });
      design.review.decision = { status, reviewer, date: new Date().toISOString(), note: note.trim() };
    },
    { review: true },
  );
}

/** Leaves review mode on purpose: from now on the design can be edited. */
export const startEditing = () => useAppStore.getState().set({ mode: 'author' });
