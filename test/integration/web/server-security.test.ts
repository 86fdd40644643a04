import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, openServices, type Services } from '../../../main/api/handlers';
import { startWebServer, type WebServer } from '../../../main/web/server';

/** Raw HTTP, so the test controls Host and Origin exactly as a hostile page or rebinding attack would. */
function raw(port: number, path: string, headers: Record<string, string>, method = 'POST', body = '{}') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    if (method === 'POST') req.end(body);
    else req.end();
  });
}

describe('loopback server security', () => {
  let services: Services;
  let server: WebServer;
  let root: string;
  let host: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cd-web-'));
    const staticDir = join(root, 'renderer');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    services = openServices(join(root, 'library'));
    server = await startWebServer({ handlers: createHandlers(services, { transport: 'http' }), staticDir });
    host = `127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    services.library.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only', () => {
    expect((server.server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('answers with the token', async () => {
    const res = await raw(server.port, '/api/app.info', { host, 'x-designer-token': server.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).result.transport).toBe('http');
  });

  it('refuses API calls without the token (401) and with a wrong one (403)', async () => {
    expect((await raw(server.port, '/api/library.list', { host })).status).toBe(401);
    expect((await raw(server.port, '/api/library.list', { host, 'x-designer-token': 'guess' })).status).toBe(403);
  });

  it('refuses other origins and non-loopback host names, even with the token', async () => {
    const token = { 'x-designer-token': server.token };
    expect(
      (await raw(server.port, '/api/library.list', { host, origin: 'https://evil.example', ...token })).status,
    ).toBe(403);
    expect(
      (await raw(server.port, '/api/library.list', { host: `evil.example:${server.port}`, ...token })).status,
    ).toBe(403);
    expect((await raw(server.port, '/', { host: `rebound.example:${server.port}` }, 'GET')).status).toBe(403);
    expect((await raw(server.port, '/api/library.list', { host, origin: `http://${host}`, ...token })).status).toBe(
      200,
    );
  });

  it('serves the renderer with a strict Content-Security-Policy and nothing outside its folder', async () => {
    const page = await raw(server.port, '/', { host }, 'GET');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect((await raw(server.port, '/../secret.txt', { host }, 'GET')).status).toBe(404);
    expect((await raw(server.port, '/%2e%2e/secret.txt', { host }, 'GET')).status).toBe(404);
  });

  it('rejects unknown methods, bad JSON and wrong verbs', async () => {
    const token = { host, 'x-designer-token': server.token };
    expect((await raw(server.port, '/api/library.dropAll', token)).status).toBe(404);
    expect((await raw(server.port, '/api/library.list', token, 'POST', '{not json')).status).toBe(400);
    expect((await raw(server.port, '/api/library.list', token, 'GET')).status).toBe(405);
  });
});
