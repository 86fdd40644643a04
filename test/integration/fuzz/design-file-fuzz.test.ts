import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createHandlers, openServices, type Services } from '../../../main/api/handlers';
import { runCli } from '../../../main/cli/program';
import { triageFolder } from '../../../main/services/triage';
import { MAX_DESIGN_FILE_BYTES, parseDesignBytes } from '../../../shared/model';
import { exampleFiles } from '../../helpers/designs';
import { fuzzSeed, randomTools } from '../../helpers/random';

/**
 * Design-file fuzz: mutations of the three examples, plus devices, pipes, sockets, links, deep
 * nesting, huge strings and every Unicode encoding, through validate, check, import, triage and
 * the API. 0 stack traces, 0 faults, 0 files changed. Replay with FUZZ_SEED=<seed printed below>.
 */
const MUTANTS = 450;
const STACK_TRACE = /\n\s+at .+[(:]\d+|\bat (?:async )?\w+ \(|node:internal|RangeError|TypeError|SqliteError/;
const INTERNAL = /Something went wrong inside Challenge Designer/;
/** No message line may repeat a large part of the input. */
const MAX_LINE = 1_200;

function utf32(text: string, littleEndian: boolean): Buffer {
  const codePoints = [...text].map((char) => char.codePointAt(0)!);
  const buffer = Buffer.alloc(codePoints.length * 4);
  codePoints.forEach((code, i) =>
    littleEndian ? buffer.writeUInt32LE(code, i * 4) : buffer.writeUInt32BE(code, i * 4),
  );
  return buffer;
}

describe('design-file fuzz', () => {
  let folder: string;
  let libraryFolder: string;
  let services: Services;
  let socket: Server;
  const seed = fuzzSeed();
  const r = randomTools(seed);
  const kinds = new Map<string, string>();

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cd-file-fuzz-'));
    libraryFolder = mkdtempSync(join(tmpdir(), 'cd-file-fuzz-library-'));
    const sources = exampleFiles().map((file) => readFileSync(file));
    const put = (name: string, bytes: Buffer | string, kind: string) => {
      writeFileSync(join(folder, name), bytes);
      kinds.set(name, kind);
    };

    const mutators: Record<string, (source: Buffer) => Buffer | string> = {
      'flip bytes': (source) => {
        const copy = Buffer.from(source);
        for (let i = r.int(1, 12); i > 0; i--) copy[r.int(0, copy.length - 1)] = r.int(0, 255);
        return copy;
      },
      'cut short': (source) => source.subarray(0, r.int(0, source.length - 1)),
      'cut inside a character': (source) => {
        const text = Buffer.from(source.toString('utf8').replace('"title": "', '"title": "ș ț Ελ 🌍 '));
        const at = text.indexOf(Buffer.from('🌍'));
        return text.subarray(0, at + r.int(1, 3));
      },
      'delete a range': (source) => {
        const from = r.int(0, source.length - 1);
        return Buffer.concat([source.subarray(0, from), source.subarray(from + r.int(1, 2_000))]);
      },
      'insert noise': (source) => {
        const at = r.int(0, source.length);
        const noise = r.pick([
          '{',
          '}',
          '[',
          ']',
          ',',
          '"',
          ':',
          '\\',
          'null',
          '1e400',
          'NaN',
          '\u0000',
          '\uFEFF',
          '/*',
          '"\\ud800"',
          '-0',
        ]);
        return Buffer.concat([source.subarray(0, at), Buffer.from(noise), source.subarray(at)]);
      },
      'wrong type somewhere': (source) => {
        const json = JSON.parse(source.toString('utf8')) as Record<string, unknown>;
        let node: Record<string, unknown> = json;
        for (let depth = r.int(0, 3); depth > 0; depth--) {
          const children = Object.entries(node).filter(([, v]) => typeof v === 'object' && v !== null);
          if (children.length === 0) break;
          node = r.pick(children)[1] as Record<string, unknown>;
        }
        const keys = Object.keys(node);
        if (keys.length) node[r.pick(keys)] = r.pick([null, 7, -1, 'text', true, [], {}, 'x'.repeat(30_000), 3.5]);
        return JSON.stringify(json, null, 2).replace(/: 7([,\n])/, r.chance(0.3) ? ': 1e400$1' : ': 7$1');
      },
      'unknown and forbidden keys': (source) =>
        source
          .toString('utf8')
          .replace(
            '{',
            r.pick([
              '{"__proto__": {"polluted": true},',
              '{"constructor": {},',
              `{"${'k'.repeat(r.int(100, 200_000))}": 1,`,
              '{"\u001b[2J\u202e": 1,',
            ]),
          ),
      'huge string': (source) =>
        source.toString('utf8').replace('"summary": "', `"summary": "${'é'.repeat(r.int(30_000, 600_000))}`),
      'deep nesting': (source) => {
        const depth = r.pick([40, 1_000, 20_000, 100_000]);
        const deep = r.chance(0.5)
          ? `${'['.repeat(depth)}${']'.repeat(depth)}`
          : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
        return source
          .toString('utf8')
          .replace('"summary": ', `"summary": ${r.chance(0.3) ? deep.slice(0, deep.length / 2) : deep}, "s2": `);
      },
      'other encoding': (source) => {
        const text = source.toString('utf8');
        return r.pick([
          () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
          () => Buffer.from(text, 'utf16le'),
          () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
          () => Buffer.from(text, 'utf16le').swap16(),
          () => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(text, true)]),
          () => utf32(text, true),
          () => Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(text, false)]),
          () => utf32(text, false),
          () => Buffer.from(text, 'latin1'),
          () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), source]),
        ])();
      },
      'newer or older version': (source) =>
        source
          .toString('utf8')
          .replace(
            /"schemaVersion": \d+/,
            `"schemaVersion": ${r.pick(['99', '0', '-1', '"1"', '1.5', 'null', '1e400'])}`,
          ),
    };
    for (let i = 0; i < MUTANTS; i++) {
      const kind = r.pick(Object.keys(mutators));
      put(`mutant-${String(i).padStart(3, '0')}.cbld`, mutators[kind]!(r.pick(sources)), kind);
    }
    sources.forEach((source, i) => put(`example-${i}.cbld`, source, 'example'));
    put('empty.cbld', '', 'empty');
    put('over-limit.cbld', Buffer.alloc(MAX_DESIGN_FILE_BYTES + 1, 0x20), 'just over the limit');

    const special = (name: string, kind: string, make: (path: string) => void) => {
      make(join(folder, name));
      kinds.set(name, kind);
    };
    special('zero.cbld', 'device', (path) => symlinkSync('/dev/zero', path));
    special('urandom.cbld', 'device', (path) => symlinkSync('/dev/urandom', path));
    special('null.cbld', 'device', (path) => symlinkSync('/dev/null', path));
    special('pipe.cbld', 'named pipe', (path) => execFileSync('mkfifo', [path]));
    special('folder.cbld', 'folder', (path) => mkdirSync(path));
    special('loop.cbld', 'link loop', (path) => symlinkSync(path, path));
    special('dangling.cbld', 'dangling link', (path) => symlinkSync(join(folder, 'nowhere'), path));
    special('sparse.cbld', 'sparse 1 GB', (path) => {
      writeFileSync(path, '');
      truncateSync(path, 1024 ** 3);
    });
    socket = createServer();
    await new Promise<void>((resolve) => socket.listen(join(folder, 'socket.cbld'), resolve));
    kinds.set('socket.cbld', 'socket');
    services = openServices(libraryFolder);
  }, 120_000);

  afterAll(async () => {
    await services?.close();
    await new Promise((resolve) => socket.close(resolve));
    rmSync(folder, { recursive: true, force: true });
    rmSync(libraryFolder, { recursive: true, force: true });
  });

  /** Every entry's type, size, hash and mtime (links not followed): nothing may change. */
  function snapshot(): Map<string, string> {
    return new Map(
      readdirSync(folder).map((name) => {
        const stats = lstatSync(join(folder, name));
        // A hash of every regular file up to the design limit (the sparse 1 GB file: size and time).
        const hash =
          stats.isFile() && stats.size <= MAX_DESIGN_FILE_BYTES + 1
            ? createHash('sha1')
                .update(readFileSync(join(folder, name)))
                .digest('hex')
            : stats.isSymbolicLink()
              ? 'link'
              : 'other';
        return [name, `${stats.mode}:${stats.size}:${stats.mtimeMs}:${hash}`];
      }),
    );
  }

  it('reads every file through validate, check, import, triage and the API: 0 stack traces, 0 files changed', async () => {
    const names = [...kinds.keys()].sort();
    const paths = names.map((name) => join(folder, name));
    const before = snapshot();
    const faults: string[] = [];
    const lines: string[] = [];
    const started = performance.now();

    const cli = async (...argv: string[]) => {
      const out: string[] = [];
      const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => out.push(line) });
      if (code === 70) faults.push(`${argv[0]}: exit 70`);
      lines.push(...out);
      return { code, out };
    };
    const validate = await cli('validate', ...paths);
    const check = await cli('check', ...paths);
    const imported = await cli('import', '--library', libraryFolder, ...paths);

    const rows = await triageFolder(folder, services.checks);
    lines.push(...rows.map((row) => (row.ok ? row.title : row.problem)));

    const handlers = createHandlers(services, { transport: 'electron' });
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const uploads: { name: string; text: string }[] = [];
    for (const name of names) {
      const opened = await dispatch(handlers, 'files.open', { path: join(folder, name) }, 'electron');
      if (opened.ok) count('opened');
      else {
        lines.push(opened.error.message, ...opened.error.details);
        if (opened.error.code === 'internal') faults.push(`files.open ${name}: ${opened.error.message}`);
        count(`refused: ${opened.error.code}`);
      }
      const stats = lstatSync(join(folder, name));
      if (stats.isFile() && stats.size <= MAX_DESIGN_FILE_BYTES) {
        const bytes = readFileSync(join(folder, name));
        const parsed = parseDesignBytes(new Uint8Array(bytes));
        count(`file kind: ${parsed.ok ? 'valid' : parsed.problems[0]!.code}`);
        // The browser path: the text an upload would give, through files.parse over HTTP rules.
        const text = bytes.toString('utf8');
        uploads.push({ name, text });
        const result = await dispatch(handlers, 'files.parse', { name, text }, 'http');
        if (!result.ok) {
          lines.push(result.error.message, ...result.error.details);
          if (result.error.code === 'internal') faults.push(`files.parse ${name}: ${result.error.message}`);
        }
      } else count(`file kind: ${kinds.get(name)}`);
    }
    const triaged = await dispatch(handlers, 'files.triage', { files: uploads.slice(0, 500) }, 'http');
    if (!triaged.ok) faults.push(`files.triage: ${triaged.error.message}`);
    const seconds = (performance.now() - started) / 1000;

    const stackTraces = lines.filter((line) => STACK_TRACE.test(line));
    const internal = lines.filter((line) => INTERNAL.test(line));
    const longLines = lines.filter((line) => line.length > MAX_LINE);
    const after = snapshot();
    const changed = [...before].filter(([name, state]) => after.get(name) !== state).map(([name]) => name);
    const added = [...after.keys()].filter((name) => !before.has(name));
    const valid = validate.out.filter((line) => / valid( \(|$)/.test(line)).length;

    console.log(
      [
        `Design-file fuzz, seed ${seed} (replay: FUZZ_SEED=${seed}): ${names.length} files (${MUTANTS} mutants) in ${seconds.toFixed(1)} s`,
        `  validate: ${valid} valid, exit ${validate.code}; check: exit ${check.code}; import: exit ${imported.code}; triage: ${rows.filter((row) => row.ok).length} ok of ${rows.length}`,
        ...[...outcomes].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => `  ${key.padEnd(34)} ${n}`),
        `  crashes = ${faults.length}, stack traces = ${stackTraces.length}, internal errors = ${internal.length}, lines over ${MAX_LINE} characters = ${longLines.length}, files changed = ${changed.length + added.length}`,
      ].join('\n'),
    );
    expect(faults, `seed ${seed}`).toEqual([]);
    expect(
      stackTraces.map((line) => line.slice(0, 300)),
      `seed ${seed}`,
    ).toEqual([]);
    expect(
      internal.map((line) => line.slice(0, 300)),
      `seed ${seed}`,
    ).toEqual([]);
    expect(
      longLines.map((line) => line.slice(0, 300)),
      `seed ${seed}`,
    ).toEqual([]);
    expect([...changed, ...added], `seed ${seed}`).toEqual([]);
    expect(rows).toHaveLength(names.length);
    expect(valid).toBeGreaterThanOrEqual(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 180_000);
});
