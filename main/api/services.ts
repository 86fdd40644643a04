import { join } from 'node:path';
import { message, messageOf, type Message } from '../../shared/errors';
import { APP_VERSION } from '../../shared/product';
import { CatalogService } from '../services/catalog/catalog-service';
import { CheckService } from '../services/checks/check-service';
import { ServiceError } from '../services/errors';
import { ExampleService } from '../services/examples';
import { ExportService } from '../services/export/export-service';
import { exportWorkerFile, RenderThread, runJobInline } from '../services/export/render-thread';
import { Library } from '../services/library/library';
import type { CredentialRunner } from './credential-handlers';
import { PathwayService } from '../services/pathways/pathway-service';

/*
 * The one place the services of an app or server instance are created and wired together; the
 * handlers (./handlers.ts and the *-handlers.ts modules) only use them.
 */

export interface Services {
  /**
   * The library. When it could not be opened at start (a full disk, no permission), each use
   * tries again and, until that works, throws the ServiceError that says why; the rest of the
   * app (examples, files, exports) keeps working meanwhile.
   */
  readonly library: Library;
  /** Where the library lives, also when it could not be opened. */
  libraryFolder: string;
  /** A message to show once: the library was damaged and moved aside, or cannot be opened (in English). */
  readonly notice: string | null;
  /** The same as a catalogue message, to show in the reader's language. */
  readonly noticeMessage: Message | null;
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
              message('errors.library.unavailable', { folder: libraryFolder, reason: messageOf(error) }),
            );
    }
    return library;
  };
  if (!openLibrary() && !options.withoutLibrary) throw problem!;
  const examples = new ExampleService(join(catalog.templatesDir, 'examples'));
  const thread = options.exportInThread && RenderThread.available() ? new RenderThread() : null;
  if (options.exportInThread && !thread)
    console.error(`Exports render in the main process: the export thread's file ${exportWorkerFile()} is missing.`);
  const exporter = new ExportService(catalog, checks, thread?.render);
  let closed = false;
  const close = async () => {
    closed = true;
    library?.close();
    library = null;
    await thread?.close();
  };
  const result: Services = {
    get library() {
      if (closed) throw new ServiceError('library-unavailable', message('errors.library.closed'));
      const opened = library ?? openLibrary();
      if (!opened) throw problem!;
      return opened;
    },
    libraryFolder,
    get notice() {
      return this.noticeMessage?.message ?? null;
    },
    get noticeMessage(): Message | null {
      if (library) return library.noticeMessage;
      return problem ? { message: problem.message, key: problem.key, params: problem.params } : null;
    },
    catalog,
    examples,
    exporter,
    checks,
    credentials: thread ? thread.runJob : runJobInline,
    pathways: new PathwayService({ catalog, checks, exporter, library: () => result.library }),
    version: APP_VERSION,
    close,
  };
  return result;
}
