import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/api/handlers';
import type { WebServer } from '../../../main/web/server';
import { rawRequest, requestHead } from '../../helpers/raw-http';
import { startTestServer, type TestServer } from '../../helpers/web';

const STACK_TRACE = /\n\s+at .+[(:]\d+/;

describe('loopback server: every request gets an answer', () => {
  let test: TestServer;
  let server: WebServer;
  let host: string;

  beforeAll(async () => {
    test = await startTestServer('web-robust', (services) => ({
      ...createHandlers(services, { transport: 'http' }),
      // A service that fails in a way nobody planned for.
      'catalog.examples': () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    }));
    ({ server, host } = test);
  });
  afterAll(() => test.stop());

  const get = (path: string, headers: Record<string, string> = {}) =>
    rawRequest(server.port, requestHead('GET', path, { host, ...headers }));
  const stillAnswers = async () => expect((await get('/')).status).toBe(200);

  it.each(
    [
      '/%',
      '/%zz',
      '//',
      '/%E0%A4%A',
      '/api/%',
      '/api/%E0%A4%A',
      '/%00',
      '/index.html%00.js',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets%5c..%5c..%5csecret.txt',
      '/./../secret.txt',
      '*',
      'http://127.0.0.1/index.html',
      `/${'a'.repeat(4000)}`,
      '/index.html?%zz#%',
    ].map((path) => ({ path, label: path.length > 60 ? `${path.slice(0, 20)}… (${path.length} characters)` : path })),
  )('answers GET $label with a short reason and keeps running', async ({ path }) => {
    const response = await get(path);
    expect(response.status, path).toBeGreaterThanOrEqual(200);
    expect(response.status, path).toBeLessThan(500);
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toMatch(STACK_TRACE);
    expect(response.body.length).toBeLessThan(400);
    await stillAnswers();
  });

  it('serves the renderer files and refuses what is outside', async () => {
    expect((await get('/assets/app.js')).status).toBe(200);
    expect((await get('/index.html?x=1')).body).toContain('<title>ok</title>');
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('answers an API call whose handler fails unexpectedly with a 500 and no stack trace', async () => {
    const response = await rawRequest(
      server.port,
      requestHead('POST', '/api/catalog.examples', { host, 'x-designer-token': server.token, 'content-length': 2 }) +
        '{}',
    );
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body).error.message).toMatch(/Something went wrong inside Challenge Designer/);
    expect(response.body).not.toMatch(STACK_TRACE);
    await stillAnswers();
  });

  it('names an unknown method with a short excerpt, not the whole input', async () => {
    const name = `x${'y'.repeat(8_000)}`;
    const response = await rawRequest(
      server.port,
      requestHead('POST', `/api/${name}`, { host, 'x-designer-token': server.token, 'content-length': 2 }) + '{}',
    );
    expect(response.status).toBe(404);
    expect(response.body.length).toBeLessThan(400);
  });

  it('refuses a declared body over the limit at once, without reading it', async () => {
    const response = await rawRequest(
      server.port,
      requestHead('POST', '/api/library.list', {
        host,
        'x-designer-token': server.token,
        'content-length': 10 ** 12,
      }),
      { timeoutMs: 5_000 },
    );
    expect(response.status).toBe(413);
    await stillAnswers();
  });

  it('survives a client that hangs up in the middle of a body', async () => {
    const head = requestHead('POST', '/api/library.save', {
      host,
      'x-designer-token': server.token,
      'content-length': 100_000,
    });
    const response = await rawRequest(server.port, head, { chunks: ['{"design": {"id": "x'], endAfterSend: true });
    expect([0, 400]).toContain(response.status);
    await stillAnswers();
  });

  it('answers a slow body once it is complete', async () => {
    const body = '{"limit": 5}';
    const head = requestHead('POST', '/api/library.list', {
      host,
      'x-designer-token': server.token,
      'content-length': body.length,
    });
    const response = await rawRequest(server.port, head, { chunks: body.split(''), delayMs: 20 });
    expect(response.status).toBe(200);
  });

  it('answers malformed request lines and headers', async () => {
    for (const raw of [
      'GARBAGE\r\n\r\n',
      'GET / HTTP/1.1\r\nhost\r\n\r\n',
      `GET / HTTP/1.1\r\nhost: ${host}\r\nx-long: ${'z'.repeat(100_000)}\r\n\r\n`,
      `POST /api/library.list HTTP/1.1\r\nhost: ${host}\r\ntransfer-encoding: chunked\r\ncontent-length: 3\r\n\r\n`,
      `POST /api/library.list HTTP/1.1\r\nhost: ${host}\r\ncontent-length: -1\r\n\r\n`,
    ]) {
      const response = await rawRequest(server.port, raw);
      expect(response.status, raw.slice(0, 40)).toBeGreaterThanOrEqual(400);
    }
    await stillAnswers();
  });

  it('never let an exception escape', () => expect(test.escaped).toEqual([]));
});
