import * as z from 'zod';
import {
  Competence,
  EctsCredits,
  EqfLevel,
  ItemId,
  LanguageTag,
  MAX_SHORT_TEXT,
  MAX_TEXT,
  SdgTargetCode,
  WebAddress,
  Timestamp,
  type MigrationResult,
  migrateWith,
} from '../model';
import { quoted } from '../text';

/**
 * A pathway (issue 20): several micro-credential designs that stack into a larger credential.
 * The pathway file (.cbpath) names its parts (each a design, by id, with where its file was),
 * in their suggested order with the prerequisites between them, and what the whole promises:
 * credits, EQF level, competences and SDG targets. The parts' content stays in their own
 * design files or in the library: a pathway is small and never goes stale.
 */

/** The pathway file format this build writes. */
export const PATHWAY_SCHEMA_VERSION = 1;
import { PATHWAY_FILE_EXTENSION } from '../product';
export { PATHWAY_FILE_EXTENSION };
export const isPathwayFileName = (name: string) => name.toLowerCase().endsWith(PATHWAY_FILE_EXTENSION);
/** A pathway with 50 parts is a few tens of KB; far beyond that is not a pathway file. */
export const MAX_PATHWAY_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_PARTS = 50;

const ShortText = z.string().max(MAX_SHORT_TEXT);
const Text = z.string().max(MAX_TEXT);

/** One design in the pathway. */
export const PathwayPart = z.strictObject({
  id: ItemId,
  /** The design's id: found in the library, or in the file below. */
  designId: ItemId,
  /**
   * Where the design's file was when the pathway was saved, relative to the pathway file (or
   * absolute); empty when the part comes from the library.
   */
  file: z.string().max(1000),
  /** The design's title when the pathway was saved: names a part whose design cannot be found. */
  title: ShortText,
  /** A core part every learner takes; otherwise an elective. */
  required: z.boolean(),
  /** Parts to complete before this one. */
  prerequisites: z.array(ItemId).max(MAX_PARTS),
});

/** The larger credential the parts stack into. */
export const PathwayTarget = z.strictObject({
  ects: EctsCredits.nullable(),
  eqfLevel: EqfLevel.nullable(),
});

const PathwayShape = z.strictObject({
  schemaVersion: z.literal(PATHWAY_SCHEMA_VERSION),
  type: z.literal('pathway'),
  id: ItemId,
  title: ShortText,
  language: LanguageTag,
  summary: Text,
  /**
   * The web page of the pathway as an offer (Europass requires one for the learning opportunity).
   * Added before format 1 was released; files without it read as having none.
   */
  homepage: WebAddress.default(''),
  created: Timestamp,
  updated: Timestamp,
  target: PathwayTarget,
  /** The competences the pathway promises as a whole (each should be assessed by a part). */
  competences: z.array(Competence).max(200),
  /** The SDG targets the pathway addresses as a whole. */
  sdgTargets: z.array(SdgTargetCode).max(169),
  /** In the suggested order. */
  parts: z.array(PathwayPart).max(MAX_PARTS),
});

type PathwayShape = z.infer<typeof PathwayShape>;

function checkReferences(pathway: PathwayShape, ctx: z.RefinementCtx): void {
  const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const unique = (items: readonly { id: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) fail([path, index, 'id'], `duplicate id ${quoted(item.id)}`);
      seen.add(item.id);
    });
    return seen;
  };
  unique(pathway.competences, 'competences');
  const parts = unique(pathway.parts, 'parts');
  pathway.parts.forEach((part, index) =>
    part.prerequisites.forEach((id, p) => {
      const path = ['parts', index, 'prerequisites', p];
      if (id === part.id) fail(path, 'a part cannot be its own prerequisite');
      else if (!parts.has(id)) fail(path, `links to part ${quoted(id)}, which does not exist`);
    }),
  );
}

export const Pathway = PathwayShape.superRefine(checkReferences);
export type Pathway = z.infer<typeof Pathway>;
export type PathwayPart = z.infer<typeof PathwayPart>;
export type PathwayTarget = z.infer<typeof PathwayTarget>;

/** Forward migrations of pathway files, one pure function per step (none yet: version 1 is the first). */
const PATHWAY_MIGRATIONS = {};

export function migratePathway(input: Record<string, unknown>): MigrationResult {
  return migrateWith(input, PATHWAY_SCHEMA_VERSION, PATHWAY_MIGRATIONS);
}

export interface NewPathwayOptions {
  id: string;
  title?: string;
  language?: string;
  now?: Date;
}

/** An empty but valid pathway. */
export function createPathway(options: NewPathwayOptions): Pathway {
  const now = (options.now ?? new Date()).toISOString();
  return {
    schemaVersion: PATHWAY_SCHEMA_VERSION,
    type: 'pathway',
    id: options.id,
    title: options.title ?? '',
    language: options.language ?? 'en',
    summary: '',
    homepage: '',
    created: now,
    updated: now,
    target: { ects: null, eqfLevel: null },
    competences: [],
    sdgTargets: [],
    parts: [],
  };
}
