import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type ApiMethod } from '../../../shared/api';
import type { Services } from '../../../main/api/handlers';
import type { WebServer } from '../../../main/web/server';
import { exampleFiles, loadDesign } from '../../helpers/designs';
import { fuzzSeed, randomTools } from '../../helpers/random';
import { rawRequest, requestHead, type RawRequestOptions } from '../../helpers/raw-http';
import { startTestServer, type TestServer } from '../../helpers/web';

/**
 * HTTP fuzz: 10,000 generated requests against the loopback server (malformed encodings,
 * traversal, bad headers, bad JSON, wrong types for every API method, oversized, truncated and
 * slow bodies). Then the server must still answer and the library pass integrity_check.
 * Replay a run with FUZZ_SEED=<seed printed below>.
 */
const REQUESTS = 10_000;
const CONCURRENCY = 24;
/** Stands for a value nested 20,000 deep; spliced into the JSON text, since JSON.stringify recurses. */
const DEEP = '\u0000deep\u0000';
const DEEP_JSON = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const STACK_TRACE = /\n\s+at .+[(:]\d+|\bat (?:async )?\w+ \(|node:internal|SqliteError|RangeError/;

type Kind =
  | 'path'
  | 'method-verb'
  | 'headers'
  | 'api-args'
  | 'bad-json'
  | 'unknown-method'
  | 'desktop-only'
  | 'oversized'
  | 'truncated'
  | 'slow'
  | 'valid';

const WEIGHTS: Record<Kind, number> = {
  path: 22,
  'method-verb': 5,
  headers: 8,
  'api-args': 32,
  'bad-json': 10,
  'unknown-method': 3,
  'desktop-only': 4,
  oversized: 1,
  truncated: 3,
  slow: 0.3,
  valid: 12,
};

const PATH_PIECES = [
  '%',
  '%z',
  '%zz',
  '%E0%A4%A',
  '%C3%28',
  '%00',
  '%FF',
  '..',
  '.',
  '%2e%2e',
  '%2E%2E%2F',
  '..%2f',
  '%5c..%5c',
  '\\..\\',
  '//',
  '///',
  'index.html',
  'assets',
  'app.js',
  'api',
  'api/',
  'etc/passwd',
  'library.sqlite',
  '%7e',
  '~',
  'ș',
  '%F0%9F%8C%8D',
  '?',
  '#',
  '&',
  ';',
  '*',
  '%u002e',
  '..;',
  'A'.repeat(300),
];

describe('HTTP fuzz', () => {
  let test: TestServer;
  let services: Services;
  let server: WebServer;
  let host: string;
  const designs = exampleFiles().map(loadDesign);

  beforeAll(async () => {
    test = await startTestServer('http-fuzz');
    ({ services, server, host } = test);
    for (const design of designs) services.library.save(design, 'save');
  });
  afterAll(() => test.stop());

  it(`survives ${REQUESTS.toLocaleString('en')} generated requests`, async () => {
    const seed = fuzzSeed();
    const r = randomTools(seed);
    const methods = Object.keys(API) as ApiMethod[];
    const ids = () => r.pick([...designs.map((d) => d.id), 'missing', '', 'x'.repeat(70), '../../etc', '%00']);

    /** A value of a random type, sometimes hostile. */
    const anyValue = (depth = 0): unknown =>
      r.pick<() => unknown>([
        () => r.int(-1e9, 1e9),
        () => r.next() * 1e308 * 10, // Infinity: JSON.stringify writes null
        () => r.pick(['', 'x', 'ș ț Ελληνικά 🌍', '\u0000\u001b[2J', 'x'.repeat(r.int(100, 70_000))]),
        () => r.pick([true, false, null]),
        () => (depth > 3 ? [] : Array.from({ length: r.int(0, 4) }, () => anyValue(depth + 1))),
        () => (depth > 3 ? {} : { [r.pick(['a', '__proto__', 'constructor', 'id'])]: anyValue(depth + 1) }),
        () => DEEP, // replaced by 20,000 nested brackets after JSON.stringify (which recurses)
      ])();

    /** Arguments that are right, or wrong in one place. */
    const designArg = () => {
      const design = structuredClone(r.pick(designs));
      design.title = `Fuzzed ${r.int(0, 999)} ș`;
      if (r.chance(0.5)) {
        const keys = Object.keys(design) as (keyof typeof design)[];
        (design as Record<string, unknown>)[r.pick(keys)] = anyValue();
      }
      return design;
    };
    const plausible: Partial<Record<ApiMethod, () => Record<string, unknown>>> = {
      'library.list': () => ({ limit: r.int(-5, 600), offset: r.int(-1, 10), trash: r.chance(0.5) }),
      'library.search': () => ({ query: r.pick(['heat', 'bucuresti', '"', 'AND OR NOT', '*', 'ș'.repeat(600), ')(']) }),
      'library.get': () => ({ id: ids() }),
      'library.save': () => ({ design: designArg(), kind: r.pick(['save', 'autosave', 'import']) }),
      'library.revisions': () => ({ id: ids() }),
      'library.getRevision': () => ({ revisionId: r.int(-2, 40) }),
      'library.restoreRevision': () => ({ revisionId: r.int(-2, 40) }),
      'library.duplicate': () => ({ id: ids(), title: r.pick(['copy', 'x'.repeat(600)]) }),
      'library.trash': () => ({ id: ids() }),
      'library.restoreFromTrash': () => ({ id: ids() }),
      'library.importText': () => ({ name: 'x.cbld', text: r.pick(['', '{', JSON.stringify(designArg())]) }),
      'files.parse': () => ({ name: 'x.cbld', text: r.pick(['', '{"schemaVersion":1', `${'['.repeat(20_000)}`]) }),
      'files.triage': () => ({ files: [{ name: 'a.cbld', text: r.pick(['', '[[[', JSON.stringify(designArg())]) }] }),
      'export.render': () => ({
        design: { ...designArg(), title: 5 },
        document: 'spec',
        format: r.pick(['pdf', 'odt']),
      }),
      'catalog.get': () => ({ language: r.pick(['en', 'fr', 'xx', '../../etc', '']) }),
      'catalog.example': () => ({ id: r.pick(['method-circular-campus', 'nope', '../x']) }),
    };
    const apiArgs = (method: ApiMethod): unknown => {
      const args: Record<string, unknown> = plausible[method]?.() ?? {};
      const shape = Object.keys((API[method].args as unknown as { shape?: object }).shape ?? {});
      switch (r.int(0, 5)) {
        case 0:
          return args;
        case 1:
          if (shape.length) args[r.pick(shape)] = anyValue();
          return args;
        case 2:
          if (shape.length) delete args[r.pick(shape)];
          return args;
        case 3:
          return { ...args, unexpected: anyValue() };
        default:
          return anyValue();
      }
    };

    const token = () => ({ host, 'x-designer-token': server.token });
    const post = (method: string, body: string | Buffer, headers: Record<string, string | number> = token()) =>
      Buffer.concat([
        Buffer.from(requestHead('POST', `/api/${method}`, { ...headers, 'content-length': Buffer.byteLength(body) })),
        Buffer.from(body),
      ]);

    let bigBody: Buffer | undefined;
    function generate(kind: Kind): { head: Buffer | string; options?: RawRequestOptions } {
      switch (kind) {
        case 'path': {
          const path = `/${Array.from({ length: r.int(1, 6) }, () => r.pick(PATH_PIECES)).join(r.pick(['/', '', '/']))}`;
          return { head: requestHead(r.pick(['GET', 'HEAD', 'GET']), path, { host }) };
        }
        case 'method-verb':
          return {
            head: requestHead(
              r.pick(['PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'CONNECT', 'FOO']),
              r.pick(['/', '/api/app.info', '/index.html']),
              { host },
            ),
          };
        case 'headers': {
          const headers: Record<string, string | number> = r.pick<Record<string, string | number>>([
            {},
            { host: 'evil.example' },
            { host: `evil.example:${server.port}` },
            { host, origin: 'https://evil.example' },
            { host, origin: 'null' },
            { host, 'x-designer-token': 'guess' },
            { host, 'x-designer-token': server.token.slice(1) },
            { host, 'x-designer-token': '' },
            { host, 'x-designer-token': server.token, 'content-type': 'text/plain', 'transfer-encoding': 'gzip' },
            { host: `localhost:${server.port}`, 'x-designer-token': server.token, 'content-length': 'abc' },
          ]);
          const raw = requestHead(r.pick(['GET', 'POST']), r.pick(['/', '/api/library.list']), headers);
          return { head: r.chance(0.2) ? raw.replace('\r\n', `\r\nbroken header line ${r.int(0, 9)}\r\n`) : raw };
        }
        case 'api-args': {
          const method = r.pick(
            methods.filter((m) => !(API[m].transports as readonly string[]).every((t) => t !== 'http')),
          );
          let body = (JSON.stringify(apiArgs(method)) ?? 'null').replaceAll(JSON.stringify(DEEP), DEEP_JSON);
          if (r.chance(0.1)) body = body.replace(/\d+/, '1e400');
          return { head: post(method, body) };
        }
        case 'bad-json': {
          const good = JSON.stringify({ limit: 5 });
          const body = r.pick<() => string | Buffer>([
            () => good.slice(0, r.int(0, good.length - 1)),
            () => `\uFEFF${good}`,
            () => Buffer.from([0x7b, 0xc3, 0x28, 0x7d]),
            () => Buffer.from(good, 'utf16le'),
            () => `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
            () => `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
            () => '{"__proto__": {"polluted": true}}',
            () => 'null',
            () => '[]',
            () => '"text"',
            () => 'NaN',
          ])();
          return { head: post(r.pick(['library.list', 'app.info', 'files.parse', 'library.save']), body) };
        }
        case 'unknown-method':
          return {
            head: post(
              r.pick([
                'library.dropAll',
                '__proto__',
                'constructor',
                'toString',
                '',
                'x'.repeat(3000),
                'library.list/../../x',
                'hasOwnProperty',
              ]),
              '{}',
            ),
          };
        case 'desktop-only': {
          const method = r.pick([
            'files.open',
            'files.save',
            'files.import',
            'files.triageFolder',
            'export.toFile',
            'dialogs.openDesign',
            'dialogs.openFolder',
            'dialogs.saveFile',
          ]);
          return {
            head: post(
              method,
              JSON.stringify({ path: join(test.root, 'library', 'library.sqlite'), design: designs[0] }),
            ),
          };
        }
        case 'oversized':
          return r.chance(0.8)
            ? {
                head: requestHead('POST', '/api/library.list', { ...token(), 'content-length': 70 * 1024 * 1024 }),
                options: { timeoutMs: 5_000 },
              }
            : {
                head: (bigBody ??= post(
                  'files.parse',
                  JSON.stringify({ name: 'big.cbld', text: 'x'.repeat(31 * 1024 * 1024) }),
                )),
              };
        case 'truncated': {
          const body = JSON.stringify({ design: designs[0], kind: 'save' });
          const head = requestHead('POST', '/api/library.save', { ...token(), 'content-length': body.length });
          return {
            head,
            options: { chunks: [body.slice(0, r.int(0, body.length - 1))], endAfterSend: true, timeoutMs: 5_000 },
          };
        }
        case 'slow': {
          const body = JSON.stringify({ query: 'heat' });
          const head = requestHead('POST', '/api/library.search', { ...token(), 'content-length': body.length });
          return { head, options: { chunks: body.match(/.{1,3}/g)!, delayMs: 10 } };
        }
        case 'valid': {
          const method = r.pick<ApiMethod>([
            'app.info',
            'library.list',
            'library.search',
            'library.get',
            'library.save',
            'catalog.examples',
            'files.parse',
          ]);
          const args =
            method === 'library.save'
              ? { design: { ...r.pick(designs), title: `Valid ${r.int(0, 99)}` }, kind: r.pick(['save', 'autosave']) }
              : method === 'library.get'
                ? { id: r.pick(designs).id }
                : method === 'files.parse'
                  ? { name: 'x.cbld', text: JSON.stringify(r.pick(designs)) }
                  : (plausible[method]?.() ?? {});
          if (method === 'library.list') Object.assign(args, { limit: 10, offset: 0 });
          return { head: post(method, JSON.stringify(args)) };
        }
      }
    }

    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const stackTraces: string[] = [];
    const internal: string[] = [];
    const started = performance.now();
    let sent = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (sent < REQUESTS) {
          sent++;
          // Generated one at a time, in one seeded stream: the same seed gives the same requests.
          const kind = r.weighted(WEIGHTS);
          const { head, options } = generate(kind);
          const response = await rawRequest(server.port, head, options);
          count(`${kind} ${response.status === 0 ? 'no answer' : response.status}`);
          if (STACK_TRACE.test(response.body)) stackTraces.push(`${kind}: ${response.body.slice(0, 300)}`);
          if (response.status >= 500 && response.status !== 507)
            internal.push(`${kind}: ${response.body.slice(0, 300)}`);
          if (response.body.includes('secret')) stackTraces.push(`${kind}: leaked a file outside the renderer`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    // Afterwards: the server answers, the library is whole, the page is still ours.
    const page = await rawRequest(server.port, requestHead('GET', '/', { host }));
    const info = await rawRequest(server.port, post('app.info', '{}'));
    const integrity = services.library.integrityCheck();
    const kept = designs.every((design) => services.library.has(design.id));

    const noAnswer = [...outcomes].filter(([key]) => key.endsWith('no answer') && !key.startsWith('truncated'));
    console.log(
      [
        `HTTP fuzz, seed ${seed} (replay: FUZZ_SEED=${seed}): ${REQUESTS.toLocaleString('en')} requests in ${seconds.toFixed(1)} s`,
        ...[...outcomes].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => `  ${key.padEnd(28)} ${n}`),
        `  crashes = ${test.escaped.length}, stack traces = ${stackTraces.length}, internal errors = ${internal.length}, unanswered = ${noAnswer.reduce((sum, [, n]) => sum + n, 0)}`,
        `  afterwards: GET / ${page.status}, app.info ${info.status}, integrity_check ${integrity}`,
      ].join('\n'),
    );
    expect(test.escaped, `seed ${seed}`).toEqual([]);
    expect(stackTraces, `seed ${seed}`).toEqual([]);
    expect(internal, `seed ${seed}`).toEqual([]);
    expect(noAnswer, `seed ${seed}`).toEqual([]);
    expect(page.status).toBe(200);
    expect(info.status).toBe(200);
    expect(integrity).toBe('ok');
    expect(kept).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 180_000);
});
