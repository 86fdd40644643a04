import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, openServices, type Services } from '../api/handlers';
import { ServiceError } from '../services/errors';
import { defaultLibraryFolder, rendererDir } from '../services/paths';
import { libraryAccessKey, rememberPort, rememberedPort } from '../web/library-access';
import { startWebServer, type WebServer } from '../web/server';
import { message, messageOf } from '../../shared/errors';
import type { CommandContext } from './context';
import type { Output } from './output';
import { cliTranslator, type CliTranslate } from './i18n';

/** Starts a program without waiting for it (the user's browser). */
export type Launcher = (command: string, args: string[]) => void;

const launchDetached: Launcher = (command, args) =>
  spawn(command, args, { stdio: 'ignore', detached: true })
    .on('error', () => undefined)
    .unref();

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Opens the keyed address in the default browser without putting the key on a command line,
 * where `ps` would show it to every user: a page only this user can read (0600 in a 0700
 * folder) forwards to the address, and the browser is given that file (as Jupyter does).
 * Returns a function that removes the page.
 */
export function openInBrowser(url: string, launch: Launcher = launchDetached): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'challenge-designer-'));
  const file = join(folder, 'open.html');
  const href = escapeHtml(url);
  writeFileSync(
    file,
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
      `<meta http-equiv="refresh" content="0;url=${href}"><title>Challenge Designer</title></head>\n` +
      `<body><p><a href="${href}">Open Challenge Designer</a></p></body></html>\n`,
    { mode: 0o600, flag: 'wx' },
  );
  if (process.platform === 'win32') launch('cmd', ['/c', 'start', '""', file]);
  else launch(process.platform === 'darwin' ? 'open' : 'xdg-open', [file]);
  return () => rmSync(folder, { recursive: true, force: true });
}

export interface ServeOptions {
  port?: number;
  library?: string;
  /** The built renderer (default: dist/renderer). */
  staticDir?: string;
}

/**
 * Opens the services and starts the server. A library that cannot be opened or created (a full
 * disk, no permission) does not stop the server: it says why on stderr and in the page, and
 * the library is tried again on every use.
 */
export async function startServe(
  options: ServeOptions,
  output: Output,
  t: CliTranslate = cliTranslator('en'),
): Promise<{ server: WebServer; services: Services }> {
  const staticDir = options.staticDir ?? rendererDir();
  if (!existsSync(join(staticDir, 'index.html')))
    throw new ServiceError('not-found', message('errors.cli.uiNotBuilt', { folder: staticDir }));
  const folder = options.library ?? defaultLibraryFolder();
  const services = openServices(folder, {
    exportInThread: true,
    withoutLibrary: true,
  });
  if (services.notice) output.err(services.notice);
  // One key per library, and its last port: tabs left open reconnect when the server restarts.
  let token: string | undefined;
  try {
    token = libraryAccessKey(folder);
  } catch (error) {
    output.err(t('serve.keyNotKept', { folder, reason: messageOf(error) }));
  }
  const start = (port: number | undefined) =>
    startWebServer({ handlers: createHandlers(services, { transport: 'http' }), staticDir, port, token });
  const remembered = options.port === undefined && token ? rememberedPort(folder) : undefined;
  try {
    const server = await start(options.port ?? remembered).catch((error: unknown) => {
      if (remembered !== undefined && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') return start(undefined);
      throw error;
    });
    if (token) rememberPort(folder, server.port);
    return { server, services };
  } catch (error) {
    await services.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new ServiceError('exists', message('errors.cli.portInUse', { port: String(options.port) }));
    throw error;
  }
}

/** `serve` (declared in program.ts): runs until Ctrl+C or SIGTERM. */
export async function serve(
  options: { port?: number; library?: string; open?: boolean },
  { output, t }: CommandContext,
): Promise<void> {
  const { server, services } = await startServe(options, output, t);
  output.out(t('serve.running', { url: server.url }));
  output.out(t('serve.keepKey'));
  const removePage = options.open ? openInBrowser(server.url) : () => undefined;
  process.once('exit', removePage);
  const stop = () => {
    removePage();
    void server
      .close()
      .then(() => services.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
