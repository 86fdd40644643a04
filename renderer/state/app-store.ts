import { create } from 'zustand';
import type {
  AppInfo,
  CredentialFormat,
  DesignerApi,
  DocumentKind,
  EuropassValidation,
  ExportFormat,
} from '../../shared/api';
import type { Catalog } from '../../shared/catalog';
import type { StepId } from '../../shared/catalog';
import type { Design } from '../../shared/model';
import type { JournalEntry } from './journal';

export type SaveStatus =
  | { state: 'saved'; at: number }
  | { state: 'pending' }
  | { state: 'saving' }
  | {
      state: 'failed';
      /** offline: the back end does not answer (retried every second); access: the access key was refused (needs reconnecting); error: anything else. */
      reason: 'offline' | 'access' | 'error';
      message: string;
      /** When the next automatic try is; null when only the person can fix it. */
      retryInMs: number | null;
    };

export interface AppState {
  api: DesignerApi | null;
  info: AppInfo | null;
  /** Reference data in the UI's language (labels, pickers, guidance). */
  catalog: Catalog | null;
  /** Reference data in other languages designs are written in (see use-design-catalog.ts). */
  designCatalogs: Record<string, Catalog>;
  screen: 'start' | 'design' | 'pathway';
  /** The presentation view of the open design (full window, one screen per part). */
  presenting: boolean;
  step: StepId;
  save: SaveStatus;
  /** A check finding's path to focus once its step has rendered (see components/fields.tsx). */
  focusField: string | null;
  /** A message for the user that is not tied to a field (open failed, export done…). */
  notice: { tone: 'info' | 'error'; text: string } | null;
  /** Author edits the design; a reviewer reads, comments and decides (edits are refused). */
  mode: 'author' | 'review';
  /** The name a reviewer signs comments and decisions with (remembered on this computer). */
  reviewerName: string;
  /** The export on its way, if any (one at a time; buttons show progress). */
  exporting: { document: DocumentKind; format: ExportFormat } | { credential: CredentialFormat } | null;
  /**
   * "Validate for Europass" (runs in the export thread): running, or its findings for the design
   * as it was then (`design`: a later edit makes the result out of date, and the step says so).
   */
  europass: { state: 'running' } | { state: 'done'; design: Design; result: EuropassValidation } | null;
  /** Unsaved edits found in the recovery journal for the design just opened: keep or discard. */
  recovery: { entry: JournalEntry; others: string[]; opened: Design } | null;
  /** The window lost access to the server (a new access key): the reconnect step is shown. */
  reconnecting: boolean;
  /** A file whose design the library has in another version: the person chooses what to keep. */
  conflict: {
    incoming: Design;
    current: Design;
    inTrash: boolean;
    /** The file it came from: a path (Electron) or an uploaded file's name. */
    source: string;
    filePath: string | null;
    options: { review?: boolean };
  } | null;
  /** Bumped when the library changed from the UI (trash, duplicate, restore): lists reload. */
  libraryChanged: number;
  set(partial: Partial<Omit<AppState, 'set'>>): void;
}

function readReviewerName(): string {
  try {
    return globalThis.localStorage?.getItem('reviewer-name') ?? '';
  } catch {
    return '';
  }
}

export function rememberReviewerName(name: string): void {
  useAppStore.getState().set({ reviewerName: name });
  try {
    globalThis.localStorage?.setItem('reviewer-name', name);
  } catch {
    // Private windows may refuse storage; the name still holds for this session.
  }
}

export const useAppStore = create<AppState>()((set) => ({
  api: null,
  info: null,
  catalog: null,
  designCatalogs: {},
  screen: 'start',
  presenting: false,
  step: 'interpretation',
  save: { state: 'saved', at: 0 },
  focusField: null,
  notice: null,
  mode: 'author',
  reviewerName: readReviewerName(),
  exporting: null,
  europass: null,
  recovery: null,
  reconnecting: false,
  conflict: null,
  libraryChanged: 0,
  // Setting what is already there (autosave marks every keystroke "pending") tells no one: with
  // 500 outcome cards on screen, thousands of subscribers would check their slice for nothing.
  set: (partial) =>
    set((state) =>
      Object.entries(partial).every(([key, value]) => unchanged(state[key as keyof AppState], value)) ? state : partial,
    ),
}));

/** The same value, or a flat object with the same fields (a status set again). */
function unchanged(current: unknown, next: unknown): boolean {
  if (Object.is(current, next)) return true;
  if (!current || !next || typeof current !== 'object' || typeof next !== 'object') return false;
  if (Array.isArray(current) || Array.isArray(next)) return false;
  const keys = Object.keys(next);
  return (
    keys.length === Object.keys(current).length &&
    keys.every((key) => Object.is((current as Record<string, unknown>)[key], (next as Record<string, unknown>)[key]))
  );
}

/** The API, once the app has booted (components render only after that). */
export function api(): DesignerApi {
  const value = useAppStore.getState().api;
  if (!value) throw new Error('The API is not ready yet.');
  return value;
}

/** True while a reviewer reads the design: fields show their values but do not take edits. */
export const useReadOnly = () => useAppStore((s) => s.mode === 'review');
