import * as z from 'zod';

/**
 * What the page tells the desktop shell about unsaved work, so the close prompt can say what is
 * true: everything in the library; edits on their way (pending, saving); a library save that
 * failed, with its message; a design file on disk that is behind the design.
 */
export const SaveReport = z
  .object({
    library: z.enum(['saved', 'pending', 'saving', 'failed']),
    /** Why the last library save failed; empty unless `library` is "failed". */
    error: z.string().max(2_000),
    /** The design file (Electron: its path) that does not have the latest edits, or "". */
    fileBehind: z.string().max(4_096),
  })
  .strict();
export type SaveReport = z.infer<typeof SaveReport>;

/** Nothing to lose: no design open, or everything saved where it belongs. */
export const ALL_SAVED: SaveReport = { library: 'saved', error: '', fileBehind: '' };

/** The close prompt asks the page to save: into the library (and the open file), or as a new file. */
export const SaveRequestMode = z.enum(['save', 'save-as']);
export type SaveRequestMode = z.infer<typeof SaveRequestMode>;

/** The page's answer to a save request from the close prompt. */
export const SaveOutcome = z
  .object({
    outcome: z.enum(['saved', 'canceled', 'failed']),
    /** What went wrong, for "failed". */
    message: z.string().max(2_000),
  })
  .strict();
export type SaveOutcome = z.infer<typeof SaveOutcome>;
