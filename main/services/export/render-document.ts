import type { ExportFormat } from '../../../shared/api';
import type { DocumentModel } from '../../../shared/document';

/** Turns a document model into file bytes; inline here, or in a worker thread (render-thread.ts). */
export type DocumentRenderer = (model: DocumentModel, format: ExportFormat, fontsDir: string) => Promise<Uint8Array>;

/** Renders on the calling thread. The renderers load on first use: most sessions never export. */
export const renderInline: DocumentRenderer = async (model, format, fontsDir) =>
  format === 'docx'
    ? (await import('./docx-renderer')).renderDocx(model)
    : (await import('./pdf-renderer')).renderPdf(model, { fontsDir });
