import { existsSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {
  buildDocument,
  documentContext,
  exportFileName,
  secondLanguageProblem,
  type DocumentKind,
  type ExportFormat,
  type SecondLanguage,
  type DocumentModel,
} from '../../../shared/document';
import { createTranslator } from '../../../shared/i18n';
import type { Design } from '../../../shared/model';
import type { CatalogService } from '../catalog/catalog-service';
import type { CheckService } from '../checks/check-service';
import { fileSystemError, ServiceError } from '../errors';
import { renderInline, type DocumentRenderer } from './render-document';

export const EXPORT_MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface RenderedDocument {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

export interface ExportOptions {
  /** A language the design carries translations in: the specification in both languages. */
  secondLanguage?: string;
}

function secondLanguage(design: Design, kind: DocumentKind, language: string): SecondLanguage {
  const problem = secondLanguageProblem(design, kind, language);
  if (problem) throw new ServiceError('not-translated', problem);
  return {
    language,
    t: createTranslator(language),
    translation: design.translations.find((translation) => translation.language === language)!,
  };
}

/** Design → document model → DOCX or PDF bytes. One model feeds both renderers. */
export class ExportService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly checks: CheckService,
    private readonly renderer: DocumentRenderer = renderInline,
    private readonly fontsDir = join(catalog.templatesDir, 'documents', 'fonts'),
  ) {}

  /** The document model; with `secondLanguage`, a bilingual specification (see secondLanguageProblem). */
  model(design: Design, kind: DocumentKind, now = new Date(), options: ExportOptions = {}): DocumentModel {
    const context = documentContext({
      design,
      catalog: this.catalog.get(design.language),
      report: this.checks.check(design),
      t: createTranslator(design.language),
      now,
      ...(options.secondLanguage ? { second: secondLanguage(design, kind, options.secondLanguage) } : {}),
    });
    return buildDocument(kind, context);
  }

  async render(
    design: Design,
    kind: DocumentKind,
    format: ExportFormat,
    now = new Date(),
    options: ExportOptions = {},
  ): Promise<RenderedDocument> {
    const bytes = await this.renderModel(this.model(design, kind, now, options), format);
    return {
      fileName: exportFileName(design, kind, format, options.secondLanguage),
      mime: EXPORT_MIME[format],
      bytes,
    };
  }

  /** A document model already built (the benchmarks and the conformance harness keep it to compare). */
  renderModel(model: DocumentModel, format: ExportFormat): Promise<Uint8Array> {
    return this.renderer(model, format, this.fontsDir);
  }
}

/**
 * Writes an exported document atomically (a half-written PDF is worse than none). Refuses to
 * replace an existing file unless asked: a board's annotated copy may have the same name.
 */
export async function writeExportFile(
  path: string,
  bytes: Uint8Array,
  options: {
    overwrite?: boolean;
    /**
     * Write synchronously: for a one-off process (the CLI) that has nothing else to do meanwhile.
     * The asynchronous write goes through the thread pool for each of its seven steps, which
     * cost a small export 15-20 ms; the app keeps its event loop free instead.
     */
    blocking?: boolean;
  } = {},
): Promise<void> {
  if (!options.overwrite && existsSync(path))
    throw new ServiceError(
      'exists',
      `${path} already exists; it was not replaced. Choose another name, or replace it on purpose (--force).`,
    );
  try {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (options.blocking) writeFileAtomic.sync(path, data, { fsync: true });
    else await writeFileAtomic(path, data, { fsync: true });
  } catch (error) {
    throw fileSystemError(error, 'write', path);
  }
}
