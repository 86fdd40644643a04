import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Design } from '../../../shared/model';
import { cli } from '../../helpers/cli';
import { startServe } from '../../../main/cli/serve-command';
import { serialiseDesign } from '../../../main/services/files/design-file';
import { Library } from '../../../main/services/library/library';
import { exampleFiles, loadDesign } from '../../helpers/designs';
import { canMount, fillDisk, mountTinyDisk, type TinyDisk } from '../../helpers/mounts';
import { useTempDirs } from '../../helpers/temp';

const STACK_TRACE = /\n\s+at .+[(:]\d+|SqliteError|SQLITE_|disk I\/O error|database or disk is full/;
const DISK_FULL = /disk is full/;

describe.runIf(canMount())('a full disk under the library: a clear message, nothing lost', () => {
  const tempDir = useTempDirs();
  let disk: TinyDisk;
  let folder: string;
  const designs = exampleFiles().map(loadDesign);
  const filler = () => join(disk.dir, 'filler');
  const freeSpace = () => rmSync(filler(), { force: true });

  beforeEach(() => {
    disk = mountTinyDisk(2048);
    folder = join(disk.dir, 'library');
  });
  afterEach(() => disk.dispose());

  function expectIntact(expected: Design[]): void {
    const library = Library.open(folder);
    expect(library.integrityCheck()).toBe('ok');
    for (const design of expected) expect(library.get(design.id)).toEqual(design);
    library.close();
  }

  it('library save: says the disk is full, keeps the last saved version, saves again once there is space', () => {
    const library = Library.open(folder);
    for (const design of designs) library.save(design, 'save');
    fillDisk(filler());
    const changed = { ...designs[0]!, title: 'Changed while the disk was full', summary: 'x'.repeat(19_000) };
    let error: unknown;
    try {
      for (let i = 0; i < 20; i++) library.save({ ...changed, summary: `${i}${changed.summary}` }, 'save');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(
        /^The disk is full, so this change was not saved to the library\. Your last saved version is intact; free some space and it saves again\.$/,
      ),
    });
    expect(library.get(designs[1]!.id)).toEqual(designs[1]);
    freeSpace();
    library.save(changed, 'save');
    expect(library.get(changed.id).title).toBe(changed.title);
    expect(library.integrityCheck()).toBe('ok');
    library.close();
    expectIntact([changed, designs[1]!, designs[2]!]);
  });

  it('import into a full library: the message, no stack trace, and the import works once there is space', async () => {
    const files = tempDir();
    const bigger = designs.map((design, i) => {
      const file = join(files, `design-${i}.cbld`);
      writeFileSync(file, serialiseDesign({ ...design, summary: 'é'.repeat(9_000) }));
      return file;
    });
    expect((await cli('import', '--library', folder, exampleFiles()[0]!)).code).toBe(0);
    fillDisk(filler());
    // The first one is already in the library in another version: replacing it is a choice.
    const full = await cli('import', '--library', folder, '--replace', ...bigger);
    expect(full.code).toBeGreaterThan(0);
    expect(full.text).toMatch(DISK_FULL);
    expect(full.text).not.toMatch(STACK_TRACE);
    freeSpace();
    expectIntact([designs[0]!]);
    const again = await cli('import', '--library', folder, '--replace', ...bigger);
    expect(again.code).toBe(0);
    expect(again.text.match(/: (imported|replaced the library version \(kept as a revision\) with) "/g)).toHaveLength(
      3,
    );
  });

  it('list on a full disk: a clear message or the list, never a stack trace; nothing lost', async () => {
    expect((await cli('import', '--library', folder, ...exampleFiles())).code).toBe(0);
    fillDisk(filler());
    const listed = await cli('list', '--library', folder);
    expect(listed.text).not.toMatch(STACK_TRACE);
    if (listed.code !== 0) {
      expect(listed.code).toBe(2);
      expect(listed.text).toMatch(
        /could not be opened because the disk is full\. The designs in it are intact; free some space/,
      );
    } else expect(listed.text.split('\n')).toHaveLength(3);
    freeSpace();
    const after = await cli('list', '--library', folder);
    expect(after.code).toBe(0);
    expect(after.text.split('\n')).toHaveLength(3);
  });

  it('serve starts and says so when its library cannot be created; the library works once there is space', async () => {
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>x</title>');
    mkdirSync(join(disk.dir, 'other'));
    fillDisk(filler());
    const err: string[] = [];
    const { server, services } = await startServe(
      { library: folder, staticDir: renderer },
      { out: () => undefined, err: (line) => err.push(line) },
    );
    try {
      expect(err.join('\n')).toMatch(/library in .* could not be created because the disk is full/);
      const call = async (method: string, args: unknown) => {
        const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
          method: 'POST',
          headers: { 'x-designer-token': server.token },
          body: JSON.stringify(args),
        });
        type Body = { result: { notice: string | null } & unknown[]; error: { message: string } };
        return { status: response.status, body: (await response.json()) as Body };
      };
      const info = await call('app.info', {});
      expect(info.status).toBe(200);
      expect(info.body.result.notice).toMatch(/could not be created because the disk is full/);
      const examples = await call('catalog.examples', {});
      expect(examples.body.result).toHaveLength(3);
      const list = await call('library.list', {});
      expect(list.status).toBe(507);
      expect(list.body.error.message).toMatch(DISK_FULL);
      expect(JSON.stringify(list.body)).not.toMatch(STACK_TRACE);

      freeSpace();
      expect((await call('library.save', { design: designs[0], kind: 'save' })).status).toBe(200);
      expect((await call('library.list', {})).body.result).toHaveLength(1);
      expect((await call('app.info', {})).body.result.notice).toBeNull();
    } finally {
      await server.close();
      await services.close();
    }
    expectIntact([designs[0]!]);
  });
});
