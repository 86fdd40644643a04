import { writeExportFile } from '../services/export/export-service';
import type { AreaHandlers, HandlerContext } from './handler-types';

/** Documents rendered from a design: for download, or written to a path. */
export function exportHandlers({ services, writable }: HandlerContext): AreaHandlers<'export'> {
  const { exporter } = services;
  return {
    'export.render': async ({ design, document, format, secondLanguage }) => {
      const { fileName, mime, bytes } = await exporter.render(design, document, format, undefined, {
        secondLanguage,
      });
      return { fileName, mime, base64: Buffer.from(bytes).toString('base64') };
    },
    // The path comes from the native save dialog, which already asked before replacing a file.
    'export.toFile': async ({ design, document, format, path, secondLanguage }) => {
      const { bytes } = await exporter.render(design, document, format, undefined, { secondLanguage });
      writable(path);
      await writeExportFile(path, bytes, { overwrite: true });
      return { path };
    },
  };
}
