import * as z from 'zod';
import { CatalogSchema } from './catalog/schemas';
import type { ApiMethodName } from './api-methods';
import { CREDENTIAL_FILE_TYPES, CREDENTIAL_FORMATS } from './credentials/formats';
import { DOCUMENT_KINDS, EXPORT_FORMATS } from './document/model';
import {
  Design,
  DesignSummary,
  ExampleSummary,
  ImportOutcome,
  ImportResolution,
  LanguageTag,
  RevisionSummary,
  SavedBy,
  Section,
  TriageRow,
} from './model';
import { DESIGN_FILE_TYPE, PATHWAY_FILE_TYPE } from './product';
import { DescribedError, detailMessagesOf, messageOfError, type Described } from './errors';
import { MessageKeyShape, MessageParamsShape } from './message-schema';
import { MERGE_CONFLICT_KINDS, MERGE_OPTION_KINDS, NO_BASE_REASONS } from './merge/kinds';
import { MAX_PARTS, Pathway } from './pathway/model';

/**
 * DesignerApi: every back-end capability as one async method, with zod schemas for its
 * arguments and result. Both transports (Electron IPC, loopback HTTP) validate arguments with
 * these schemas before a service sees them; adding a capability = one entry here + one handler.
 */

export const OpenedDesign = z.object({
  design: Design,
  /** Where it came from (a path in Electron, a file name after an upload). */
  source: z.string(),
  /** The format version the file was written in; lower than current when it was migrated. */
  fromVersion: z.number().int(),
});
export type OpenedDesign = z.infer<typeof OpenedDesign>;

export { DOCUMENT_KINDS, EXPORT_FORMATS };
/** The library's records are the model's (shared/model/summaries.ts); the contract carries them. */
export { DesignSummary, ExampleSummary, ImportOutcome, ImportResolution, RevisionSummary, SavedBy, TriageRow };
export type { DocumentKind, ExportFormat } from './document/model';
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);

export { CREDENTIAL_FORMATS };
export type { CredentialFormat } from './credentials/formats';
export const CredentialFormatSchema = z.enum(CREDENTIAL_FORMATS);

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
  unmapped: z.array(z.object({ property: z.string(), value: z.string(), about: z.enum(['learner']).optional() })),
});
export type CredentialImportResult = z.infer<typeof CredentialImportResult>;

/** What a save dialog saves: a design file, an exported document or a credential file. */
export const SaveFileType = z.enum([DESIGN_FILE_TYPE, PATHWAY_FILE_TYPE, ...EXPORT_FORMATS, ...CREDENTIAL_FILE_TYPES]);
export type SaveFileType = z.infer<typeof SaveFileType>;

/** The header that carries the library's access key over loopback HTTP (Node reads it lower-cased). */
export const TOKEN_HEADER = 'X-Designer-Token';

/** A team merge's question (shared/merge MergeConflict) as it crosses the boundary. */
export const MergeConflictData = z.object({
  id: z.string(),
  kind: z.enum(MERGE_CONFLICT_KINDS),
  section: z.union([Section, z.literal('review')]),
  path: z.string(),
  item: z.string().optional(),
  field: z.string().optional(),
  base: z.unknown().optional(),
  options: z.array(
    z.object({
      kind: z.enum(MERGE_OPTION_KINDS),
      value: z.unknown(),
      holders: z.array(z.number().int()),
      items: z.array(z.string()).optional(),
    }),
  ),
  usedBy: z.array(z.string()).optional(),
  chosen: z.number().int(),
});
export type MergeConflictData = z.infer<typeof MergeConflictData>;

/**
 * "Merge a team member's file…": the merged design (each question settled by its chosen option),
 * the questions, what the copies were compared with, and the copies themselves (the first is the
 * library's, "mine"), so the page can compare the result with each and say who wrote what, when.
 */
export const MergePreviewData = z.object({
  design: Design,
  conflicts: z.array(MergeConflictData),
  base: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('common'), hash: z.string(), agreedAt: z.string() }),
    z.object({ kind: z.literal('given') }),
    z.object({ kind: z.literal('none'), reason: z.enum(NO_BASE_REASONS) }),
  ]),
  inputs: z.array(z.object({ label: z.string(), design: Design })),
  /** Which version of the library's copy the merge was prepared from: `merge.save` takes it back. */
  version: z.string(),
});
export type MergePreviewData = z.infer<typeof MergePreviewData>;

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
  /** A message to show once (e.g. a damaged library was moved aside), in English; `noticeKey` shows it translated. */
  notice: z.string().nullable(),
  noticeKey: MessageKeyShape.optional(),
  nativeDialogs: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const Id = z.object({ id: z.string().min(1).max(64) });
const Nothing = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) });
const Base64 = z.string().max(80 * 1024 * 1024);

/** Answers to a merge's questions: the chosen option's index by question id. */
const Resolutions = z.record(z.string().max(2000), z.number().int().min(0).max(1000));
/** The merge of the library's copy of design `id` ("mine", named `ownLabel`) with team members' files. */
const MergeArgs = Id.extend({
  ownLabel: z.string().min(1).max(200),
  resolutions: Resolutions.optional(),
});
/** A merge is saved only over the version it was prepared from (the preview's `version`): nothing newer is lost. */
const MergeSaveArgs = MergeArgs.extend({ resolutions: Resolutions, expectVersion: z.string().max(100) }).extend({
  savedBy: SavedBy.optional(),
});
const UploadedFiles = z
  .array(z.object({ name: z.string().max(500), text: z.string().max(30 * 1024 * 1024) }))
  .min(1)
  .max(20);
const FilePaths = z.array(z.string().min(1).max(4096)).min(1).max(20);

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
    z.object({ suggestedName: z.string().max(255), extension: SaveFileType }),
    z.string().nullable(),
    DESKTOP_ONLY,
  ),

  'dialogs.openDesigns': method(Nothing, z.array(z.string()), DESKTOP_ONLY),

  /** Merges uploaded team members' files into the library's copy (browser and desktop): a preview. */
  'merge.preview': method(MergeArgs.extend({ files: UploadedFiles }), MergePreviewData),
  /** The same with files on this computer (after the native dialog). */
  'merge.previewPaths': method(MergeArgs.extend({ paths: FilePaths }), MergePreviewData, DESKTOP_ONLY),
  /**
   * Runs the merge again with the answers and keeps it in the library: the version it replaces
   * and every copy stay in the design's history. Answers the merged design as saved.
   */
  'merge.save': method(MergeSaveArgs.extend({ files: UploadedFiles }), Design),
  'merge.savePaths': method(MergeSaveArgs.extend({ paths: FilePaths }), Design, DESKTOP_ONLY),
  /**
   * The design as it leaves as a file for the team (a download): the first time, its content
   * becomes the agreed version the copies start from, also in the library (Library.prepareForSharing).
   */
  'library.share': method(z.object({ design: Design }), Design),

  'export.render': method(
    z.object({
      design: Design,
      document: DocumentKindSchema,
      format: ExportFormatSchema,
      secondLanguage: LanguageTag.optional(),
    }),
    z.object({ fileName: z.string(), mime: z.string(), base64: Base64 }),
  ),
  'export.toFile': method(
    z.object({
      design: Design,
      document: DocumentKindSchema,
      format: ExportFormatSchema,
      path: z.string().min(1),
      secondLanguage: LanguageTag.optional(),
    }),
    z.object({ path: z.string() }),
    DESKTOP_ONLY,
  ),

  /** The design as Europass (ELM v3) or Open Badges 3.0 JSON-LD (README, "Machine-readable credentials"). */
  'credentials.render': method(
    z.object({ design: Design, format: CredentialFormatSchema }),
    z.object({ fileName: z.string(), mime: z.string(), text: z.string() }),
  ),
  'credentials.toFile': method(
    z.object({ design: Design, format: CredentialFormatSchema, path: z.string().min(1) }),
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
    PathwayWithParts.extend({ format: ExportFormatSchema }),
    z.object({ fileName: z.string(), mime: z.string(), base64: Base64 }),
  ),
  'pathways.toFile': method(
    PathwayWithParts.extend({ format: ExportFormatSchema, path: z.string().min(1) }),
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
/** The arguments as a handler receives them: parsed by the method's schema (defaults applied). */
export type ApiParsedArgs<M extends ApiMethod> = z.output<(typeof API)[M]['args']>;
export type ApiResult<M extends ApiMethod> = z.infer<(typeof API)[M]['result']>;

/** What the renderer calls, whatever the transport. */
export type DesignerApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<M>> };

/**
 * Errors cross the boundary as data: a stable code and a sentence the user can act on, in
 * English (`message`, `details`) and, where the catalogue has it, as a key with params that the
 * receiver shows in its own language (`errorMessage` in shared/errors).
 */
export const ApiErrorShape = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.string()).default([]),
  key: z.string().max(200).optional(),
  params: MessageParamsShape.optional(),
  detailKeys: z.array(MessageKeyShape.nullable()).optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** One call's answer as a transport carries it: the result, or the error as data. */
export type ApiReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };

export class ApiError extends DescribedError<string> {
  override name = 'ApiError';
  /** The error an answer carries (the HTTP body, the Electron reply), or a service's error, with its keys. */
  static from(
    shape: { code: string } & Omit<Described, 'detailKeys'> & Partial<Pick<Described, 'detailKeys'>>,
  ): ApiError {
    return new ApiError(shape.code, messageOfError(shape), detailMessagesOf(shape));
  }
  toJSON(): ApiErrorShape {
    return {
      code: this.code,
      message: this.message,
      details: this.details,
      ...(this.key === undefined ? {} : { key: this.key, ...(this.params ? { params: this.params } : {}) }),
      ...(this.detailKeys.some(Boolean) ? { detailKeys: this.detailKeys } : {}),
    };
  }
}
