import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ApiArgs, ApiMethod, ApiResult, Transport } from '../../shared/api';
import type { Design } from '../../shared/model';
import { parseDesignText } from '../../shared/model';
import { CatalogService } from '../services/catalog/catalog-service';
import { CheckService } from '../services/checks/check-service';
import { messageOf } from '../../shared/errors';
import { ServiceError } from '../services/errors';
import { ExampleService } from '../services/examples';
import { triageFolder, triageTexts } from '../services/triage';
import { ExportService, writeExportFile } from '../services/export/export-service';
import { exportWorkerFile, RenderThread, runJobInline } from '../services/export/render-thread';
import { readDesignFileAsync, writeDesignFile } from '../services/files/design-file';
import { Library, LIBRARY_FILE, type ImportOutcome } from '../services/library/library';
import { refuseLibraryTarget } from '../services/library/library-files';
import { credentialHandlers, type CredentialRunner } from './credential-handlers';
import { PathwayService } from '../services/pathways/pathway-service';
import { pathwayHandlers } from './pathway-handlers';

export type Handlers = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<M>> | ApiResult<M> };

/** Platform pieces a transport supplies (Electron: native dialogs; HTTP: none). */
export interface Platform {
  transport: Transport;
  openDialog?: () => Promise<string | null>;
  openFolderDialog?: () => Promise<string | null>;
  openPathwayDialog?: () => Promise<string | null>;
  saveDialog?: (
    suggestedName: string,
    extension: 'cbld' | 'cbpath' | 'docx' | 'pdf' | 'jsonld' | 'json',
  ) => Promise<string | null>;
  /** A design file was opened or saved (Electron: the Open Recent menu and the OS's list). */
  onFileUsed?: (path: string) => void;
}

export interface Services {
  /**
   * The library. When it could not be opened at start (a full disk, no permission), each use
   * tries again and, until that works, throws the ServiceError that says why; the rest of the
   * app (examples, files, exports) keeps working meanwhile.
   */
  readonly library: Library;
  /** Where the library lives, also when it could not be opened. */
  libraryFolder: string;
  /** A message to show once: the library was damaged and moved aside, or cannot be opened. */
  readonly notice: string | null;
  catalog: CatalogService;
  examples: ExampleService;
  exporter: ExportService;
  checks: CheckService;
  /** Credential exports, validation and imports: in the export thread when there is one. */
  credentials: CredentialRunner;
  /** Pathway files, their parts, figures, document and Europass export (issue 20). */
  pathways: PathwayService;
  version: string;
  /** Closes the library and stops the export thread. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  templatesDir?: string;
  /** Render exports in a worker thread (the desktop app and the server; needs the built worker). */
  exportInThread?: boolean;
  /**
   * Start even when the library cannot be opened (the server: it says why in the page and tries
   * the library again on each use). Without it, that error is thrown, as the desktop app's
   * start-up dialog expects.
   */
  withoutLibrary?: boolean;
}

/** Opens the services for one app or server instance. */
export function openServices(libraryFolder: string, options: ServiceOptions = {}): Services {
  const catalog = new CatalogService(options.templatesDir);
  const checks = new CheckService(catalog);
  let library: Library | null = null;
  let problem: ServiceError | null = null;
  const openLibrary = () => {
    try {
      // Readiness in lists comes from the same checks the UI shows. The app and the server run for
      // a while: they check a large library in the background (one-off CLI commands do not).
      library = Library.open(libraryFolder, {
        readiness: (design) => checks.check(design).readiness.score,
        backgroundCheck: true,
      });
      problem = null;
    } catch (error) {
      problem =
        error instanceof ServiceError
          ? error
          : new ServiceError(
              'library-unavailable',
              `The library in ${libraryFolder} could not be opened: ${messageOf(error)}.`,
            );
    }
    return library;
  };
  if (!openLibrary() && !options.withoutLibrary) throw problem!;
  const examples = new ExampleService(join(catalog.templatesDir, 'examples'));
  const packageJson = JSON.parse(readFileSync(join(catalog.templatesDir, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const thread = options.exportInThread && RenderThread.available() ? new RenderThread() : null;
  if (options.exportInThread && !thread)
    console.error(`Exports render in the main process: the export thread's file ${exportWorkerFile()} is missing.`);
  const exporter = new ExportService(catalog, checks, thread?.render);
  const services = (): Services => result;
  let closed = false;
  const close = async () => {
    closed = true;
    library?.close();
    library = null;
    await thread?.close();
  };
  const result: Services = {
    get library() {
      if (closed)
        throw new ServiceError('library-unavailable', 'The library is closed: Challenge Designer is quitting.');
      const opened = library ?? openLibrary();
      if (!opened) throw problem!;
      return opened;
    },
    libraryFolder,
    get notice() {
      return library?.notice ?? problem?.message ?? null;
    },
    catalog,
    examples,
    exporter,
    checks,
    credentials: thread ? thread.runJob : runJobInline,
    pathways: new PathwayService({ catalog, checks, exporter, library: () => services().library }),
    version: packageJson.version,
    close,
  };
  return result;
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

/** An import that must not replace anything: a conflict is an error that says what to do instead. */
function imported(result: ImportOutcome): Design {
  if (result.outcome === 'conflict')
    throw new ServiceError(
      'conflict',
      `The library already has a different version of “${result.current.title}”. Open the file in the app to compare the versions and choose what to keep.`,
    );
  return result.design;
}

/** The service side of every API method; transports validate arguments before calling these. */
export function createHandlers(services: Services, platform: Platform): Handlers {
  const { catalog, examples, exporter, checks } = services;
  // Looked up on every call: a library that could not be opened at start is tried again.
  const library = () => services.library;
  /** Nothing is written over the library's own files, whichever transport asks. */
  const writable = (path: string) => refuseLibraryTarget(path, services.libraryFolder);
  const ok = { ok: true as const };
  return {
    'app.info': () => ({
      name: 'Challenge Designer',
      version: services.version,
      transport: platform.transport,
      libraryFolder: join(services.libraryFolder, LIBRARY_FILE),
      notice: services.notice,
      nativeDialogs: platform.openDialog !== undefined,
    }),
    'library.list': (args) => library().list(args),
    'library.search': ({ query }) => library().search(query),
    'library.get': ({ id }) => library().get(id),
    'library.save': ({ design, kind, savedBy }) => library().save(design as Design, kind, { savedBy }),
    'library.revisions': ({ id }) => library().revisions(id),
    'library.getRevision': ({ revisionId }) => library().getRevision(revisionId),
    'library.restoreRevision': ({ revisionId, savedBy }) => library().restoreRevision(revisionId, { savedBy }),
    'library.duplicate': ({ id, title, savedBy }) => library().duplicate(id, title, { savedBy }),
    'library.trash': ({ id }) => (library().trash(id), ok),
    'library.restoreFromTrash': ({ id }) => (library().restoreFromTrash(id), ok),
    'library.purge': ({ id }) => (library().purge(id), ok),
    'library.importText': ({ name, text }) =>
      imported(library().importDesign(parsed(name, text).design, { source: name })),
    'library.import': ({ design, source, resolve, copyTitle, savedBy }) =>
      library().importDesign(design as Design, { source, resolve, copyTitle, savedBy }),
    // Files are read without blocking the process (the Electron main process serves the window).
    'files.open': async ({ path }) => {
      const { design, fromVersion } = await readDesignFileAsync(path);
      platform.onFileUsed?.(path);
      return { design, source: path, fromVersion };
    },
    'files.parse': ({ name, text }) => {
      const { design, fromVersion } = parsed(name, text);
      return { design, source: name, fromVersion };
    },
    'files.save': async ({ path, design, replaceNonDesign }) => {
      writable(path);
      await writeDesignFile(path, design as Design, { replaceNonDesign });
      platform.onFileUsed?.(path);
      return { path };
    },
    'files.import': async ({ path }) =>
      imported(library().importDesign((await readDesignFileAsync(path)).design, { source: basename(path) })),
    'files.triageFolder': ({ path }) => triageFolder(path, checks),
    'files.triage': ({ files }) => triageTexts(files, checks),
    'dialogs.openDesign': () => platform.openDialog?.() ?? null,
    'dialogs.openFolder': () => platform.openFolderDialog?.() ?? null,
    'dialogs.openPathway': () => platform.openPathwayDialog?.() ?? null,
    'dialogs.saveFile': ({ suggestedName, extension }) => platform.saveDialog?.(suggestedName, extension) ?? null,
    'export.render': async ({ design, document, format }) => {
      const { fileName, mime, bytes } = await exporter.render(design as Design, document, format);
      return { fileName, mime, base64: Buffer.from(bytes).toString('base64') };
    },
    // The path comes from the native save dialog, which already asked before replacing a file.
    'export.toFile': async ({ design, document, format, path }) => {
      const { bytes } = await exporter.render(design as Design, document, format);
      writable(path);
      await writeExportFile(path, bytes, { overwrite: true });
      return { path };
    },
    ...credentialHandlers(services.credentials, writable, catalog.templatesDir),
    ...pathwayHandlers(services.pathways, services.credentials, writable, join(catalog.templatesDir, 'examples')),
    'catalog.get': ({ language }) => catalog.get(language),
    'catalog.examples': () => examples.list(),
    'catalog.example': ({ id }) => examples.get(id),
  };
}
