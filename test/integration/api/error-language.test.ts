import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, openServices } from '../../../main/api/handlers';
import { fileSystemError } from '../../../main/services/errors';
import { startWebServer, type WebServer } from '../../../main/web/server';
import { createHttpApi } from '../../../renderer/api/http-client';
import { electronApi, type DesignerBridge } from '../../../renderer/api/index';
import { initI18n, loadUiLanguage } from '../../../renderer/i18n';
import { ApiError, type ApiReply, type DesignerApi } from '../../../shared/api';
import { errorDetails, errorMessage, translateMessage } from '../../../shared/errors';
import { createTranslator } from '../../../shared/i18n';
import { dispatch } from '../../../main/api/dispatch';
import { LIBRARY_FILE } from '../../../main/services/library/library';
import { directApi } from '../../helpers/api';
import { sampleDesign } from '../../helpers/designs';
import { canMount, fillDisk, mountTinyDisk, type TinyDisk } from '../../helpers/mounts';
import { useTempDirs } from '../../helpers/temp';
import { startTestServer, type TestServer } from '../../helpers/web';

/** A path a Romanian colleague might have: comma-below ș ț, spaces and emoji. */
const PATH = '/home/ștefan/Cursuri țărănești 📚/plan 🌍.cbld';
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

const caught = async (call: Promise<unknown>): Promise<unknown> => {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
};

describe('an error travels as a key and is shown in the UI language (HTTP → renderer)', () => {
  let server: TestServer;
  let api: DesignerApi;

  beforeAll(async () => {
    server = await startTestServer('error-language', (services) => ({
      ...createHandlers(services, { transport: 'http' }),
      'library.list': () => {
        throw fileSystemError(enospc(), 'write', PATH);
      },
    }));
    api = createHttpApi(`http://${server.host}`, { current: server.server.token });
    initI18n('en');
    await loadUiLanguage('fr');
  });
  afterAll(() => server.stop());

  it('a full disk reads in French, with the path intact, and keeps its code', async () => {
    const error = await caught(api['library.list']({}));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'disk-full', key: 'errors.file.diskFull' });
    // English stays the message (logs, fallback).
    expect((error as ApiError).message).toMatch(/^The disk is full/);
    const shown = errorMessage(i18next.t, error);
    expect(shown).toBe(
      `Le disque est plein\u00a0: ${PATH} n’a pas pu être enregistré. Libérez de l’espace ou enregistrez ailleurs\u202f; la version précédente du fichier est intacte.`,
    );
  });

  it('the renderer’s own errors (invalid arguments) are translated, details too', async () => {
    await loadUiLanguage('el');
    const error = await caught(api['library.get']({ id: 42 } as never));
    expect(error).toMatchObject({ code: 'invalid-arguments' });
    expect(errorMessage(i18next.t, error)).toMatch(
      /^Η μέθοδος library\.get κλήθηκε με μη έγκυρα ορίσματα: \$\.id: αναμένεται string, βρέθηκε αριθμός$/,
    );
    expect(errorDetails(i18next.t, error)).toEqual(['$.id: αναμένεται string, βρέθηκε αριθμός']);
    await loadUiLanguage('fr');
  });

  it('a server that is gone is said in the UI language', async () => {
    const offline = createHttpApi('http://127.0.0.1:9', { current: 'x' });
    const error = await caught(offline['library.list']({}));
    expect(errorMessage(i18next.t, error)).toMatch(/^Le serveur local de Challenge Designer ne répond pas/);
  });
});

describe('a file that is no credential, imported through the API, reads in the UI language', () => {
  let server: TestServer;
  let api: DesignerApi;

  beforeAll(async () => {
    server = await startTestServer('credential-language');
    api = createHttpApi(`http://${server.host}`, { current: server.server.token });
    initI18n('en');
    await loadUiLanguage('fr');
  });
  afterAll(() => server.stop());

  const refusal = async (text: string) => {
    const error = await caught(api['credentials.import']({ name: 'cours.json', text }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid-credential' });
    return error as ApiError;
  };

  it('each refusal keeps its key and its English, and the page shows it in French', async () => {
    const cases: [string, string, string, string][] = [
      [
        '[1, 2]',
        'errors.credentials.notAnObject',
        'This file is not a Europass (ELM) or Open Badges 3.0 document: it holds no JSON object.',
        'Ce fichier n’est pas un document Europass (ELM) ni Open Badges 3.0\u00a0: il ne contient aucun objet JSON.',
      ],
      [
        JSON.stringify({ '@context': 'https://schema.org', type: 'Person', name: 'Ștefan 🌍' }),
        'errors.credentials.unknownType',
        'This file is not a Europass (ELM) learning opportunity, specification or credential, nor an Open Badges 3.0 achievement or credential.',
        'Ce fichier n’est ni une opportunité d’apprentissage, une spécification ou une attestation Europass (ELM), ni une réussite ou une attestation Open Badges 3.0.',
      ],
      [
        JSON.stringify({ credential: { type: ['VerifiableCredential', 'EuropeanDigitalCredential'] } }),
        'errors.credentials.noAchievement',
        'The credential holds no learning achievement to open as a design.',
        'L’attestation ne contient aucun acquis d’apprentissage à ouvrir comme projet.',
      ],
    ];
    for (const [text, key, english, french] of cases) {
      const error = await refusal(text);
      expect(error.key).toBe(key);
      expect(error.message).toBe(english);
      expect(errorMessage(i18next.t, error)).toBe(french);
    }
  });

  it('a broken file: the sentence is French, JSON.parse’s own words stay as a param', async () => {
    const error = await refusal('{"title": "Énergie ș ț", ');
    expect(error.key).toBe('errors.credentials.notJson');
    const reason = String(error.params?.['reason']);
    expect(reason).toMatch(/JSON/);
    expect(error.message).toBe(
      `This file is not valid JSON, so it cannot be a Europass or Open Badges document (${reason}).`,
    );
    expect(errorMessage(i18next.t, error)).toBe(
      `Ce fichier n’est pas du JSON valide, ce ne peut donc pas être un document Europass ou Open Badges (${reason}).`,
    );
  });
});

describe('the Electron bridge carries the same keys', () => {
  const tempDir = useTempDirs();

  it('a reply with an error becomes an ApiError with its code, key and params', async () => {
    const services = openServices(join(tempDir(), 'library'));
    try {
      const handlers = {
        ...createHandlers(services, { transport: 'electron' }),
        'library.list': () => {
          throw fileSystemError(enospc(), 'write', PATH);
        },
      };
      // What the preload hands the page: the dispatch reply as data (structured-clone safe).
      const bridge = new Proxy({} as DesignerBridge, {
        get: (_target, method: string) => async (args: unknown) =>
          structuredClone(await dispatch(handlers, method, args, 'electron')) as ApiReply,
      });
      const error = await caught(electronApi(bridge)['library.list']({}));
      expect(error).toMatchObject({ code: 'disk-full', params: { path: PATH } });
      const t = createTranslator('de');
      expect(errorMessage(t, error)).toMatch(/^Der Datenträger ist voll, daher konnte .+ nicht gespeichert werden/);
      expect(errorMessage(t, error)).toContain(PATH);
    } finally {
      await services.close();
    }
  });
});

describe('a notice at start (the library was damaged and moved aside) in the UI language', () => {
  const tempDir = useTempDirs();

  it('app.info carries its key; the page shows it in Swedish with the new path', async () => {
    const folder = join(tempDir(), 'bibliotek 📚 ș');
    mkdirSync(folder);
    writeFileSync(join(folder, LIBRARY_FILE), 'this is not an SQLite database'.repeat(200));
    const services = openServices(folder);
    try {
      const info = await directApi(services)['app.info']({});
      expect(info.notice).toMatch(/^The library file was damaged/);
      const shown = translateMessage(createTranslator('sv'), { message: info.notice!, ...info.noticeKey });
      expect(shown).toMatch(
        /^Biblioteksfilen var skadad och kunde inte läsas\. Den flyttades till .*bibliotek 📚 ș.*library\.damaged-/,
      );
    } finally {
      await services.close();
    }
  });
});

describe.runIf(canMount())('a really full disk under the library, over HTTP, in French', () => {
  let disk: TinyDisk;
  let server: WebServer;
  let close: () => Promise<void>;

  beforeAll(async () => {
    disk = mountTinyDisk(2048);
    const services = openServices(join(disk.dir, 'library'));
    server = await startWebServer({ handlers: createHandlers(services, { transport: 'http' }), staticDir: disk.dir });
    close = async () => {
      await server.close();
      await services.close();
    };
    initI18n('en');
    await loadUiLanguage('fr');
  });
  afterAll(async () => {
    await close();
    disk.dispose();
  });

  it('says the disk is full and that the last saved version is intact, in French', async () => {
    const api = createHttpApi(`http://127.0.0.1:${server.port}`, { current: server.token });
    const design = sampleDesign();
    await api['library.save']({ design, kind: 'save' });
    fillDisk(join(disk.dir, 'filler'));
    let error: unknown;
    for (let i = 0; i < 20 && !error; i++)
      error = await api['library.save']({
        design: { ...design, summary: `${i}${'x'.repeat(19_000)}` },
        kind: 'save',
      }).then(
        () => undefined,
        (caughtError: unknown) => caughtError,
      );
    expect(error).toMatchObject({ code: 'disk-full' });
    expect(errorMessage(i18next.t, error)).toMatch(/^Le disque est plein/);
    expect(errorMessage(i18next.t, error)).toMatch(/dernière version enregistrée est intacte/);
  });
});
