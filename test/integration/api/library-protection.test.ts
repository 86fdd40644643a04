import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DesignerApi } from '../../../shared/api';
import { openServices, type Services } from '../../../main/api/handlers';
import { runCli } from '../../../main/cli/program';
import { serialiseDesign } from '../../../main/services/files/design-file';
import { Library } from '../../../main/services/library/library';
import { directApi } from '../../helpers/api';
import { exampleFiles, loadDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

describe("no transport writes over the library's own files", () => {
  const tempDir = useTempDirs();
  let folder: string;
  let outside: string;
  let services: Services;
  let api: DesignerApi;
  const designs = exampleFiles().map(loadDesign);

  beforeEach(async () => {
    folder = tempDir();
    outside = tempDir();
    services = openServices(folder);
    api = directApi(services);
    for (const design of designs) await api['library.save']({ design, kind: 'save' });
  });
  afterEach(() => services.close());

  const libraryFiles = () => readdirSync(folder).sort();
  const targets = () => ({
    'the library file': join(folder, 'library.sqlite'),
    'its write-ahead log': join(folder, 'library.sqlite-wal'),
    'its shared memory': join(folder, 'library.sqlite-shm'),
    'a new file in the library folder': join(folder, 'proposal.pdf'),
    'a file in a subfolder of the library': join(folder, 'sub', 'proposal.pdf'),
    'the library folder itself': folder,
    'a path that climbs back into the library': join(outside, '..', folder.split('/').at(-1)!, 'library.sqlite'),
  });

  async function expectLibraryIntact(): Promise<void> {
    await services.close();
    const library = Library.open(folder);
    expect(library.notice).toBeNull();
    expect(library.integrityCheck()).toBe('ok');
    expect(
      library
        .list()
        .map((d) => d.id)
        .sort(),
    ).toEqual(designs.map((d) => d.id).sort());
    library.close();
    services = openServices(folder);
  }

  it('refuses an export onto the library file, its companions or its folder (desktop transport)', async () => {
    mkdirSync(join(folder, 'sub'));
    const before = libraryFiles();
    for (const [what, path] of Object.entries(targets()))
      await expect(
        api['export.toFile']({ design: designs[0]!, document: 'spec', format: 'docx', path }),
        what,
      ).rejects.toMatchObject({ code: 'protected', message: expect.stringMatching(/library/) });
    expect(libraryFiles()).toEqual(before);
    await expectLibraryIntact();
  });

  it('refuses a design saved over the library, even when replacing a non-design was confirmed', async () => {
    for (const [what, path] of Object.entries(targets()))
      await expect(
        api['files.save']({ path, design: designs[0]!, replaceNonDesign: true }),
        what,
      ).rejects.toMatchObject({ code: 'protected' });
    await expectLibraryIntact();
  });

  it('refuses links that lead to the library file', async () => {
    const symlink = join(outside, 'link.docx');
    symlinkSync(join(folder, 'library.sqlite'), symlink);
    const hardLink = join(outside, 'hard.cbld');
    linkSync(join(folder, 'library.sqlite'), hardLink);
    await expect(
      api['export.toFile']({ design: designs[0]!, document: 'spec', format: 'docx', path: symlink }),
    ).rejects.toMatchObject({ code: 'protected' });
    await expect(
      api['files.save']({ path: hardLink, design: designs[0]!, replaceNonDesign: true }),
    ).rejects.toMatchObject({ code: 'protected' });
    await expectLibraryIntact();
  });

  it('still writes anywhere else', async () => {
    const path = join(outside, 'spec.docx');
    await api['export.toFile']({ design: designs[0]!, document: 'spec', format: 'docx', path });
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });

  it('the command line refuses `export --out` onto the library, even with --force', async () => {
    const file = join(outside, 'design.cbld');
    writeFileSync(file, serialiseDesign(designs[0]!));
    await services.close();
    const previous = process.env.CHALLENGE_DESIGNER_LIBRARY;
    process.env.CHALLENGE_DESIGNER_LIBRARY = folder;
    const err: string[] = [];
    try {
      const code = await runCli(
        ['export', file, '--document', 'spec', '--format', 'docx', '--out', join(folder, 'library.sqlite'), '--force'],
        { out: () => undefined, err: (line) => err.push(line) },
        {}, // English, whatever the machine's LANG
      );
      expect(code).toBeGreaterThan(0);
      expect(err.join('\n')).toMatch(/inside the library folder/);
    } finally {
      if (previous === undefined) delete process.env.CHALLENGE_DESIGNER_LIBRARY;
      else process.env.CHALLENGE_DESIGNER_LIBRARY = previous;
    }
    expect(existsSync(join(folder, 'library.sqlite'))).toBe(true);
    services = openServices(folder);
    await expectLibraryIntact();
  });
});
