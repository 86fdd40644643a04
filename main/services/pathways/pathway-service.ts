import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ElmPathway } from '../../../shared/credentials/elm';
import { buildPathwayDocument, exportFileName, type DocumentModel, type ExportFormat } from '../../../shared/document';
import { createTranslator } from '../../../shared/i18n';
import type { Design } from '../../../shared/model';
import { newId } from '../../../shared/model';
import {
  analysePathway,
  checkPathway,
  createPathway,
  MAX_PARTS,
  MAX_PATHWAY_FILE_BYTES,
  parsePathwayBytes,
  parsePathwayText,
  serialisePathway,
  tooLargePathway,
  type Pathway,
  type PathwayAnalysis,
  type PathwayFinding,
  type PathwayPart,
  type ResolvedPart,
} from '../../../shared/pathway';
import type { CatalogService } from '../catalog/catalog-service';
import type { CheckService } from '../checks/check-service';
import { message } from '../../../shared/errors';
import { invalidFileError, ServiceError } from '../errors';
import { EXPORT_MIME, type ExportService, type RenderedDocument } from '../export/export-service';
import { readRegularFile } from '../files/bounded-read';
import { readDesignFileAsync } from '../files/design-file';
import { writeTextDurably } from '../files/durable-write';
import type { Library } from '../library/library';

/**
 * Pathways (issue 20): reading and writing pathway files, finding each part's design (its file
 * beside the pathway, or the library), and what the stack adds up to, checked and as a document.
 * The entry point the app and the command line call.
 *
 * The ELM seam: a pathway's machine-readable export (a Qualification or specification with its
 * parts, issue 19's ELM mapping) takes a PathwayReport: the pathway, every part's design in
 * order, and the figures. Nothing else is needed from here.
 */

export interface LoadedPathway {
  /** Where it was read from. */
  path: string;
  pathway: Pathway;
  /** The format version the file was written with (older ones are migrated). */
  fromVersion: number;
}

/** Everything known about a pathway: its parts' designs, the figures and the checks. */
export interface PathwayReport {
  pathway: Pathway;
  parts: ResolvedPart[];
  analysis: PathwayAnalysis;
  findings: PathwayFinding[];
}

export interface PathwayServiceOptions {
  catalog: CatalogService;
  checks: CheckService;
  exporter: ExportService;
  /** Asked lazily: pathways whose parts are all files work while the library cannot be opened. */
  library?: () => Library;
}

export class PathwayService {
  constructor(private readonly options: PathwayServiceOptions) {}

  /** A new, empty pathway. */
  create(title: string, language = 'en', now = new Date()): Pathway {
    return createPathway({ id: newId(), title, language, now });
  }

  /** Reads a pathway file: only a regular file, no further than the limit, through the one read pipeline. */
  async read(path: string): Promise<LoadedPathway> {
    const read = await readRegularFile(path, MAX_PATHWAY_FILE_BYTES);
    const result = read.overLimit
      ? { ok: false as const, problems: [tooLargePathway(read.size)] }
      : parsePathwayBytes(new Uint8Array(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength));
    if (!result.ok) throw invalidFileError(path, result.problems);
    return { path, pathway: result.value, fromVersion: result.fromVersion };
  }

  /** An uploaded pathway file's text, through the same pipeline (the browser has no path). */
  parse(name: string, text: string): LoadedPathway {
    const result = parsePathwayText(text);
    if (!result.ok) throw invalidFileError(name, result.problems);
    return { path: name, pathway: result.value, fromVersion: result.fromVersion };
  }

  /**
   * Writes a pathway file atomically. A file there that is not a pathway (a design, anything
   * else, or a pathway from a newer version) is never replaced.
   */
  async write(path: string, pathway: Pathway): Promise<void> {
    let existing: Awaited<ReturnType<typeof readRegularFile>> | null = null;
    try {
      existing = await readRegularFile(path, MAX_PATHWAY_FILE_BYTES);
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'not-a-file')
        throw new ServiceError('not-a-file', message('errors.pathway.notRegularNotReplaced', { path }));
    }
    if (existing && (existing.overLimit || !parsePathwayBytes(new Uint8Array(existing.bytes)).ok))
      throw new ServiceError('not-a-design-file', message('errors.pathway.unreadableNotOverwritten', { path }));
    await writeTextDurably(path, serialisePathway(pathway));
  }

  /**
   * The pathway with `design` added as its last part (core by default). `file` is where the
   * design's file is (null: from the library); it is kept relative to the pathway's folder when
   * the pathway has one, so both travel together.
   */
  addPart(
    pathway: Pathway,
    design: Pick<Design, 'id' | 'title'>,
    where: { file: string | null; pathwayPath: string | null; required?: boolean },
  ): Pathway {
    if (pathway.parts.length >= MAX_PARTS)
      throw new ServiceError('exists', message('errors.pathway.full', { max: MAX_PARTS }));
    const file =
      where.file === null
        ? ''
        : where.pathwayPath
          ? relative(dirname(resolve(where.pathwayPath)), resolve(where.file))
              .split('\\')
              .join('/')
          : resolve(where.file);
    const part: PathwayPart = {
      id: newId(),
      designId: design.id,
      file,
      title: design.title,
      required: where.required ?? true,
      prerequisites: [],
    };
    return { ...pathway, parts: [...pathway.parts, part] };
  }

  /**
   * Finds each part's design: one the caller already holds (`designs`: the app has the parts it
   * opened or added), then its file (only when the pathway has a path on this computer: beside
   * the pathway, or absolute), then the library.
   */
  async resolve(
    pathway: Pathway,
    pathwayPath: string | null,
    designs: readonly Design[] = [],
  ): Promise<ResolvedPart[]> {
    const folder = pathwayPath ? dirname(resolve(pathwayPath)) : null;
    const resolved: ResolvedPart[] = [];
    for (const part of pathway.parts) {
      const held = designs.find((design) => design.id === part.designId);
      if (held) {
        resolved.push({ part, design: held, source: { kind: 'held' }, report: this.options.checks.check(held) });
        continue;
      }
      let missing: ResolvedPart['source'] = { kind: 'missing', reason: 'not-found', detail: '' };
      if (part.file && folder) {
        const path = isAbsolute(part.file) ? part.file : join(folder, part.file);
        try {
          const { design } = await readDesignFileAsync(path);
          if (design.id === part.designId) {
            resolved.push({
              part,
              design,
              source: { kind: 'file', path },
              report: this.options.checks.check(design),
            });
            continue;
          }
          missing = { kind: 'missing', reason: 'other-design', detail: path };
        } catch (error) {
          const code = error instanceof ServiceError ? error.code : '';
          if (code !== 'not-found')
            missing = { kind: 'missing', reason: 'unreadable', detail: error instanceof Error ? error.message : '' };
        }
      }
      const design = this.fromLibrary(part.designId);
      if (design)
        resolved.push({ part, design, source: { kind: 'library' }, report: this.options.checks.check(design) });
      else resolved.push({ part, design: null, source: missing });
    }
    return resolved;
  }

  /**
   * The pathway as it is saved at `to`: part files kept relative to the pathway's folder (a file
   * found relative to `from`, the pathway's previous place, or absolute, is made relative to
   * the new one), so the folder with the pathway and its designs travels as a whole. Files on
   * another drive stay absolute.
   */
  rebase(pathway: Pathway, from: string | null, to: string): Pathway {
    const fromFolder = from ? dirname(resolve(from)) : null;
    const toFolder = dirname(resolve(to));
    const parts = pathway.parts.map((part) => {
      if (!part.file || (!isAbsolute(part.file) && !fromFolder)) return part;
      const absolute = isAbsolute(part.file) ? part.file : join(fromFolder!, part.file);
      const relativePath = relative(toFolder, absolute);
      const file = isAbsolute(relativePath) ? absolute : relativePath.split('\\').join('/');
      return { ...part, file };
    });
    return { ...pathway, parts };
  }

  private fromLibrary(id: string): Design | null {
    try {
      const library = this.options.library?.();
      return library?.has(id) ? library.get(id) : null;
    } catch {
      // No library (it cannot be opened, or that copy is damaged): the part is missing.
      return null;
    }
  }

  /** The pathway with its parts found, its figures and its checks. */
  async report(pathway: Pathway, pathwayPath: string | null, designs: readonly Design[] = []): Promise<PathwayReport> {
    const parts = await this.resolve(pathway, pathwayPath, designs);
    const analysis = analysePathway(pathway, parts, this.options.catalog.get(pathway.language));
    return { pathway, parts, analysis, findings: checkPathway(pathway, analysis, parts) };
  }

  /**
   * What the ELM export of the pathway needs (shared/credentials/elm.ts `pathwayToElm`): every
   * part's design, in order. A pathway with a part that cannot be found is not exported: the
   * specification would promise a part it does not describe.
   */
  elmPathway(report: PathwayReport): ElmPathway {
    const missing = report.parts.filter((p) => p.design === null);
    if (missing.length > 0)
      throw new ServiceError(
        'not-found',
        message('errors.pathway.partsMissing', {
          count: missing.length,
          parts: missing.map((p) => `“${p.part.title || p.part.designId}”`).join(', '),
        }),
      );
    const { pathway } = report;
    const titleOf = new Map(report.parts.map((p) => [p.part.id, p.design!.title]));
    return {
      id: pathway.id,
      title: pathway.title,
      summary: pathway.summary,
      homepage: pathway.homepage,
      language: pathway.language,
      target: pathway.target,
      hours: report.analysis.totals.hours,
      parts: report.parts.map((p) => ({
        design: p.design!,
        required: p.part.required,
        after: p.part.prerequisites.map((id) => titleOf.get(id) ?? id),
      })),
    };
  }

  /** The pathway document's model (for the preview, and for both formats). */
  model(report: PathwayReport, now = new Date()): DocumentModel {
    const { pathway } = report;
    return buildPathwayDocument({
      pathway,
      analysis: report.analysis,
      findings: report.findings,
      catalog: this.options.catalog.get(pathway.language),
      t: createTranslator(pathway.language),
      now,
    });
  }

  /** The pathway document as DOCX or PDF bytes. */
  async render(report: PathwayReport, format: ExportFormat, now = new Date()): Promise<RenderedDocument> {
    const bytes = await this.options.exporter.renderModel(this.model(report, now), format);
    return { fileName: exportFileName(report.pathway, 'pathway', format), mime: EXPORT_MIME[format], bytes };
  }
}
