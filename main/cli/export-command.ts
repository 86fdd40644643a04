import { dirname, join, resolve } from 'node:path';
import type { DesignDocumentKind } from '../../shared/document';
import { CatalogService } from '../services/catalog/catalog-service';
import { CheckService } from '../services/checks/check-service';
import { ServiceError } from '../services/errors';
import type { ExportFormat } from '../../shared/api';
import { exportFileName, secondLanguageProblem } from '../../shared/document';
import { ExportService, writeExportFile } from '../services/export/export-service';
import { readDesignFile } from '../services/files/design-file';
import { refuseLibraryTarget } from '../services/library/library-files';
import { defaultLibraryFolder } from '../services/paths';
import { EXIT, type CommandContext } from './context';

export interface ExportOptions {
  document: DesignDocumentKind;
  format: ExportFormat;
  out?: string;
  force?: boolean;
  secondLanguage?: string;
}

/** `export`: one document of one design file (declared in program.ts). */
export async function exportDesign(file: string, options: ExportOptions, { output, setExit }: CommandContext) {
  const { design } = readDesignFile(file);
  const { secondLanguage } = options;
  const problem = secondLanguage ? secondLanguageProblem(design, options.document, secondLanguage) : null;
  if (problem) {
    output.err(`${file}: ${problem}`);
    setExit(EXIT.usage);
    return;
  }
  const catalog = new CatalogService();
  const exporter = new ExportService(catalog, new CheckService(catalog));
  const target = resolve(
    options.out ?? join(dirname(file), exportFileName(design, options.document, options.format, secondLanguage)),
  );
  // The app's library is never an export target, even with --force.
  refuseLibraryTarget(target, defaultLibraryFolder());
  const { bytes } = await exporter.render(design, options.document, options.format, undefined, { secondLanguage });
  try {
    await writeExportFile(target, bytes, { overwrite: options.force });
  } catch (error) {
    if (!(error instanceof ServiceError) || error.code !== 'exists') throw error;
    output.err(error.message);
    setExit(EXIT.problems);
    return;
  }
  output.out(`Wrote ${target} (${Math.round(bytes.byteLength / 1024)} KB)`);
}
