import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
import { contentSecurityPolicy, contentType } from './headers';

/**
 * The browser transport: the built renderer and the DesignerApi over HTTP, on 127.0.0.1 only.
 * Every API call must carry the per-launch token (X-Designer-Token): 401 without it, 403 with a
 * wrong one. Requests whose Host or Origin is not this loopback server are refused (403), which
 * also defeats DNS rebinding. The token reaches the page in the URL fragment, never in a request.
 */
export const TOKEN_HEADER = 'x-designer-token';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy("'self'");

export interface WebServer {
  server: Server;
  port: number;
  token: string;
  /** The address to open, token in the fragment. */
  url: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  handlers: Handlers;
  /** Folder of the built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(json);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('too-large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const allowedHosts = new Set<string>();
  const staticRoot = normalize(options.staticDir + sep);

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // Loopback only, by name too: a page on another origin (or a rebound DNS name) is refused.
    if (!allowedHosts.has(request.headers.host ?? ''))
      return send(response, 403, { error: { code: 'forbidden', message: 'Wrong host.' } });
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')))
      return send(response, 403, { error: { code: 'forbidden', message: 'Requests from other origins are refused.' } });

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST')
        return send(response, 405, { error: { code: 'method', message: 'Use POST.' } }, { allow: 'POST' });
      const given = request.headers[TOKEN_HEADER];
      if (typeof given !== 'string' || given === '')
        return send(response, 401, { error: { code: 'unauthorised', message: 'This request has no access token.' } });
      if (!sameToken(given, token))
        return send(response, 403, { error: { code: 'forbidden', message: 'The access token is wrong.' } });
      let args: unknown;
      try {
        const body = await readBody(request);
        args = body === '' ? {} : JSON.parse(body);
      } catch (error) {
        const tooLarge = error instanceof Error && error.message === 'too-large';
        return send(response, tooLarge ? 413 : 400, {
          error: {
            code: 'bad-request',
            message: tooLarge ? 'The request is too large.' : 'The request body is not JSON.',
          },
        });
      }
      const result = await dispatch(options.handlers, decodeURIComponent(url.pathname.slice('/api/'.length)), args);
      const status = result.ok
        ? 200
        : result.error.code === 'unknown-method'
          ? 404
          : result.error.code === 'invalid-arguments'
            ? 400
            : result.error.code === 'internal'
              ? 500
              : 422;
      return send(response, status, result.ok ? { result: result.result } : { error: result.error });
    }

    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, { error: { code: 'method', message: 'Use GET.' } });
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(staticRoot, relative));
    if (!file.startsWith(staticRoot))
      return send(response, 404, { error: { code: 'not-found', message: 'Not found.' } });
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentType(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      send(response, 404, { error: { code: 'not-found', message: 'Not found.' } });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts.add(`127.0.0.1:${port}`);
  allowedHosts.add(`localhost:${port}`);
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
