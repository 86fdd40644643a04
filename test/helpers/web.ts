import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, openServices, type Handlers, type Services } from '../../main/api/handlers';
import { startWebServer, type WebServer } from '../../main/web/server';

export interface TestServer {
  root: string;
  services: Services;
  server: WebServer;
  /** The Host header the server accepts. */
  host: string;
  /** Exceptions that escaped while the server ran (there must be none). */
  escaped: unknown[];
  stop(): Promise<void>;
}

/**
 * The loopback server over a temp library, with a small renderer folder and a secret file
 * beside it (which no request may reach), recording any exception that escapes the process.
 */
export async function startTestServer(
  name: string,
  handlers: (services: Services) => Handlers = (services) => createHandlers(services, { transport: 'http' }),
): Promise<TestServer> {
  const escaped: unknown[] = [];
  const record = (error: unknown) => escaped.push(error);
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  const root = mkdtempSync(join(tmpdir(), `cd-${name}-`));
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  const services = openServices(join(root, 'library'));
  const server = await startWebServer({ handlers: handlers(services), staticDir });
  return {
    root,
    services,
    server,
    host: `127.0.0.1:${server.port}`,
    escaped,
    stop: async () => {
      await server.close();
      await services.close();
      process.off('uncaughtException', record);
      process.off('unhandledRejection', record);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
