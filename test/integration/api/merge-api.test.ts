import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, openServices, type Services } from '../../../main/api/handlers';
import { readDesignFile, serialiseDesign } from '../../../main/services/files/design-file';
import { startWebServer, type WebServer } from '../../../main/web/server';
import { createHttpApi } from '../../../renderer/api/http-client';
import type { DesignerApi } from '../../../shared/api';
import { createOutcome, newId, type Design } from '../../../shared/model';
import { directApi } from '../../helpers/api';
import { clone, loadExample } from '../../helpers/designs';

/**
 * "Merge a team member's file…" through the contract: the browser uploads the files, the
 * desktop app gives paths; a preview changes nothing, a save runs the merge again with the
 * answers and only over the version it was prepared from.
 */
describe('merge through the API', () => {
  let root: string;
  let services: Services;
  let server: WebServer;
  let http: DesignerApi;
  let desktop: DesignerApi;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cd-merge-api-'));
    services = openServices(join(root, 'library'));
    server = await startWebServer({ handlers: createHandlers(services, { transport: 'http' }), staticDir: root });
    http = createHttpApi(`http://127.0.0.1:${server.port}`, { current: server.token });
    desktop = directApi(services);
  });
  afterAll(async () => {
    await server.close();
    await services.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** The merger's design, shared once (the download gives it its agreed version), then edited apart. */
  async function shared(api: DesignerApi): Promise<{ mine: Design; file: Design }> {
    const design = { ...loadExample('theme'), id: newId() };
    await api['library.save']({ design, kind: 'save' });
    const file = await api['library.share']({ design });
    expect(file.lineage).not.toBeNull();
    // The library keeps the agreed version although the editor saves without it.
    await api['library.save']({ design: { ...design, summary: 'Mine, edited after sharing' }, kind: 'autosave' });
    const mine = await api['library.get']({ id: design.id });
    expect(mine.lineage).toEqual(file.lineage);
    return { mine, file };
  }

  it('previews an uploaded file (one question), saves the answer, and keeps both sides’ other changes', async () => {
    const { mine, file } = await shared(http);
    const theirs = clone(file);
    theirs.summary = 'Theirs: Αθήνα, Iași, 🌍';
    theirs.outcomes.push(createOutcome({ id: 'lo-theirs', statement: 'Map cool places with residents' }));
    const upload = [{ name: 'bo.cbld', text: serialiseDesign(theirs) }];
    const preview = await http['merge.preview']({ id: mine.id, ownLabel: 'Your version', files: upload });
    expect(preview.base.kind).toBe('common');
    expect(preview.conflicts.map((c) => [c.id, c.kind, c.options.map((o) => o.kind)])).toEqual([
      ['summary', 'field', ['value', 'value', 'all']],
    ]);
    expect(preview.inputs.map((input) => input.label)).toEqual(['Your version', 'bo.cbld']);
    expect(preview.design.summary).toBe('Mine, edited after sharing');
    expect(preview.design.outcomes.at(-1)!.id).toBe('lo-theirs');
    // A preview changes nothing.
    expect((await http['library.get']({ id: mine.id })).summary).toBe('Mine, edited after sharing');

    const saved = await http['merge.save']({
      id: mine.id,
      ownLabel: 'Your version',
      files: upload,
      resolutions: { summary: 1 },
      expectVersion: preview.version,
      savedBy: { name: 'Ana', role: 'author' },
    });
    expect(saved.summary).toBe('Theirs: Αθήνα, Iași, 🌍');
    expect(saved.outcomes.at(-1)!.id).toBe('lo-theirs');
    expect(await http['library.get']({ id: mine.id })).toEqual(saved);
    const history = await http['library.revisions']({ id: mine.id });
    expect(history.slice(0, 3).map((r) => r.source)).toEqual(['merge of Your version, bo.cbld', 'bo.cbld', '']);
  });

  it('refuses to save over a version that changed since the preview, and says so', async () => {
    const { mine, file } = await shared(http);
    const upload = [{ name: 'bo.cbld', text: serialiseDesign({ ...file, title: 'Theirs' }) }];
    const preview = await http['merge.preview']({ id: mine.id, ownLabel: 'Me', files: upload });
    await http['library.save']({ design: { ...mine, title: 'Changed meanwhile' }, kind: 'autosave' });
    await expect(
      http['merge.save']({
        id: mine.id,
        ownLabel: 'Me',
        files: upload,
        resolutions: {},
        expectVersion: preview.version,
      }),
    ).rejects.toMatchObject({ code: 'merge-outdated', message: expect.stringMatching(/Merge the files again/) });
    expect((await http['library.get']({ id: mine.id })).title).toBe('Changed meanwhile');
  });

  it('says which upload cannot be read, and refuses another design’s file', async () => {
    const { mine } = await shared(http);
    await expect(
      http['merge.preview']({ id: mine.id, ownLabel: 'Me', files: [{ name: 'broken.cbld', text: '{"title": ' }] }),
    ).rejects.toMatchObject({
      code: 'invalid-design',
      message: expect.stringMatching(/^broken\.cbld could not be opened/),
    });
    const other = serialiseDesign(loadExample('method'));
    await expect(
      http['merge.preview']({ id: mine.id, ownLabel: 'Me', files: [{ name: 'campus.cbld', text: other }] }),
    ).rejects.toMatchObject({
      code: 'not-mergeable',
      message: expect.stringMatching(/campus\.cbld is another design/),
    });
    await expect(http['merge.preview']({ id: mine.id, ownLabel: 'Me', files: [] })).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
  });

  it('desktop: merges files by path; Save writes the agreed version into the file the first time', async () => {
    const design = { ...loadExample('theme'), id: newId() };
    await desktop['library.save']({ design, kind: 'save' });
    const path = join(root, 'heat.cbld');
    await desktop['files.save']({ path, design });
    const written = readDesignFile(path).design;
    expect(written.lineage).not.toBeNull();
    expect((await desktop['library.get']({ id: design.id })).lineage).toEqual(written.lineage);

    const [ana, bo] = [join(root, 'ana.cbld'), join(root, 'bo.cbld')];
    writeFileSync(ana, serialiseDesign({ ...written, title: 'Title by Ana' }));
    writeFileSync(bo, serialiseDesign({ ...written, title: 'Title by Bo' }));
    const preview = await desktop['merge.previewPaths']({ id: design.id, ownLabel: 'Mine', paths: [ana, bo] });
    expect(preview.inputs.map((input) => input.label)).toEqual(['Mine', 'ana.cbld', 'bo.cbld']);
    const question = preview.conflicts[0]!;
    expect(question.options.filter((o) => o.kind === 'value').map((o) => [o.value, o.holders])).toEqual([
      ['Title by Ana', [1]],
      ['Title by Bo', [2]],
    ]);
    const saved = await desktop['merge.savePaths']({
      id: design.id,
      ownLabel: 'Mine',
      paths: [ana, bo],
      resolutions: { title: 1 },
      expectVersion: preview.version,
    });
    expect(saved.title).toBe('Title by Bo');
    expect(saved.lineage!.ancestors).toContain(written.lineage!.base);
  });
});
