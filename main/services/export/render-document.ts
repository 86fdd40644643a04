import type { DocumentModel, ExportFormat } from '../../../shared/document';

/** Turns a document model into file bytes; inline here, or in a worker thread (render-thread.ts). */
export type DocumentRenderer = (model: DocumentModel, format: ExportFormat, fontsDir: string) => Promise<Uint8Array>;

type FormatRenderer = (model: DocumentModel, fontsDir: string) => Promise<Uint8Array>;

/**
 * The renderer of one format, loaded on first use: most sessions never export, and the document
 * libraries take a noticeable moment to load. Rejects when they cannot be loaded at all.
 */
export async function loadRenderer(format: ExportFormat): Promise<FormatRenderer> {
  if (format === 'docx') {
    const { renderDocx } = await import('./docx-renderer');
    return (model) => renderDocx(model);
  }
  const { renderPdf } = await import('./pdf-renderer');
  return (model, fontsDir) => renderPdf(model, { fontsDir });
}

/** Renders on the calling thread. */
export const renderInline: DocumentRenderer = async (model, format, fontsDir) =>
  (await loadRenderer(format))(model, fontsDir);
