import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiArgs, ApiMethod, ApiResult } from '../../shared/api';
import type { Design } from '../../shared/model';
import { parseDesignText } from '../../shared/model';
import { CatalogService } from '../services/catalog/catalog-service';
import { CheckService } from '../services/checks/check-service';
import { ServiceError } from '../services/errors';
import { ExampleService } from '../services/examples';
import { triageFolder, triageTexts } from '../services/triage';
import { ExportService, writeExportFile } from '../services/export/export-service';
import { RenderThread } from '../services/export/render-thread';
import { readDesignFile, writeDesignFile } from '../services/files/design-file';
import { Library } from '../services/library/library';

export type Handlers = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<M>> | ApiResult<M> };

/** Platform pieces a transport supplies (Electron: native dialogs; HTTP: none). */
export interface Platform {
  transport: 'electron' | 'http';
  openDialog?: () => Promise<string | null>;
  openFolderDialog?: () => Promise<string | null>;
  saveDialog?: (suggestedName: string, extension: 'cbld' | 'docx' | 'pdf') => Promise<string | null>;
  /** A design file was opened or saved (Electron: the Open Recent menu and the OS's list). */
  onFileUsed?: (path: string) => void;
}

export interface Services {
  library: Library;
  catalog: CatalogService;
  examples: ExampleService;
  exporter: ExportService;
  checks: CheckService;
  version: string;
  /** Closes the library and stops the export thread. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  templatesDir?: string;
  /** Render exports in a worker thread (the desktop app and the server; needs the built worker). */
  exportInThread?: boolean;
}

/** Opens the services for one app or server instance. */
export function openServices(libraryFolder: string, options: ServiceOptions = {}): Services {
  const catalog = new CatalogService(options.templatesDir);
  const checks = new CheckService(catalog);
  // Readiness in lists comes from the same checks the UI shows. The app and the server run for a
  // while: they check a large library in the background (one-off CLI commands do not).
  const library = Library.open(libraryFolder, {
    readiness: (design) => checks.check(design).readiness.score,
    backgroundCheck: true,
  });
  const examples = new ExampleService(join(catalog.templatesDir, 'examples'));
  const packageJson = JSON.parse(readFileSync(join(catalog.templatesDir, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const thread = options.exportInThread && RenderThread.available() ? new RenderThread() : null;
  const exporter = new ExportService(catalog, checks, thread?.render);
  const close = async () => {
    library.close();
    await thread?.close();
  };
  return { library, catalog, examples, exporter, checks, version: packageJson.version, close };
}

function parsed(name: string, text: string) {
  const result = parseDesignText(text);
  if (!result.ok)
    throw new ServiceError(
      result.problems.some((p) => p.code === 'newer-version') ? 'newer-version' : 'invalid-design',
      `${name} could not be opened: ${result.problems[0]!.message}`,
      result.problems.map((p) => p.message),
    );
  return result;
}

/** The service side of every API method; transports validate arguments before calling these. */
export function createHandlers(services: Services, platform: Platform): Handlers {
  const { library, catalog, examples, exporter, checks } = services;
  const ok = { ok: true as const };
  return {
    'app.info': () => ({
      name: 'Challenge Designer',
      version: services.version,
      transport: platform.transport,
      libraryFolder: library.file,
      notice: library.notice,
      nativeDialogs: platform.openDialog !== undefined,
    }),
    'library.list': (args) => library.list(args),
    'library.search': ({ query }) => library.search(query),
    'library.get': ({ id }) => library.get(id),
    'library.save': ({ design, kind }) => library.save(design as Design, kind),
    'library.revisions': ({ id }) => library.revisions(id),
    'library.getRevision': ({ revisionId }) => library.getRevision(revisionId),
    'library.restoreRevision': ({ revisionId }) => library.restoreRevision(revisionId),
    'library.duplicate': ({ id, title }) => library.duplicate(id, title),
    'library.trash': ({ id }) => (library.trash(id), ok),
    'library.restoreFromTrash': ({ id }) => (library.restoreFromTrash(id), ok),
    'library.purge': ({ id }) => (library.purge(id), ok),
    'library.importText': ({ name, text }) => {
      const { design } = parsed(name, text);
      library.save(design, 'import');
      return design;
    },
    'files.open': ({ path }) => {
      const { design, fromVersion } = readDesignFile(path);
      platform.onFileUsed?.(path);
      return { design, source: path, fromVersion };
    },
    'files.parse': ({ name, text }) => {
      const { design, fromVersion } = parsed(name, text);
      return { design, source: name, fromVersion };
    },
    'files.save': async ({ path, design, replaceNonDesign }) => {
      await writeDesignFile(path, design as Design, { replaceNonDesign });
      platform.onFileUsed?.(path);
      return { path };
    },
    'files.import': ({ path }) => library.importFile(path).design,
    'files.triageFolder': ({ path }) => triageFolder(path, checks),
    'files.triage': ({ files }) => triageTexts(files, checks),
    'dialogs.openDesign': () => platform.openDialog?.() ?? null,
    'dialogs.openFolder': () => platform.openFolderDialog?.() ?? null,
    'dialogs.saveFile': ({ suggestedName, extension }) => platform.saveDialog?.(suggestedName, extension) ?? null,
    'export.render': async ({ design, document, format }) => {
      const { fileName, mime, bytes } = await exporter.render(design as Design, document, format);
      return { fileName, mime, base64: Buffer.from(bytes).toString('base64') };
    },
    // The path comes from the native save dialog, which already asked before replacing a file.
    'export.toFile': async ({ design, document, format, path }) => {
      const { bytes } = await exporter.render(design as Design, document, format);
      await writeExportFile(path, bytes, { overwrite: true });
      return { path };
    },
    'catalog.get': ({ language }) => catalog.get(language),
    'catalog.examples': () => examples.list(),
    'catalog.example': ({ id }) => examples.get(id),
  };
}
