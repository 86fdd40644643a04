import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:net';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../main/api/handlers';
import { cli } from '../../helpers/cli';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CheckService } from '../../../main/services/checks/check-service';
import { readRegularFileSync } from '../../../main/services/files/bounded-read';
import { readDesignFile } from '../../../main/services/files/design-file';
import { triageFolder, triageTexts } from '../../../main/services/triage';
import { directApi } from '../../helpers/api';
import { exampleFiles } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const STACK_TRACE = /\n\s+at .+[(:]\d+|RangeError|Maximum call stack/;
/** Only a hang guard: a pipe or /dev/zero used to block or read for ever. Timings go to bench/. */
const HANG_GUARD = { timeout: 15_000 };

const nested = (depth: number) => `{"schemaVersion":1,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

// [file name, what the message must say]
const HOSTILE: [string, RegExp][] = [
  ['zero.cbld', /is a device, not a file/],
  ['null.cbld', /is a device, not a file/],
  ['pipe.cbld', /is a named pipe, not a file/],
  ['socket.cbld', /socket/],
  ['folder.cbld', /is a folder, not a file/],
  ['deep.cbld', /nested more than 32 levels deep at line 1, column \d+/],
  ['deep-cut.cbld', /nested more than 32 levels deep at line 1, column \d+/],
  ['deep-object.cbld', /nested more than 32 levels deep/],
];

describe('hostile files: refused at once with a clear message, never a hang or a stack trace', () => {
  const tempDir = useTempDirs();
  let folder: string;
  let socket: Server;
  let services: Services;
  const checks = new CheckService(new CatalogService());

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cd-hostile-'));
    symlinkSync('/dev/zero', join(folder, 'zero.cbld'));
    symlinkSync('/dev/null', join(folder, 'null.cbld'));
    execFileSync('mkfifo', [join(folder, 'pipe.cbld')]);
    mkdirSync(join(folder, 'folder.cbld'));
    writeFileSync(join(folder, 'deep.cbld'), nested(20_000));
    writeFileSync(join(folder, 'deep-cut.cbld'), nested(20_000).slice(0, 30_000));
    writeFileSync(join(folder, 'deep-object.cbld'), `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`);
    copyFileSync(exampleFiles()[0]!, join(folder, 'good.cbld'));
    socket = createServer();
    await new Promise<void>((resolve) => socket.listen(join(folder, 'socket.cbld'), resolve));
    services = openServices(join(folder, '..', `${basename(folder)}-library`));
  });
  afterAll(async () => {
    await services.close();
    await new Promise((resolve) => socket.close(resolve));
    rmSync(folder, { recursive: true, force: true });
    rmSync(join(folder, '..', `${basename(folder)}-library`), { recursive: true, force: true });
  });

  const paths = () => HOSTILE.map(([name]) => join(folder, name));

  it.each(HOSTILE)(
    'readDesignFile refuses %s',
    (name, message) => {
      expect(() => readDesignFile(join(folder, name))).toThrow(message);
    },
    HANG_GUARD.timeout,
  );

  it('validate, check and import name each file and go on to the next', HANG_GUARD, async () => {
    const good = join(folder, 'good.cbld');
    for (const command of ['validate', 'check']) {
      const { code, text } = await cli(command, ...paths(), good);
      expect(code, command).toBeGreaterThan(0);
      for (const [name, message] of HOSTILE)
        expect(
          text.split('\n').find((line) => line.includes(name)),
          `${command} ${name}`,
        ).toMatch(message);
      expect(text).toMatch(command === 'validate' ? /good\.cbld: valid/ : /good\.cbld: ".*readiness/);
      expect(text).not.toMatch(STACK_TRACE);
    }
    const imported = await cli('import', '--library', tempDir(), ...paths(), good);
    expect(imported.code).toBeGreaterThan(0);
    expect(imported.text).toMatch(/good\.cbld: imported/);
    for (const [name, message] of HOSTILE) expect(imported.text, name).toMatch(message);
    expect(imported.text).not.toMatch(STACK_TRACE);
  });

  it('the API answers files.open and files.import with the reason', HANG_GUARD, async () => {
    const api = directApi(services);
    for (const [name, message] of HOSTILE) {
      await expect(api['files.open']({ path: join(folder, name) }), name).rejects.toMatchObject({
        message: expect.stringMatching(message),
      });
      await expect(api['files.import']({ path: join(folder, name) }), name).rejects.toMatchObject({
        message: expect.stringMatching(message),
      });
    }
    for (const text of [nested(20_000), nested(20_000).slice(0, 30_000)])
      await expect(api['files.parse']({ name: 'deep.cbld', text })).rejects.toMatchObject({
        code: 'invalid-design',
        message: expect.stringMatching(/nested more than 32 levels deep/),
      });
  });

  it('triage lists every file: one bad file never fails the batch', HANG_GUARD, async () => {
    const rows = await triageFolder(folder, checks);
    expect(rows.map((row) => row.name).sort()).toEqual(
      readdirSync(folder)
        .filter((name) => name.endsWith('.cbld'))
        .sort(),
    );
    for (const [name, message] of HOSTILE) {
      const row = rows.find((r) => r.name === name)!;
      expect(row.ok, name).toBe(false);
      expect(!row.ok && row.problem, name).toMatch(message);
    }
    expect(rows.find((row) => row.name === 'good.cbld')?.ok).toBe(true);

    const uploaded = triageTexts(
      [
        { name: 'deep.cbld', text: nested(20_000).slice(0, 30_000) },
        { name: basename(exampleFiles()[0]!), text: readFileSync(exampleFiles()[0]!, 'utf8') },
      ],
      checks,
    );
    expect(uploaded.map((row) => row.ok)).toEqual([false, true]);
  });

  it('never trusts stat: a file is read no further than the limit, whatever its size said', () => {
    // /proc files say they are empty, yet hold text.
    const read = readRegularFileSync('/proc/self/status', 64);
    expect(read.overLimit).toBe(true);
    expect(read.bytes.length).toBe(64);
  });
});
