import { Option, type Command } from 'commander';
import { dirname, join, resolve } from 'node:path';
import type { DesignDocumentKind } from '../../shared/document';
import { CatalogService } from '../services/catalog/catalog-service';
import { CheckService } from '../services/checks/check-service';
import { ServiceError } from '../services/errors';
import { DOCUMENT_KINDS, EXPORT_FORMATS, type ExportFormat } from '../../shared/api';
import { exportFileName } from '../../shared/document';
import { ExportService, writeExportFile } from '../services/export/export-service';
import { readDesignFile } from '../services/files/design-file';
import { refuseLibraryTarget } from '../services/library/library-files';
import { defaultLibraryFolder } from '../services/paths';
import { EXIT, type CommandContext } from './context';
import { nonEmpty } from './options';

interface ExportOptions {
  document: DesignDocumentKind;
  format: ExportFormat;
  out?: string;
  force?: boolean;
}

export function registerExportCommand(program: Command, { output, setExit }: CommandContext): void {
  program
    .command('export')
    .description('Export a design as a micro-credential specification, a course syllabus or an approval proposal.')
    .argument('<file>', 'design file (.cbld)')
    .addOption(new Option('--document <kind>', 'which document').choices([...DOCUMENT_KINDS]).makeOptionMandatory())
    .addOption(new Option('--format <format>', 'file format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option(
      '--out <path>',
      'where to write (default: next to the design file, named after its title)',
      nonEmpty('--out', 'a file name'),
    )
    .option('--force', 'replace the output file if it exists')
    .action(async (file: string, options: ExportOptions) => {
      const { design } = readDesignFile(file);
      const catalog = new CatalogService();
      const exporter = new ExportService(catalog, new CheckService(catalog));
      const target = resolve(
        options.out ?? join(dirname(file), exportFileName(design, options.document, options.format)),
      );
      // The app's library is never an export target, even with --force.
      refuseLibraryTarget(target, defaultLibraryFolder());
      const { bytes } = await exporter.render(design, options.document, options.format);
      try {
        await writeExportFile(target, bytes, { overwrite: options.force });
      } catch (error) {
        if (!(error instanceof ServiceError) || error.code !== 'exists') throw error;
        output.err(error.message);
        setExit(EXIT.problems);
        return;
      }
      output.out(`Wrote ${target} (${Math.round(bytes.byteLength / 1024)} KB)`);
    });
}
