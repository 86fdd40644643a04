import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignerApi } from '../../../shared/api';
import { createHandlers, openServices, type Services } from '../../../main/api/handlers';
import { startWebServer, type WebServer } from '../../../main/web/server';
import { createHttpApi } from '../../../renderer/api/http-client';
import { directApi } from '../../helpers/api';
import { sampleDesign } from '../../helpers/designs';
import { SCHEMA_VERSION } from '../../../shared/model';
import { useTempDirs } from '../../helpers/temp';
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

type Transport = { name: string; api: () => DesignerApi; folder: string };

function contractSuite(transport: () => Transport) {
  const tempDir = useTempDirs();

  it('lists the examples and opens each one', async () => {
    const { api } = transport();
    const examples = await api()['catalog.examples']({});
    expect(examples.map((e) => e.interpretation).sort()).toEqual(['method', 'partnership', 'theme']);
    for (const example of examples)
      expect((await api()['catalog.example']({ id: example.id })).title).toBe(example.title);
  });

  it('saves to the library, lists, searches, reads back and tracks revisions', async () => {
    const { api } = transport();
    const design = {
      ...sampleDesign(),
      id: `contract-${Math.random().toString(36).slice(2)}`,
      title: 'Contract Ελληνικά București',
    };
    const summary = await api()['library.save']({ design, kind: 'save' });
    expect(summary).toMatchObject({ id: design.id, title: design.title, interpretation: 'partnership' });
    expect(summary.readiness).toBeGreaterThanOrEqual(0);
    expect((await api()['library.list']({})).map((d) => d.id)).toContain(design.id);
    expect((await api()['library.search']({ query: 'bucuresti' })).map((d) => d.id)).toContain(design.id);
    expect(await api()['library.get']({ id: design.id })).toEqual(design);
    await api()['library.save']({ design: { ...design, title: 'Renamed' }, kind: 'save' });
    const revisions = await api()['library.revisions']({ id: design.id });
    expect(revisions.map((r) => r.title)).toEqual(['Renamed', design.title]);
    const restored = await api()['library.restoreRevision']({ revisionId: revisions[1]!.id });
    expect(restored.title).toBe(design.title);
  });

  it('duplicates, trashes and restores', async () => {
    const { api } = transport();
    const design = { ...sampleDesign(), id: `dup-${Math.random().toString(36).slice(2)}` };
    await api()['library.save']({ design, kind: 'save' });
    const copy = await api()['library.duplicate']({ id: design.id });
    expect(copy.title).toBe('Sample (copy)');
    await api()['library.trash']({ id: copy.id });
    expect((await api()['library.list']({ trash: true })).map((d) => d.id)).toContain(copy.id);
    await api()['library.restoreFromTrash']({ id: copy.id });
    expect((await api()['library.list']({})).map((d) => d.id)).toContain(copy.id);
  });

  it('parses uploaded text and saves and opens files on disk (the browser only uploads)', async () => {
    const { api, name } = transport();
    const text = JSON.stringify(sampleDesign());
    const opened = await api()['files.parse']({ name: 'upload.cbld', text });
    expect(opened).toMatchObject({ source: 'upload.cbld', fromVersion: SCHEMA_VERSION });
    const path = join(tempDir(), 'saved.cbld');
    if (name === 'http') {
      await expect(api()['files.save']({ path, design: opened.design })).rejects.toMatchObject({
        code: 'not-available',
      });
      return;
    }
    await api()['files.save']({ path, design: opened.design });
    // Written for the team: the first file of a design carries its agreed version (README, "Working as a team").
    const reopened = (await api()['files.open']({ path })).design;
    expect(reopened).toEqual({ ...opened.design, lineage: reopened.lineage });
    expect(reopened.lineage).not.toBeNull();
  });

  it('returns typed, readable errors', async () => {
    const { api } = transport();
    await expect(api()['library.get']({ id: 'missing' })).rejects.toMatchObject({
      code: 'not-found',
      message: /no design with id missing/,
    });
    await expect(api()['files.parse']({ name: 'bad.cbld', text: '{"schemaVersion": 5}' })).rejects.toMatchObject({
      code: 'newer-version',
      message: /newer version of Challenge Designer/,
    });
    await expect(api()['library.get']({ id: '' })).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: /\$\.id/,
    });
    const notADesign = join(tempDir(), 'notes.cbld');
    writeFileSync(notADesign, 'notes');
    await expect(api()['files.save']({ path: notADesign, design: sampleDesign() })).rejects.toMatchObject({
      code: transport().name === 'http' ? 'not-available' : 'not-a-design-file',
    });
    expect(readFileSync(notADesign, 'utf8')).toBe('notes');
  });

  it('refuses a malformed design before any service sees it', async () => {
    const { api } = transport();
    const broken = { ...sampleDesign(), interpretation: 'hackathon' } as unknown as ReturnType<typeof sampleDesign>;
    await expect(api()['library.save']({ design: broken, kind: 'save' })).rejects.toMatchObject({
      code: 'invalid-arguments',
      details: expect.arrayContaining([expect.stringMatching(/\$\.design\.interpretation/)]),
    });
  });

  it('serves the catalog in a language', async () => {
    const { api } = transport();
    const catalog = await api()['catalog.get']({ language: 'fr' });
    expect(catalog.sdg.language).toBe('fr');
    expect(catalog.interpretations).toHaveLength(3);
  });

  it('reports app info for its transport', async () => {
    const { api, name, folder } = transport();
    const info = await api()['app.info']({});
    expect(info.transport).toBe(name === 'http' ? 'http' : 'electron');
    expect(info.libraryFolder.startsWith(folder)).toBe(true);
  });
}

describe('DesignerApi contract', () => {
  const folders: string[] = [];
  const newFolder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-contract-'));
    folders.push(dir);
    return dir;
  };
  afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  describe('called directly (services + dispatch)', () => {
    let services: Services;
    let folder: string;
    beforeAll(() => {
      folder = newFolder();
      services = openServices(folder);
    });
    afterAll(() => services.library.close());
    contractSuite(() => ({ name: 'direct', api: () => directApi(services), folder }));
  });

  describe('over HTTP (loopback server + renderer client)', () => {
    let services: Services;
    let server: WebServer;
    let folder: string;
    beforeAll(async () => {
      folder = newFolder();
      services = openServices(folder);
      server = await startWebServer({
        handlers: createHandlers(services, { transport: 'http' }),
        staticDir: newFolder(),
      });
    });
    afterAll(async () => {
      await server.close();
      services.library.close();
    });
    contractSuite(() => ({
      name: 'http',
      api: () => createHttpApi(`http://127.0.0.1:${server.port}`, { current: server.token }),
      folder,
    }));
  });
});
