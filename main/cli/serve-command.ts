import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { createHandlers, openServices } from '../api/handlers';
import { ServiceError } from '../services/errors';
import { defaultLibraryFolder, rendererDir } from '../services/paths';
import { libraryAccessKey, rememberPort, rememberedPort } from '../web/library-access';
import { startWebServer } from '../web/server';
import type { CommandContext } from './context';

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : [process.platform === 'darwin' ? 'open' : 'xdg-open', [url]];
  spawn(command, args as string[], { stdio: 'ignore', detached: true })
    .on('error', () => undefined)
    .unref();
}

export function registerServeCommand(program: Command, { output }: CommandContext): void {
  program
    .command('serve')
    .description('Run the app in your browser: serves the UI and the back end on 127.0.0.1 only.')
    .option('--port <n>', 'port (default: a free one)', (value) => Number.parseInt(value, 10))
    .option('--library <dir>', 'library folder (default: the app’s own, or $CHALLENGE_DESIGNER_LIBRARY)')
    .option('--open', 'open the address in the default browser')
    .action(async (options: { port?: number; library?: string; open?: boolean }) => {
      const staticDir = rendererDir();
      if (!existsSync(join(staticDir, 'index.html')))
        throw new ServiceError(
          'not-found',
          `The user interface is not built yet (${staticDir}). Run \`npm run build\` first.`,
        );
      const folder = options.library ?? defaultLibraryFolder();
      const services = openServices(folder, { exportInThread: true });
      if (services.library.notice) output.err(services.library.notice);
      // One key per library, and its last port: tabs left open reconnect when the server restarts.
      const start = (port: number | undefined) =>
        startWebServer({
          handlers: createHandlers(services, { transport: 'http' }),
          staticDir,
          port,
          token: libraryAccessKey(folder),
        });
      const remembered = options.port === undefined ? rememberedPort(folder) : undefined;
      const server = await start(options.port ?? remembered).catch((error: unknown) => {
        if (remembered !== undefined && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') return start(undefined);
        throw error;
      });
      rememberPort(folder, server.port);
      output.out(`Challenge Designer is running at ${server.url}`);
      output.out('The address carries this library’s access key: keep it to yourself. Press Ctrl+C to stop.');
      if (options.open) openInBrowser(server.url);
      const stop = () => {
        void server
          .close()
          .then(() => services.close())
          .then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
