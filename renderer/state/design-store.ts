import { produce } from 'immer';
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Design } from '../../shared/model';
import { useAppStore } from './app-store';

/** Keystrokes closer together than this form one undo step ("undo" takes back a word, not a letter). */
const UNDO_GROUPING_MS = 600;

export interface DesignState {
  design: Design | null;
  /** Where the design came from on disk (Electron) or the uploaded file name; null for library-only. */
  filePath: string | null;
  /** Changes not yet written to the design file (the library autosaves separately). */
  fileDirty: boolean;
  /** Counts openings: a load (even of the same design) is not an edit. */
  opened: number;
  /** Replaces the design (open, new); clears the undo history. */
  load(design: Design, filePath?: string | null): void;
  /** Replaces the whole design as one edit that undo takes back (recovered edits, a restored version). */
  replace(design: Design): void;
  /**
   * Applies an edit as an immer recipe and stamps the update time. In review mode only edits
   * marked `review` (comments, the decision) go through: the design itself is read-only.
   */
  update(recipe: (draft: Design) => void, options?: { review?: boolean }): void;
  markFileSaved(filePath: string | null): void;
  close(): void;
}

/** Time of the latest edit; a new design starts a new burst. */
let lastEditAt = 0;

/** Records the state before a burst of edits only once (leading edge), so a burst undoes as one. */
function groupBursts<T extends unknown[]>(record: (...args: T) => void): (...args: T) => void {
  return (...args: T) => {
    const now = Date.now();
    if (now - lastEditAt > UNDO_GROUPING_MS) record(...args);
    lastEditAt = now;
  };
}

function clearHistory(): void {
  lastEditAt = 0;
  useDesignStore.temporal.getState().clear();
}

export const useDesignStore = create<DesignState>()(
  temporal(
    (set) => ({
      design: null,
      filePath: null,
      fileDirty: false,
      opened: 0,
      load: (design, filePath = null) => {
        set((state) => ({ design, filePath, fileDirty: false, opened: state.opened + 1 }));
        clearHistory();
      },
      replace: (design) => {
        lastEditAt = 0; // its own undo step
        set({ design: { ...design, updated: new Date().toISOString() }, fileDirty: true });
      },
      update: (recipe, options) =>
        set((state) => {
          if (!state.design) return state;
          if (useAppStore.getState().mode === 'review' && !options?.review) return state;
          const design = produce(state.design, (draft) => {
            recipe(draft);
            draft.updated = new Date().toISOString();
          });
          return { design, fileDirty: true };
        }),
      markFileSaved: (filePath) => set({ filePath, fileDirty: false }),
      close: () => {
        set((state) => ({ design: null, filePath: null, fileDirty: false, opened: state.opened + 1 }));
        clearHistory();
      },
    }),
    {
      // Only the design is history; file bookkeeping is not something to undo.
      partialize: (state) => ({ design: state.design }),
      equality: (past, current) => past.design === current.design,
      handleSet: (handleSet) => groupBursts(handleSet),
      limit: 200,
    },
  ),
);

export const undo = () => useDesignStore.temporal.getState().undo();
export const redo = () => useDesignStore.temporal.getState().redo();
