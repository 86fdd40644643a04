import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The `electron` module is the one boundary we stub: the window, session and IPC wiring run
 * for real against recording fakes, so the security options and checks are what ships.
 */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class FakeContents {
    listeners = new Map<string, Listener>();
    windowOpenHandler: Listener | null = null;
    mainFrame = { url: 'app://bundle/index.html', parent: null };
    loadedUrl = '';
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
      return this;
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }
  const windows: FakeWindow[] = [];
  class FakeWindow {
    webContents = new FakeContents();
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    once() {}
    show() {}
    loadURL(url: string) {
      this.webContents.loadedUrl = url;
      return Promise.resolve();
    }
  }
  const state = {
    privileged: [] as unknown[],
    protocolHandler: null as null | ((request: { url: string }) => Promise<Response>),
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    opened: [] as string[],
  };
  const electron = {
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (_scheme: string, handler: typeof state.protocolHandler) => (state.protocolHandler = handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
      },
    },
    shell: { openExternal: (url: string) => (state.opened.push(url), Promise.resolve()) },
  };
  return { electron, windows, state, FakeContents };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

import { createHandlers, openServices, type Services } from '../../../main/api/handlers';
import { CHANNELS } from '../../../main/electron/channels';
import { handleCall, registerIpc } from '../../../main/electron/ipc';
import {
  rememberedLanguage,
  rememberLanguage,
  ShellLanguage,
  shellLanguages,
  shellTranslator,
  SHELL_RESOURCES,
} from '../../../main/electron/i18n';
import { menuTemplate } from '../../../main/electron/menu';
import { RecentFiles } from '../../../main/electron/recent-files';
import { APP_ENTRY, isSafeExternalUrl, resolveAppFile } from '../../../main/electron/security';
import { createMainWindow, prepareSession, registerAppScheme } from '../../../main/electron/window';
import { useTempDirs } from '../../helpers/temp';

const tempDir = useTempDirs();

describe('the window', () => {
  beforeEach(() => (fake.windows.length = 0));

  it('is isolated and sandboxed, with the preload as its only bridge', () => {
    createMainWindow('/app/preload.cjs');
    const preferences = fake.windows[0]!.options.webPreferences;
    expect(preferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(fake.windows[0]!.webContents.loadedUrl).toBe(APP_ENTRY);
  });

  it('refuses navigation, redirects and webviews', () => {
    const contents = createMainWindow('/p.cjs').webContents as unknown as InstanceType<typeof fake.FakeContents>;
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.listeners.get(name)!(event, 'https://evil.example/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });

  it('opens no new windows; https links go to the system browser, other schemes nowhere', () => {
    const contents = createMainWindow('/p.cjs').webContents as unknown as InstanceType<typeof fake.FakeContents>;
    fake.state.opened.length = 0;
    for (const url of ['https://sdgs.un.org/goals', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share'])
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    expect(fake.state.opened).toEqual(['https://sdgs.un.org/goals']);
    expect(isSafeExternalUrl('http://plain.example')).toBe(false);
  });
});

/** A folder for a whole describe block (useTempDirs removes its folders after each test). */
function folderForBlock(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cd-electron-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

describe('the session and the app:// protocol', () => {
  const renderer = folderForBlock();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  registerAppScheme();
  prepareSession(renderer);
  const get = (url: string) => fake.state.protocolHandler!({ url });

  it('registers app:// as a secure standard scheme', () => {
    expect(fake.state.privileged).toContainEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('grants no permission request and no permission check', () => {
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      fake.state.permissionRequest!({}, permission, callback);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(callback).toHaveBeenCalledTimes(5);
    expect(fake.state.permissionCheck!({}, 'media')).toBe(false);
  });

  it('serves the renderer with a strict CSP', async () => {
    const page = await get('app://bundle/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>ok</title>');
    expect(page.headers.get('content-security-policy')).toMatch(
      /default-src 'none'.*script-src 'self'.*connect-src 'none'/,
    );
    expect((await get('app://bundle/assets/app.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await get('app://bundle/')).status).toBe(200);
  });

  it('refuses every path outside the renderer folder', async () => {
    for (const url of [
      'app://bundle/../../../etc/passwd',
      'app://bundle/%2e%2e/%2e%2e/etc/passwd',
      'app://bundle/assets/..%2f..%2fsecret',
      'app://bundle/assets%5c..%5c..%5csecret',
      'app://bundle/index.html%00.js',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://bundle/missing.js',
    ])
      expect((await get(url)).status, url).toBe(404);
    expect(resolveAppFile(renderer, 'app://bundle/%E0%A4%A')).toBeNull();
  });
});

describe('IPC', () => {
  const library = folderForBlock();
  let services: Services | undefined;
  afterAll(() => services?.close());

  const setup = () => {
    services ??= openServices(library);
    const window = createMainWindow('/p.cjs');
    const handlers = createHandlers(services, { transport: 'electron' });
    const contents = window.webContents as unknown as InstanceType<typeof fake.FakeContents>;
    const ours = { sender: window.webContents, senderFrame: contents.mainFrame };
    return { window, handlers, contents, ours };
  };

  it('answers our window’s top frame through the validated dispatch', async () => {
    const { window, handlers, ours } = setup();
    const response = await handleCall(handlers, ours as never, window as never, 'app.info', {});
    expect(response).toMatchObject({ ok: true, result: { name: 'Challenge Designer', transport: 'electron' } });
  });

  it('refuses foreign pages, subframes, other windows and a closed window', async () => {
    const { window, handlers, contents, ours } = setup();
    const other = setup().window;
    const senders = {
      'a foreign page in our frame': { ...ours, senderFrame: { ...contents.mainFrame, url: 'https://evil.example/' } },
      'a subframe': { ...ours, senderFrame: { url: 'app://bundle/index.html', parent: contents.mainFrame } },
      'another window': { sender: other.webContents, senderFrame: contents.mainFrame },
    };
    for (const [name, event] of Object.entries(senders)) {
      const response = await handleCall(handlers, event as never, window as never, 'app.info', {});
      expect(response, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await handleCall(handlers, ours as never, null, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('validates the method and its arguments before any service runs', async () => {
    const { window, handlers, ours } = setup();
    const call = (method: unknown, args: unknown) => handleCall(handlers, ours as never, window as never, method, args);
    expect(await call('library.get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call('library.list', { limit: 10_000 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(await call('app.info', { extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await call({ toString: () => 'app.info' }, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
  });

  it('registers the invoke channel and save channels only our window may use, with checked payloads', async () => {
    const { window, handlers, contents, ours } = setup();
    const handled = new Map<string, (...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: (channel: string, listener: (...args: unknown[]) => unknown) => handled.set(channel, listener),
      on: (channel: string, listener: (...args: unknown[]) => unknown) => handled.set(channel, listener),
    };
    const reports: unknown[] = [];
    const results: unknown[] = [];
    const languages: string[] = [];
    registerIpc(ipcMain as never, handlers, () => window as never, {
      onSaveReport: (report) => reports.push(report),
      onSaveResult: (id, outcome) => results.push([id, outcome]),
      onLanguage: (language) => languages.push(language),
    });
    expect([...handled.keys()].sort()).toEqual(
      [CHANNELS.call, CHANNELS.saveReport, CHANNELS.saveResult, CHANNELS.uiLanguage].sort(),
    );
    expect(await handled.get(CHANNELS.call)!(ours, 'catalog.examples', {})).toMatchObject({ ok: true });
    const foreign = { ...ours, senderFrame: { ...contents.mainFrame, url: 'https://evil.example' } };
    const report = { library: 'failed', error: 'Disk full.', fileBehind: '' };
    handled.get(CHANNELS.saveReport)!(ours, report);
    handled.get(CHANNELS.saveReport)!(ours, { ...report, library: 'lost' });
    handled.get(CHANNELS.saveReport)!(ours, { ...report, extra: 1 });
    handled.get(CHANNELS.saveReport)!(foreign, report);
    handled.get(CHANNELS.saveReport)!({ ...ours, senderFrame: null }, report);
    expect(reports).toEqual([report]);
    handled.get(CHANNELS.saveResult)!(ours, 3, { outcome: 'saved', message: '' });
    handled.get(CHANNELS.saveResult)!(ours, 'x', { outcome: 'saved', message: '' });
    handled.get(CHANNELS.saveResult)!(ours, 4, { outcome: 'maybe', message: '' });
    handled.get(CHANNELS.saveResult)!(foreign, 5, { outcome: 'saved', message: '' });
    expect(results).toEqual([[3, { outcome: 'saved', message: '' }]]);
    handled.get(CHANNELS.uiLanguage)!(ours, 'fr');
    handled.get(CHANNELS.uiLanguage)!(ours, 'en-XA');
    handled.get(CHANNELS.uiLanguage)!(foreign, 'de');
    handled.get(CHANNELS.uiLanguage)!(ours, '../../etc');
    handled.get(CHANNELS.uiLanguage)!(ours, { language: 'el' });
    expect(languages).toEqual(['fr', 'en-XA']);
  });
});

describe('the native menu', () => {
  const labels = (items: { label?: string; role?: string }[]) => items.map((item) => item.label ?? item.role);
  const build = (platform: NodeJS.Platform, recent: string[] = [], t = shellTranslator('en-GB')) => {
    const sent: string[] = [];
    const opened: string[] = [];
    const template = menuTemplate(
      { command: (name) => sent.push(name), openRecent: (path) => opened.push(path), about: () => {} },
      { platform, recent, appName: 'Challenge Designer', dev: false, t },
    );
    type Item = {
      label?: string;
      role?: string;
      type?: string;
      accelerator?: string;
      click?: () => void;
      submenu?: Item[];
      enabled?: boolean;
    };
    const menu = (label: string) => (template as Item[]).find((item) => item.label === label)!.submenu!;
    const item = (items: Item[], label: string) => items.find((entry) => entry.label === label)!;
    return { template: template as Item[], menu, item, sent, opened };
  };

  it('has File, Edit, View and Help with the usual accelerators', () => {
    const { template, menu, item } = build('linux');
    expect(labels(template)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = menu('&File');
    expect(labels(file)).toEqual(
      expect.arrayContaining(['New Design', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export', 'Close Window']),
    );
    expect(item(file, 'New Design').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Save').accelerator).toBe('CmdOrCtrl+S');
    expect(item(file, 'Save As…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(item(menu('&Edit'), 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(menu('&Edit'), 'Redo').accelerator).toBe('Ctrl+Y');
    expect(labels(menu('&View'))).not.toContain('toggleDevTools');
  });

  it('sends the eight document exports, the four credential exports and the design commands to the renderer', () => {
    const { menu, item, sent } = build('linux');
    const exports = item(menu('&File'), 'Export').submenu!;
    // Documents, a separator, then Europass and Open Badges.
    expect(exports).toHaveLength(13);
    expect(exports[8]!.type).toBe('separator');
    exports.filter((entry) => entry.click).forEach((entry) => entry.click!());
    expect(sent).toEqual([
      'export:spec:docx',
      'export:spec:pdf',
      'export:syllabus:docx',
      'export:syllabus:pdf',
      'export:proposal:docx',
      'export:proposal:pdf',
      'export:review:docx',
      'export:review:pdf',
      'export-credential:elm',
      'export-credential:elm-credential',
      'export-credential:ob3',
      'export-credential:ob3-credential',
    ]);
    expect(labels(exports.slice(9))).toEqual([
      'Europass Learning Opportunity (JSON-LD)…',
      'Europass Credential for the EDC Issuer (JSON)…',
      'Open Badges 3.0 Achievement (JSON-LD)…',
      'Open Badges 3.0 Credential Template (JSON-LD)…',
    ]);
    item(menu('&Edit'), 'Undo').click!();
    item(menu('&File'), 'Save').click!();
    expect(sent.slice(-2)).toEqual(['undo', 'save']);
  });

  it('names the exports as the documents name themselves', () => {
    const { menu, item } = build('linux');
    expect(labels(item(menu('&File'), 'Export').submenu!).slice(0, 2)).toEqual([
      'Micro-credential specification (DOCX)…',
      'Micro-credential specification (PDF)…',
    ]);
    expect(labels(menu('&Help'))).toEqual(['About Challenge Designer']);
  });

  it('speaks the OS language when a shell translation exists, English for the rest', () => {
    const french = shellTranslator('fr-BE', {
      ...SHELL_RESOURCES,
      fr: { menu: { file: '&Fichier', save: 'Enregistrer' } },
    });
    const { template, menu } = build('linux', [], french);
    expect(labels(template)).toEqual(['&Fichier', '&Edit', '&View', '&Help']);
    expect(labels(menu('&Fichier'))).toEqual(expect.arrayContaining(['Enregistrer', 'Save As…']));
    expect(labels(build('linux', [], shellTranslator('pt-BR', { en: SHELL_RESOURCES.en! })).template)[0]).toBe('&File');
  });

  it('offers every shell language in View › Language, checks the current one and sends the choice', () => {
    type Entry = { label?: string; type?: string; checked?: boolean; click?: () => void; submenu?: Entry[] };
    const sent: string[] = [];
    const template = menuTemplate(
      { command: (name) => sent.push(name), openRecent: () => {}, about: () => {} },
      {
        platform: 'linux',
        recent: [],
        appName: 'Challenge Designer',
        dev: false,
        t: shellTranslator('en'),
        languages: {
          current: 'fr',
          available: [
            { code: 'en', name: 'English' },
            { code: 'fr', name: 'Français' },
            { code: 'el', name: 'Ελληνικά' },
          ],
        },
      },
    ) as Entry[];
    const view = template.find((entry) => entry.label === '&View')!.submenu!;
    const language = view.find((entry) => entry.label === '&Language')!.submenu!;
    expect(language.map((entry) => [entry.label, entry.type, entry.checked])).toEqual([
      ['English', 'radio', false],
      ['Français', 'radio', true],
      ['Ελληνικά', 'radio', false],
    ]);
    language[2]!.click!();
    expect(sent).toEqual(['language:el']);
  });

  it('finds its languages from the locale files, English first', () => {
    expect(shellLanguages()[0]).toBe('en');
    expect(shellLanguages({ sv: {}, en: {}, de: {} })).toEqual(['en', 'de', 'sv']);
  });

  it('remembers the UI language beside the window state, and keeps following it in dialogs', () => {
    const folder = tempDir();
    const resources = { en: SHELL_RESOURCES.en!, fr: { menu: { save: 'Enregistrer' } } };
    expect(rememberedLanguage(folder, resources)).toBeNull();
    rememberLanguage(folder, 'fr');
    expect(rememberedLanguage(folder, resources)).toBe('fr');
    writeFileSync(join(folder, 'ui-language.json'), '{"language": "xx"}');
    expect(rememberedLanguage(folder, resources)).toBeNull();
    writeFileSync(join(folder, 'ui-language.json'), 'not json');
    expect(rememberedLanguage(folder, resources)).toBeNull();

    const shell = new ShellLanguage('de-AT', resources);
    expect(shell.language).toBe('en');
    const { t } = shell; // handed to the close prompt and dialogs once, at start
    expect(t('menu.save')).toBe('Save');
    expect(shell.set('fr-CH')).toBe(true);
    expect(t('menu.save')).toBe('Enregistrer');
    expect(shell.set('fr')).toBe(false);
  });

  it('lists recent files, and disables the entry when there are none', () => {
    const { menu, item, opened } = build('linux', ['/d/a.cbld', '/d/b.cbld']);
    const recent = item(menu('&File'), 'Open Recent');
    expect(recent.enabled).toBe(true);
    recent.submenu![1]!.click!();
    expect(opened).toEqual(['/d/b.cbld']);
    expect(build('linux').item(build('linux').menu('&File'), 'Open Recent').enabled).toBe(false);
  });

  it('shows recent files with "&" in their path as they are, not as shortcuts', () => {
    const { menu, item, opened } = build('linux', ['/home/ana/R&D/plan.cbld']);
    const entry = item(menu('&File'), 'Open Recent').submenu![0]!;
    expect(entry.label).toBe('/home/ana/R&&D/plan.cbld');
    entry.click!();
    expect(opened).toEqual(['/home/ana/R&D/plan.cbld']);
  });

  it('follows macOS conventions there, with a Window menu', () => {
    const { template, menu, item } = build('darwin');
    expect(template[0]!.role).toBe('appMenu');
    expect(template.map((entry) => entry.role ?? entry.label)).toEqual([
      'appMenu',
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      'help',
    ]);
    expect(build('linux').template.some((entry) => entry.role === 'windowMenu')).toBe(false);
    expect(item(menu('&Edit'), 'Redo').accelerator).toBe('Cmd+Shift+Z');
    expect(labels(menu('&File'))).not.toContain('quit');
  });
});

describe('recent files', () => {
  it('keeps the newest ten, without duplicates or vanished files, and survives a damaged list', () => {
    const folder = tempDir();
    const existing = new Set(Array.from({ length: 12 }, (_, i) => `/d/${i}.cbld`));
    const recent = new RecentFiles(join(folder, 'recent.json'), (path) => existing.has(path));
    for (let i = 0; i < 12; i++) recent.add(`/d/${i}.cbld`);
    recent.add('/d/5.cbld');
    expect(recent.list()[0]).toBe('/d/5.cbld');
    expect(recent.list()).toHaveLength(10);
    expect(new Set(recent.list()).size).toBe(10);
    existing.delete('/d/11.cbld');
    expect(new RecentFiles(join(folder, 'recent.json'), (path) => existing.has(path)).list()).not.toContain(
      '/d/11.cbld',
    );
    writeFileSync(join(folder, 'recent.json'), '{not json');
    expect(new RecentFiles(join(folder, 'recent.json')).list()).toEqual([]);
  });
});
