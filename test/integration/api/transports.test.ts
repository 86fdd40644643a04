import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, availableOver, type ApiMethod } from '../../../shared/api';
import { dispatch } from '../../../main/api/dispatch';
import { createHandlers, openServices, type Services } from '../../../main/api/handlers';
import { serialiseDesign } from '../../../main/services/files/design-file';
import { startWebServer, type WebServer } from '../../../main/web/server';
import { sampleDesign } from '../../helpers/designs';

const METHODS = Object.keys(API) as ApiMethod[];
const takesPath = (name: ApiMethod) => {
  const shape = (API[name].args as unknown as z.ZodObject).shape;
  return 'path' in shape || 'paths' in shape;
};

describe('what each transport may call', () => {
  let root: string;
  let services: Services;
  let server: WebServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cd-transports-'));
    services = openServices(join(root, 'library'));
    server = await startWebServer({
      // Even handlers wired with native dialogs must not reach them over HTTP.
      handlers: createHandlers(services, {
        transport: 'http',
        openDialog: async () => join(root, 'chosen.cbld'),
        openFolderDialog: async () => root,
        saveDialog: async () => join(root, 'chosen.cbld'),
      }),
      staticDir: root,
    });
  });
  afterAll(async () => {
    await server.close();
    await services.close();
    rmSync(root, { recursive: true, force: true });
  });

  const overHttp = async (method: string, args: unknown) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { 'x-designer-token': server.token, 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string } } };
  };

  it('the contract keeps every method that takes a path, and every dialog, to the desktop app', () => {
    const desktopOnly = METHODS.filter((name) => !availableOver(name, 'http'));
    expect(METHODS.filter(takesPath).length).toBeGreaterThanOrEqual(5);
    for (const name of METHODS.filter(takesPath)) expect(desktopOnly, name).toContain(name);
    expect(desktopOnly.sort()).toEqual(
      [
        'credentials.toFile',
        'dialogs.openDesign',
        'dialogs.openDesigns',
        'dialogs.openFolder',
        'dialogs.openPathway',
        'dialogs.saveFile',
        'export.toFile',
        'files.import',
        'files.open',
        'files.save',
        'files.triageFolder',
        'merge.previewPaths',
        'merge.savePaths',
        'pathways.europassToFile',
        'pathways.open',
        'pathways.save',
        'pathways.toFile',
      ].sort(),
    );
    for (const name of METHODS) expect(availableOver(name, 'electron'), name).toBe(true);
  });

  it('over HTTP, no path-taking method answers, and none touches the disk', async () => {
    const existing = join(root, 'existing.cbld');
    writeFileSync(existing, serialiseDesign(sampleDesign()));
    const design = sampleDesign();
    const calls: Record<string, unknown> = {
      'files.open': { path: existing },
      'files.save': { path: join(root, 'written.cbld'), design },
      'files.import': { path: existing },
      'files.triageFolder': { path: root },
      'export.toFile': { path: join(root, 'written.pdf'), design, document: 'spec', format: 'pdf' },
      'dialogs.openDesign': {},
      'dialogs.openDesigns': {},
      'dialogs.openFolder': {},
      'merge.previewPaths': { id: design.id, ownLabel: 'Mine', paths: [existing] },
      'merge.savePaths': { id: design.id, ownLabel: 'Mine', paths: [existing], resolutions: {}, expectVersion: '' },
      'dialogs.saveFile': { suggestedName: 'x.cbld', extension: 'cbld' },
    };
    for (const [method, args] of Object.entries(calls)) {
      const { status, body } = await overHttp(method, args);
      expect(status, method).toBe(403);
      expect(body.error?.code, method).toBe('not-available');
      expect(body.error?.message, method).toMatch(/not available in the browser/);
    }
    expect(existsSync(join(root, 'written.cbld'))).toBe(false);
    expect(existsSync(join(root, 'written.pdf'))).toBe(false);
    expect(services.library.list()).toEqual([]);
    // Refused before the arguments are even looked at.
    expect((await overHttp('files.open', { path: 42 })).status).toBe(403);
  });

  it('the desktop transport still reaches them', async () => {
    const handlers = createHandlers(services, { transport: 'electron' });
    const existing = join(root, 'existing.cbld');
    writeFileSync(existing, serialiseDesign(sampleDesign()));
    const result = await dispatch(handlers, 'files.open', { path: existing }, 'electron');
    expect(result).toMatchObject({ ok: true, result: { source: existing } });
    const refused = await dispatch(handlers, 'files.open', { path: existing }, 'http');
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-available' } });
  });
});
