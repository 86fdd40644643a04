import { errorMessage, translateMessage } from '../../shared/errors';
import { dirname, join, resolve } from 'node:path';
import type { DocumentKind, ExportFormat } from '../../shared/document';
import { CatalogService } from '../services/catalog/catalog-service';
import { CheckService } from '../services/checks/check-service';
import { ServiceError } from '../services/errors';
import { exportFileName, secondLanguageMessage } from '../../shared/document';
import { credentialFileName } from '../../shared/credentials/file-name';
import { CREDENTIAL_FORMATS, type CredentialFormat } from '../../shared/credentials/formats';
import { ExportService, writeExportFile } from '../services/export/export-service';
import { readDesignFile } from '../services/files/design-file';
import { refuseLibraryTarget } from '../services/library/library-files';
import { defaultLibraryFolder } from '../services/paths';
import { EXIT, type CommandContext } from './context';

export interface ExportOptions {
  /** Required with docx and pdf (program.ts checks); absent for the credential formats. */
  document?: DocumentKind;
  format: ExportFormat | CredentialFormat;
  out?: string;
  force?: boolean;
  secondLanguage?: string;
}

/** `export`: one document of one design file (declared in program.ts). */
export async function exportDesign(file: string, options: ExportOptions, context: CommandContext) {
  const { output, setExit, t } = context;
  const { design } = readDesignFile(file);
  const { format, document, secondLanguage } = options;
  const credential = (CREDENTIAL_FORMATS as readonly string[]).includes(format);
  // Europass and Open Badges files carry every translation in their language maps already.
  const bilingual =
    secondLanguage && document && !credential ? secondLanguageMessage(design, document, secondLanguage) : null;
  const problem =
    secondLanguage && credential
      ? t('export.secondLanguageForCredential', { format })
      : bilingual && translateMessage(t, bilingual);
  if (problem) {
    output.err(`${file}: ${problem}`);
    setExit(EXIT.usage);
    return;
  }
  const name = credential
    ? credentialFileName(design, format as CredentialFormat)
    : exportFileName(design, document!, format as ExportFormat, secondLanguage);
  const target = resolve(options.out ?? join(dirname(file), name));
  // The app's library is never an export target, even with --force.
  refuseLibraryTarget(target, defaultLibraryFolder());
  let bytes: Uint8Array;
  if (credential) {
    // Europass and Open Badges data: the mappings only (no JSON-LD processor, no SHACL).
    const { exportCredential } = await import('../services/credentials/credential-service');
    bytes = exportCredential(design, format as CredentialFormat).bytes;
  } else {
    const catalog = new CatalogService();
    const exporter = new ExportService(catalog, new CheckService(catalog));
    bytes = (await exporter.render(design, document!, format as ExportFormat, undefined, { secondLanguage })).bytes;
  }
  await writeOutput(target, bytes, options.force, context);
}

/**
 * Writes an export where the command was told, never over a file without `--force` (that is
 * exit 1 with the reason), and says where it went and how large it is.
 */
export async function writeOutput(
  target: string,
  bytes: Uint8Array,
  force: boolean | undefined,
  { output, setExit, t }: CommandContext,
): Promise<void> {
  try {
    await writeExportFile(target, bytes, { overwrite: force, blocking: true });
  } catch (error) {
    if (!(error instanceof ServiceError) || error.code !== 'exists') throw error;
    output.err(errorMessage(t, error));
    setExit(EXIT.problems);
    return;
  }
  output.out(t('wrote', { target, size: Math.max(1, Math.round(bytes.byteLength / 1024)) }));
}
