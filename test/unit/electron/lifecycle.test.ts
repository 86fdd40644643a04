import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * `start()` — the Electron entry point — run against a recording fake of the `electron`
 * module: the app lifecycle, the services in the user-data folder, IPC, the menu, files from
 * the OS and the quit prompt are the real code; only Electron itself is stood in for.
 */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const emitter = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on(name: string, listener: Listener) {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
        return this;
      },
      once(name: string, listener: Listener) {
        return this.on(name, listener);
      },
      emit(name: string, ...args: unknown[]) {
        (listeners.get(name) ?? []).forEach((listener) => listener(...args));
      },
    };
  };
  const state = {
    userData: '',
    lock: true,
    quits: 0,
    ready: Promise.resolve(),
    windows: [] as FakeWindow[],
    menu: null as null | { label?: string; submenu?: unknown[] }[],
    invokeHandlers: new Map<string, Listener>(),
    onHandlers: new Map<string, Listener>(),
    promptAnswers: [] as number[],
    prompts: 0,
    recentDocuments: [] as string[],
  };
  class FakeWindow {
    events = emitter();
    closed = false;
    webContents = Object.assign(emitter(), {
      mainFrame: { url: 'app://bundle/index.html', parent: null },
      sent: [] as [string, unknown][],
      send(channel: string, value: unknown) {
        this.sent.push([channel, value]);
      },
      isLoading: () => false,
      setWindowOpenHandler() {},
    });
    constructor(readonly options: { webPreferences: { preload: string } }) {
      state.windows.push(this);
    }
    on(name: string, listener: Listener) {
      this.events.on(name, listener);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    show() {}
    isMinimized = () => false;
    focus() {}
    loadURL = () => Promise.resolve();
    /** Like Electron: "close" may be prevented; otherwise the window goes. */
    close() {
      let prevented = false;
      this.events.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) {
        this.closed = true;
        this.events.emit('closed');
      }
      return !prevented;
    }
  }
  const app = Object.assign(emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => state.lock,
    whenReady: () => state.ready,
    getPath: () => state.userData,
    getLocale: () => 'en-GB',
    addRecentDocument: (path: string) => state.recentDocuments.push(path),
    quit: () => state.quits++,
  });
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: typeof state.menu) => (state.menu = menu),
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => state.invokeHandlers.set(channel, handler),
      on: (channel: string, handler: Listener) => state.onHandlers.set(channel, handler),
    },
    dialog: {
      showMessageBoxSync: () => (state.prompts++, state.promptAnswers.shift() ?? 2),
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    protocol: { registerSchemesAsPrivileged() {}, handle() {} },
    session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
    shell: { openExternal: () => Promise.resolve() },
  };
  return { electron, state, app };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

import type { DispatchResult } from '../../../main/api/dispatch';
import { CHANNELS } from '../../../main/electron/channels';
import { start } from '../../../main/electron/main';
import { useTempDirs } from '../../helpers/temp';

const tempDir = useTempDirs();

async function launch() {
  fake.state.userData = tempDir();
  fake.state.windows.length = 0;
  fake.state.invokeHandlers.clear();
  fake.state.onHandlers.clear();
  fake.app.listeners.clear();
  start();
  await fake.state.ready;
  await Promise.resolve();
  const window = fake.state.windows[0]!;
  const fromWindow = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  const call = (method: string, args: unknown = {}, event: unknown = fromWindow) =>
    fake.state.invokeHandlers.get(CHANNELS.call)!(event, method, args) as Promise<DispatchResult>;
  const setDirty = (dirty: boolean) => fake.state.onHandlers.get(CHANNELS.dirty)!(fromWindow, dirty);
  const commands = () => window.webContents.sent.filter(([channel]) => channel === CHANNELS.command).map(([, v]) => v);
  return { window, call, setDirty, commands };
}

describe('the Electron entry point', () => {
  beforeEach(() => {
    fake.state.lock = true;
    fake.state.quits = 0;
    fake.state.prompts = 0;
    fake.state.promptAnswers = [];
  });
  // Each launch opens a library: close it the way the app does.
  afterEach(() => fake.app.emit('window-all-closed'));

  it('opens the library in the user-data folder and answers the contract over IPC', async () => {
    const { window, call } = await launch();
    expect(window.options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(existsSync(join(fake.state.userData, 'library.sqlite'))).toBe(true);
    expect(await call('app.info')).toMatchObject({ ok: true, result: { transport: 'electron' } });
    const examples = await call('catalog.examples');
    expect(examples.ok && examples.result).toHaveLength(3);
  });

  it('refuses calls from any other page, and malformed arguments', async () => {
    const { call } = await launch();
    const stranger = { sender: {}, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await call('app.info', {}, stranger)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('library.get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('sets the native menu, whose commands reach the renderer', async () => {
    const { commands } = await launch();
    const file = fake.state.menu!.find((item) => item.label === '&File')!;
    const save = (file.submenu as { label?: string; click?: () => void }[]).find((item) => item.label === 'Save')!;
    save.click!();
    expect(commands()).toEqual(['save']);
  });

  it('hands design files from a second launch to the open window', async () => {
    const { window } = await launch();
    const design = join(tempDir(), 'sent by mail.cbld');
    writeFileSync(design, '{}');
    fake.app.emit('second-instance', {}, ['/usr/bin/challenge-designer', design, '--flag', '/missing/x.cbld']);
    expect(window.webContents.sent).toContainEqual([CHANNELS.openFile, design]);
    expect(window.webContents.sent.filter(([channel]) => channel === CHANNELS.openFile)).toHaveLength(1);
  });

  it('closes without asking when everything is saved', async () => {
    const { window } = await launch();
    expect(window.close()).toBe(true);
    expect(fake.state.prompts).toBe(0);
  });

  it('asks before closing with unsaved changes: cancel keeps the window, save saves then closes', async () => {
    const { window, setDirty, commands } = await launch();
    setDirty(true);
    fake.state.promptAnswers = [2];
    expect(window.close()).toBe(false);
    expect(commands()).toEqual([]);

    fake.state.promptAnswers = [0];
    expect(window.close()).toBe(false);
    expect(commands()).toEqual(['save']);
    setDirty(false); // the renderer reports the save
    await vi.waitFor(() => expect(window.closed).toBe(true));
    expect(fake.state.prompts).toBe(2);
  });

  it('closes on "Don\'t save"', async () => {
    const { window, setDirty } = await launch();
    setDirty(true);
    fake.state.promptAnswers = [1];
    expect(window.close()).toBe(true);
  });

  it('leaves when another instance already runs', async () => {
    fake.state.lock = false;
    fake.state.windows.length = 0;
    start();
    await fake.state.ready;
    expect(fake.state.quits).toBe(1);
    expect(fake.state.windows).toHaveLength(0);
  });

  it('closes the library before quitting when the last window closes', async () => {
    const { call } = await launch();
    fake.app.emit('window-all-closed');
    await vi.waitFor(() => expect(fake.state.quits).toBe(1));
    await expect(call('library.list', {})).resolves.toMatchObject({ ok: false });
  });
});
