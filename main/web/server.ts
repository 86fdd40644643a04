import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { message, messageOf, type Message } from '../../shared/errors';
import { ApiError, TOKEN_HEADER } from '../../shared/api';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
import { contentSecurityPolicy } from '../transport/headers';
import { readStaticFile } from '../transport/static-files';

/**
 * The browser transport: the built renderer and the DesignerApi over HTTP, on 127.0.0.1 only.
 * Every API call must carry the per-launch token (X-Designer-Token): 401 without it, 403 with a
 * wrong one. Requests whose Host or Origin is not this loopback server are refused (403), which
 * also defeats DNS rebinding. The token reaches the page in the URL fragment, never in a request.
 * Every request gets an answer, whatever its address, encoding, headers, body or speed; an error
 * in one request never ends the process.
 */
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
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(json);
}

const refuse = (response: ServerResponse, status: number, code: string, text: string | Message, headers = {}) =>
  send(response, status, { error: new ApiError(code, text).toJSON() }, headers);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** HTTP status of an API error code; the body always carries the code and a sentence. */
const STATUS: Record<string, number> = {
  'unknown-method': 404,
  'invalid-arguments': 400,
  'not-available': 403,
  'not-found': 404,
  'disk-full': 507,
  'library-unavailable': 503,
  internal: 500,
};

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const allowedHosts = new Set<string>();

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Loopback only, by name too: a page on another origin (or a rebound DNS name) is refused.
    if (!allowedHosts.has(request.headers.host ?? '')) return refuse(response, 403, 'forbidden', 'Wrong host.');
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')))
      return refuse(response, 403, 'forbidden', 'Requests from other origins are refused.');
    // The path as sent, without query or fragment; never parsed as a URL (`//` or `%` would throw).
    const path = (request.url ?? '').split(/[?#]/, 1)[0]!;
    if (!path.startsWith('/')) return refuse(response, 400, 'bad-request', 'The address is not valid.');

    if (path.startsWith('/api/')) {
      if (request.method !== 'POST') return refuse(response, 405, 'method', 'Use POST.', { allow: 'POST' });
      const given = request.headers[TOKEN_HEADER.toLowerCase()];
      if (typeof given !== 'string' || given === '')
        return refuse(response, 401, 'unauthorised', 'This request has no access token.');
      if (!sameToken(given, token)) return refuse(response, 403, 'forbidden', 'The access token is wrong.');
      // Refused before a byte of the body is read; the connection closes rather than drain it.
      if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES)
        return refuse(response, 413, 'too-large', 'The request is too large.', { connection: 'close' });
      let args: unknown;
      try {
        const body = await readBody(request);
        args = body === '' ? {} : JSON.parse(body);
      } catch (error) {
        if (error instanceof BodyTooLarge)
          return refuse(response, 413, 'too-large', 'The request is too large.', { connection: 'close' });
        return refuse(response, 400, 'bad-request', 'The request body is not complete JSON.');
      }
      const result = await dispatch(options.handlers, path.slice('/api/'.length), args, 'http');
      if (result.ok) return send(response, 200, { result: result.result });
      return send(response, STATUS[result.error.code] ?? 422, { error: result.error });
    }

    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(response, 405, 'method', 'Use GET.', { allow: 'GET, HEAD' });
    const file = await readStaticFile(options.staticDir, path);
    if (!file) return refuse(response, 404, 'not-found', 'Not found.');
    response.writeHead(200, {
      'content-type': file.contentType,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      // The last resort: a bug in this request answers 500 and the server carries on.
      if (!response.headersSent)
        refuse(
          response,
          500,
          'internal',
          message('errors.api.serverFailed', { reason: messageOf(error).slice(0, 200) }),
        );
      else response.destroy();
    });
  });

  // CONNECT and Upgrade requests bypass the request handler; they get an answer too.
  const refuseRaw = (_request: IncomingMessage, socket: Duplex) =>
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  server.on('connect', refuseRaw);
  server.on('upgrade', refuseRaw);

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
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
