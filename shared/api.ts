import { z } from 'zod';
import { CatalogSchema } from './catalog/schemas';
import type { ApiMethodName } from './api-methods';
import { CREDENTIAL_FORMATS } from './credentials/formats';
import { DOCUMENT_KINDS, EXPORT_FORMATS } from './document/model';
import { Design, DecisionStatus, Interpretation, Section } from './model';
import { MAX_PARTS, Pathway } from './pathway/model';

/**
 * DesignerApi: every back-end capability as one async method, with zod schemas for its
 * arguments and result. Both transports (Electron IPC, loopback HTTP) validate arguments with
 * these schemas before a service sees them; adding a capability = one entry here + one handler.
 */

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

export const RevisionSummary = z.object({
  id: z.number().int(),
  designId: z.string(),
  kind: z.enum(['save', 'autosave', 'import', 'restore']),
  title: z.string(),
  createdAt: z.number(),
  savedBy: z.string(),
  savedAs: SavedBy.shape.role,
  /** The file an import came from. */
  source: z.string(),
  /** Kept because an import or a restore replaced this version. */
  reason: z.enum(['', 'before-import', 'before-restore']),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

/** When a file's design id is already in the library with other content (see Library.importDesign). */
export const ImportResolution = z.enum(['copy', 'replace', 'take-review']);
export type ImportResolution = z.infer<typeof ImportResolution>;
export const ImportOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('conflict'), current: Design, inTrash: z.boolean() }),
  z.object({ outcome: z.enum(['imported', 'unchanged', 'copied', 'replaced', 'merged']), design: Design }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const OpenedDesign = z.object({
  design: Design,
  /** Where it came from (a path in Electron, a file name after an upload). */
  source: z.string(),
  /** The format version the file was written in; lower than current when it was migrated. */
  fromVersion: z.number().int(),
});
export type OpenedDesign = z.infer<typeof OpenedDesign>;

export { DOCUMENT_KINDS, EXPORT_FORMATS };
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

export { CREDENTIAL_FORMATS };
export const CredentialFormat = z.enum(CREDENTIAL_FORMATS);
export type CredentialFormat = z.infer<typeof CredentialFormat>;

/** A finding as it crosses the boundary (shared/checks Finding; Europass findings add the shape result). */
export const FindingData = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'advice']),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  target: z.object({ section: Section, itemId: z.string().optional(), field: z.string().optional() }),
  path: z.string(),
  violation: z
    .object({
      profile: z.enum(['LOQ', 'EDC']),
      focusNode: z.string(),
      path: z.string().optional(),
      constraint: z.string(),
      shape: z.string(),
      value: z.string().optional(),
      message: z.string(),
    })
    .optional(),
});
export type FindingData = z.infer<typeof FindingData>;

/** "Validate for Europass": no findings means the ELM export conforms to the LOQ and EDC shapes. */
export const EuropassValidation = z.object({ conforms: z.boolean(), findings: z.array(FindingData) });
export type EuropassValidation = z.infer<typeof EuropassValidation>;

export const CredentialImportResult = z.object({
  design: Design,
  kind: z.enum(['elm-specification', 'elm-opportunity', 'elm-credential', 'ob3-achievement', 'ob3-credential']),
  unmapped: z.array(z.object({ property: z.string(), value: z.string() })),
});
export type CredentialImportResult = z.infer<typeof CredentialImportResult>;

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
  z.object({ ok: z.literal(false), name: z.string(), path: z.string().optional(), problem: z.string() }),
]);
export type TriageRow = z.infer<typeof TriageRow>;

/** Where a pathway's part was found (a file, the library), or why it is missing; with its design. */
export const PathwayPartSource = z.object({
  partId: z.string(),
  design: Design.nullable(),
  from: z.enum(['file', 'library', 'held', 'missing']),
  /** The file it was read from (desktop), or why it is missing, in a sentence. */
  detail: z.string(),
});
export type PathwayPartSource = z.infer<typeof PathwayPartSource>;

export const OpenedPathway = z.object({
  pathway: Pathway,
  /** Where it came from (a path in Electron, a file name after an upload). */
  source: z.string(),
  fromVersion: z.number().int(),
  parts: z.array(PathwayPartSource),
});
export type OpenedPathway = z.infer<typeof OpenedPathway>;

/**
 * What the pathway methods need besides the pathway: the parts' designs the app holds (opened
 * with it, added from the library or from files). A part not among them is looked up in the
 * library; the server never reads a part's file by its path.
 */
const PathwayWithParts = z.object({ pathway: Pathway, designs: z.array(Design).max(MAX_PARTS) });

/** A pathway's ELM export checked against the LOQ and EDC shapes: each violation as the shapes say it. */
export const PathwayEuropassValidation = z.object({
  conforms: z.boolean(),
  violations: z.array(
    z.object({
      profile: z.enum(['LOQ', 'EDC']),
      focusNode: z.string(),
      path: z.string().optional(),
      message: z.string(),
    }),
  ),
});
export type PathwayEuropassValidation = z.infer<typeof PathwayEuropassValidation>;

/** How the renderer reaches the back end: the desktop app's IPC, or the browser's loopback HTTP. */
export const TRANSPORTS = ['electron', 'http'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(TRANSPORTS),
  libraryFolder: z.string(),
  /** A message to show once (e.g. a damaged library was moved aside). */
  notice: z.string().nullable(),
  nativeDialogs: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const Id = z.object({ id: z.string().min(1).max(64) });
const Nothing = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) });
const Base64 = z.string().max(80 * 1024 * 1024);

const method = <A extends z.ZodType, R extends z.ZodType>(
  args: A,
  result: R,
  transports: readonly Transport[] = TRANSPORTS,
) => ({ args, result, transports });

/**
 * Methods that take a path on this computer, and the native dialogs that choose one: only the
 * desktop app's own window may call them. A browser page reads and writes files by upload and
 * download, so the loopback server reaches nothing outside the library and the renderer.
 */
const DESKTOP_ONLY = ['electron'] as const satisfies readonly Transport[];

/** The contract. Keys are the method names on the wire (`POST /api/library.list`). */
export const API = {
  'app.info': method(Nothing, AppInfo),

  'library.list': method(
    z.object({
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).optional(),
      trash: z.boolean().optional(),
    }),
    z.array(DesignSummary),
  ),
  'library.search': method(z.object({ query: z.string().max(500) }), z.array(DesignSummary)),
  'library.get': method(Id, Design),
  'library.save': method(
    z.object({ design: Design, kind: z.enum(['save', 'autosave']), savedBy: SavedBy.optional() }),
    DesignSummary,
  ),
  'library.revisions': method(Id, z.array(RevisionSummary)),
  'library.getRevision': method(z.object({ revisionId: z.number().int() }), Design),
  'library.restoreRevision': method(z.object({ revisionId: z.number().int(), savedBy: SavedBy.optional() }), Design),
  'library.duplicate': method(
    Id.extend({ title: z.string().max(500).optional(), savedBy: SavedBy.optional() }),
    Design,
  ),
  'library.trash': method(Id, Ok),
  'library.restoreFromTrash': method(Id, Ok),
  'library.purge': method(Id, Ok),
  'library.importText': method(z.object({ name: z.string().max(500), text: z.string().max(30 * 1024 * 1024) }), Design),
  /**
   * Brings an opened or uploaded design into the library. Never replaces other content silently:
   * without `resolve`, a design id the library holds with other content answers 'conflict'.
   */
  'library.import': method(
    z.object({
      design: Design,
      /** The file it came from (a path or an uploaded file's name). */
      source: z.string().max(4096),
      resolve: ImportResolution.optional(),
      copyTitle: z.string().max(500).optional(),
      savedBy: SavedBy.optional(),
    }),
    ImportOutcome,
  ),

  /** Reads a design file from a path (Electron: after the native dialog or from the OS). */
  'files.open': method(z.object({ path: z.string().min(1) }), OpenedDesign, DESKTOP_ONLY),
  /** Parses an uploaded or dropped file's text through the same pipeline as files on disk. */
  'files.parse': method(z.object({ name: z.string().max(500), text: z.string().max(30 * 1024 * 1024) }), OpenedDesign),
  /** Writes a design file atomically (Save / Save As). */
  'files.save': method(
    z.object({ path: z.string().min(1), design: Design, replaceNonDesign: z.boolean().optional() }),
    z.object({ path: z.string() }),
    DESKTOP_ONLY,
  ),
  'files.import': method(z.object({ path: z.string().min(1) }), Design, DESKTOP_ONLY),
  /** Every design file of a folder, with readiness and decision (Electron: a folder on disk). */
  'files.triageFolder': method(z.object({ path: z.string().min(1) }), z.array(TriageRow), DESKTOP_ONLY),
  /** The same for uploaded files (browser: a picked folder or several files). */
  'files.triage': method(
    z.object({
      files: z.array(z.object({ name: z.string().max(500), text: z.string().max(30 * 1024 * 1024) })).max(500),
    }),
    z.array(TriageRow),
  ),

  /** Native dialogs (Electron); the browser uploads and downloads instead. */
  'dialogs.openDesign': method(Nothing, z.string().nullable(), DESKTOP_ONLY),
  'dialogs.openFolder': method(Nothing, z.string().nullable(), DESKTOP_ONLY),
  'dialogs.openPathway': method(Nothing, z.string().nullable(), DESKTOP_ONLY),
  'dialogs.saveFile': method(
    z.object({
      suggestedName: z.string().max(255),
      extension: z.enum(['cbld', 'cbpath', 'docx', 'pdf', 'jsonld', 'json']),
    }),
    z.string().nullable(),
    DESKTOP_ONLY,
  ),

  'export.render': method(
    z.object({ design: Design, document: DocumentKind, format: ExportFormat }),
    z.object({ fileName: z.string(), mime: z.string(), base64: Base64 }),
  ),
  'export.toFile': method(
    z.object({ design: Design, document: DocumentKind, format: ExportFormat, path: z.string().min(1) }),
    z.object({ path: z.string() }),
    DESKTOP_ONLY,
  ),

  /** The design as Europass (ELM v3) or Open Badges 3.0 JSON-LD (README, "Machine-readable credentials"). */
  'credentials.render': method(
    z.object({ design: Design, format: CredentialFormat }),
    z.object({ fileName: z.string(), mime: z.string(), text: z.string() }),
  ),
  'credentials.toFile': method(
    z.object({ design: Design, format: CredentialFormat, path: z.string().min(1) }),
    z.object({ path: z.string() }),
    DESKTOP_ONLY,
  ),
  /** Runs the LOQ and EDC shapes over the ELM export, in the export thread; findings point at fields. */
  'credentials.validate': method(z.object({ design: Design }), EuropassValidation),
  /** An ELM or Open Badges 3.0 file as a new design (not yet in the library), with what did not map. */
  /** The ISCED-F fields of education (code → English label, from the Europass vocabulary) for the subject picker. */
  'credentials.subjectAreas': method(Nothing, z.record(z.string(), z.string())),
  'credentials.import': method(
    z.object({ name: z.string().max(500), text: z.string().max(30 * 1024 * 1024) }),
    CredentialImportResult,
  ),

  /** Pathways (issue 20): a pathway file with its parts' designs found (its files, then the library). */
  'pathways.open': method(z.object({ path: z.string().min(1) }), OpenedPathway, DESKTOP_ONLY),
  /** An uploaded pathway file, through the same pipeline; its parts are looked up in the library only. */
  'pathways.parse': method(
    z.object({ name: z.string().max(500), text: z.string().max(4 * 1024 * 1024) }),
    OpenedPathway,
  ),
  /** The shipped example: the three examples stacked (templates/examples/cities-in-transition.cbpath). */
  'pathways.example': method(Nothing, OpenedPathway),
  /**
   * Writes a pathway file atomically, its part files made relative to it (`from`: where the
   * pathway was before, to rebase relative files). Returns the pathway as written.
   */
  'pathways.save': method(
    z.object({ path: z.string().min(1), pathway: Pathway, from: z.string().min(1).nullable() }),
    z.object({ path: z.string(), pathway: Pathway }),
    DESKTOP_ONLY,
  ),
  /** The pathway document (totals, checks, parts, coverage, overlaps) as DOCX or PDF. */
  'pathways.render': method(
    PathwayWithParts.extend({ format: ExportFormat }),
    z.object({ fileName: z.string(), mime: z.string(), base64: Base64 }),
  ),
  'pathways.toFile': method(
    PathwayWithParts.extend({ format: ExportFormat, path: z.string().min(1) }),
    z.object({ path: z.string() }),
    DESKTOP_ONLY,
  ),
  /** The pathway as Europass data: an ELM specification that has its parts' specifications as parts. */
  'pathways.europass': method(PathwayWithParts, z.object({ fileName: z.string(), mime: z.string(), text: z.string() })),
  'pathways.europassToFile': method(
    PathwayWithParts.extend({ path: z.string().min(1) }),
    z.object({ path: z.string() }),
    DESKTOP_ONLY,
  ),
  'pathways.validateEuropass': method(PathwayWithParts, PathwayEuropassValidation),

  'catalog.get': method(z.object({ language: z.string().max(16) }), CatalogSchema),
  'catalog.examples': method(Nothing, z.array(ExampleSummary)),
  'catalog.example': method(Id, Design),
} as const satisfies Record<ApiMethodName, { args: z.ZodType; result: z.ZodType; transports: readonly Transport[] }>;

export type ApiMethod = keyof typeof API;

/** May this transport call this method? (The contract says per method; dispatch enforces it.) */
export const availableOver = (name: ApiMethod, transport: Transport): boolean =>
  (API[name].transports as readonly Transport[]).includes(transport);
export type ApiArgs<M extends ApiMethod> = z.input<(typeof API)[M]['args']>;
export type ApiResult<M extends ApiMethod> = z.infer<(typeof API)[M]['result']>;

/** What the renderer calls, whatever the transport. */
export type DesignerApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<M>> };

/** Errors cross the boundary as data: a stable code and a sentence the user can act on. */
export const ApiErrorShape = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.string()).default([]),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, details: this.details };
  }
}
