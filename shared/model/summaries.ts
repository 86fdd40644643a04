import * as z from 'zod';
import { MessageKeyShape } from '../message-schema';
import { Design } from './design';
import { DecisionStatus, Interpretation } from './enums';

/**
 * What the library, the examples and the triage list say about designs without handing over the
 * whole design, and what an import answers. One definition each: the library (main/services)
 * uses the inferred types, the API contract (shared/api.ts) the schemas.
 */

/** One design in the library's list or search results. */
export const DesignSummary = z.object({
  id: z.string(),
  title: z.string(),
  interpretation: Interpretation,
  status: DecisionStatus,
  language: z.string(),
  authors: z.array(z.string()),
  readiness: z.number().nullable(),
  updated: z.string(),
  savedAt: z.number(),
  deletedAt: z.number().nullable(),
});
export type DesignSummary = z.infer<typeof DesignSummary>;

/** Who saved a version: the name they sign with (may be empty), and whether they author or review. */
export const SavedBy = z.object({ name: z.string().max(200), role: z.enum(['author', 'reviewer', '']) });
export type SavedBy = z.infer<typeof SavedBy>;

/** How a revision came about. */
export const REVISION_KINDS = ['save', 'autosave', 'import', 'restore'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** Why a revision was kept besides a save: the version an import or a restore replaced. */
export const REVISION_REASONS = ['', 'before-import', 'before-restore'] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

export const RevisionSummary = z.object({
  id: z.number().int(),
  designId: z.string(),
  kind: z.enum(REVISION_KINDS),
  title: z.string(),
  createdAt: z.number(),
  savedBy: z.string(),
  savedAs: SavedBy.shape.role,
  /** The file an import came from. */
  source: z.string(),
  /** Kept because an import or a restore replaced this version. */
  reason: z.enum(REVISION_REASONS),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

/**
 * What to do when an imported design's id is already in the library with other content: keep
 * it beside as a copy (new id), replace the library version (which stays a revision), or keep
 * the library version and take in the file's review comments and decision.
 */
export const ImportResolution = z.enum(['copy', 'replace', 'take-review']);
export type ImportResolution = z.infer<typeof ImportResolution>;

/** What an import did; 'conflict' when the library holds the design's id with other content. */
export const ImportOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('conflict'), current: Design, inTrash: z.boolean() }),
  z.object({ outcome: z.enum(['imported', 'unchanged', 'copied', 'replaced', 'merged']), design: Design }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** One of the bundled example designs. */
export const ExampleSummary = z.object({ id: z.string(), title: z.string(), interpretation: Interpretation });
export type ExampleSummary = z.infer<typeof ExampleSummary>;

/** One design file in a coordinator's triage list, or the reason it could not be read. */
export const TriageRow = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    name: z.string(),
    path: z.string().optional(),
    id: z.string(),
    title: z.string(),
    authors: z.array(z.string()),
    interpretation: Interpretation,
    readiness: z.number(),
    errors: z.number().int(),
    warnings: z.number().int(),
    decision: DecisionStatus,
    openComments: z.number().int(),
    updated: z.string(),
  }),
  z.object({
    ok: z.literal(false),
    name: z.string(),
    path: z.string().optional(),
    /** Why, in English; `problemKey` shows it in the reader's language. */
    problem: z.string(),
    problemKey: MessageKeyShape.optional(),
  }),
]);
export type TriageRow = z.infer<typeof TriageRow>;
