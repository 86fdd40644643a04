import i18next from 'i18next';
import { create } from 'zustand';
import type { MergePreviewData } from '../../shared/api';
import { errorMessage } from '../../shared/errors';
import type { Design } from '../../shared/model';
import { api, useAppStore } from './app-store';
import { flushAutosave, savedBy } from './autosave';
import { useDesignStore } from './design-store';

/**
 * "Merge a team member's file…" (README, "Working as a team"): the open design, as the library
 * has it, merged with team members' files. Nothing changes until the person saves the merge; then
 * the editor loads the merged design, so what it held before can never autosave over it.
 */

/** The files to merge: uploaded texts (browser) or paths on this computer (desktop). */
export type MergeSources =
  { kind: 'files'; files: { name: string; text: string }[] } | { kind: 'paths'; paths: string[] };

export interface MergeState {
  /** The dialog is open (choosing files first, then the questions). */
  open: boolean;
  sources: MergeSources | null;
  preview: MergePreviewData | null;
  /**
   * The merged design before any answer (every question keeps "mine"): compared with mine, it is
   * exactly what combined without asking.
   */
  unanswered: Design | null;
  /** The person's answers: chosen option by question id. */
  answers: Record<string, number>;
  busy: boolean;
  /** Why the last step failed, in words (a file that cannot be read, another design…). */
  error: string | null;
}

const CLOSED: MergeState = {
  open: false,
  sources: null,
  preview: null,
  unanswered: null,
  answers: {},
  busy: false,
  error: null,
};

export const useMergeStore = create<MergeState>()(() => CLOSED);

const set = (partial: Partial<MergeState>) => useMergeStore.setState(partial);
const ownLabel = () => i18next.t('merge.yourVersion');

/** Opens the dialog on the open design, after its pending edits reached the library (the merge reads them there). */
export async function startMerge(): Promise<void> {
  const { design } = useDesignStore.getState();
  if (!design || useAppStore.getState().mode === 'review') return;
  await flushAutosave();
  set({ ...CLOSED, open: true });
}

export const closeMerge = () => set(CLOSED);

async function preview(sources: MergeSources, answers: Record<string, number>): Promise<void> {
  const design = useDesignStore.getState().design;
  if (!design) return;
  set({ sources, answers, busy: true, error: null });
  try {
    const args = { id: design.id, ownLabel: ownLabel(), resolutions: answers };
    const result =
      sources.kind === 'files'
        ? await api()['merge.preview']({ ...args, files: sources.files })
        : await api()['merge.previewPaths']({ ...args, paths: sources.paths });
    // Answered again meanwhile? Only the latest answers' preview counts.
    if (useMergeStore.getState().answers !== answers || !useMergeStore.getState().open) return;
    set({ preview: result, busy: false, ...(Object.keys(answers).length === 0 ? { unanswered: result.design } : {}) });
  } catch (error) {
    if (useMergeStore.getState().answers === answers) set({ busy: false, error: errorMessage(i18next.t, error) });
  }
}

/** Browser: the files the person picked. */
export async function mergeUploadedFiles(files: readonly File[]): Promise<void> {
  const texts = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
  await preview({ kind: 'files', files: texts }, {});
}

/** Desktop: the native dialog (several files at once). */
export async function mergeFilesWithDialog(): Promise<void> {
  try {
    const paths = await api()['dialogs.openDesigns']({});
    if (paths.length > 0) await preview({ kind: 'paths', paths }, {});
  } catch (error) {
    set({ error: errorMessage(i18next.t, error) });
  }
}

/** One answer: the merge runs again, so answers that bring or settle other questions show at once. */
export function answer(questionId: string, option: number): Promise<void> {
  const { sources, answers } = useMergeStore.getState();
  if (!sources) return Promise.resolve();
  return preview(sources, { ...answers, [questionId]: option });
}

/**
 * Keeps the merge (the library keeps the version it replaces and every copy as revisions) and
 * loads it into the editor: a fresh start of its history, with the design file (desktop) marked
 * behind, so Save writes the merged design there.
 */
export async function saveMerge(): Promise<void> {
  const { sources, answers, preview: shown } = useMergeStore.getState();
  const { design, filePath } = useDesignStore.getState();
  if (!sources || !shown || !design) return;
  set({ busy: true, error: null });
  try {
    const args = {
      id: design.id,
      ownLabel: ownLabel(),
      resolutions: answers,
      expectVersion: shown.version,
      savedBy: savedBy(),
    };
    const merged: Design =
      sources.kind === 'files'
        ? await api()['merge.save']({ ...args, files: sources.files })
        : await api()['merge.savePaths']({ ...args, paths: sources.paths });
    useDesignStore.getState().load(merged, filePath);
    if (filePath) useDesignStore.setState({ fileDirty: true });
    const files = shown.inputs.slice(1).map((input) => input.label);
    closeMerge();
    useAppStore.getState().set({
      notice: { tone: 'info', text: i18next.t('merge.saved', { count: files.length, files: files.join(', ') }) },
    });
  } catch (error) {
    set({ busy: false, error: errorMessage(i18next.t, error) });
  }
}
