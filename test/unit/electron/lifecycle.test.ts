import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

/**
 * `start()` — the Electron entry point — against the fake `electron` of test/helpers/fake-electron.ts,
 * which behaves like Electron 45 where the shell's bugs hid (quit without window-all-closed, null
 * sender frames, second instances with their own working directory, whenReady rejections). The
 * lifecycle, the services in the library folder, IPC, the menu, files from the OS, the close
 * prompt and the window state are the real code.
 */
vi.mock('electron', async () => (await import('../../helpers/fake-electron')).electronModule());

import type { DispatchResult } from '../../../main/api/dispatch';
import { CHANNELS } from '../../../main/electron/channels';
import { start, type StartOptions } from '../../../main/electron/main';
import { Library } from '../../../main/services/library/library';
import { PRODUCT_NAME } from '../../../main/services/paths';
import type { SaveOutcome, SaveReport, SaveRequestMode } from '../../../shared/shell';
import { sampleDesign } from '../../helpers/designs';
import { fake, type FakeWindow } from '../../helpers/fake-electron';
import { useTempDirs } from '../../helpers/temp';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const tempDir = useTempDirs();

/** Lets promise chains and timers of zero settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

interface Launch {
  appData: string;
  window: FakeWindow;
  call(method: string, args?: unknown, event?: unknown): Promise<DispatchResult>;
  /** The page reports its save state, as renderer/state/shell.ts does. */
  report(report: Partial<SaveReport>): void;
  /** How the page answers save requests from the close prompt; returns the modes it was asked for. */
  answerSaves(respond: (mode: SaveRequestMode) => SaveOutcome | Promise<SaveOutcome>): SaveRequestMode[];
  commands(): unknown[];
}

/** Starts the app in a fresh fake Electron; `appData` is Electron's appData folder (~/.config). */
async function launch(options: StartOptions & { appData?: string } = {}): Promise<Launch> {
  const appData = options.appData ?? tempDir();
  // Electron's own default: the user-data folder named after package.json.
  fake.reset({ appData, userData: join(appData, 'challenge-designer') });
  // The app-data folder of every platform points into the test's folder (macOS has no variable for it).
  const env = options.env ?? {
    XDG_CONFIG_HOME: appData,
    APPDATA: appData,
    ...(options.platform === 'darwin' ? { CHALLENGE_DESIGNER_LIBRARY: join(appData, PRODUCT_NAME) } : {}),
  };
  await start({ platform: 'linux', argv: ['.'], cwd: appData, ...options, env });
  await settle();
  const window = fake.windows()[0]!;
  return pageOf(window, appData);
}

function pageOf(window: FakeWindow, appData = ''): Launch {
  const fromPage = () => fake.eventFrom(window);
  return {
    appData,
    window,
    call: (method, args = {}, event = fromPage()) =>
      fake.invoke(CHANNELS.call, event, method, args) as Promise<DispatchResult>,
    report: (report) =>
      fake.send(CHANNELS.saveReport, fromPage(), { library: 'saved', error: '', fileBehind: '', ...report }),
    answerSaves(respond) {
      const asked: SaveRequestMode[] = [];
      const send = window.webContents.send.bind(window.webContents);
      window.webContents.send = (channel: string, ...args: unknown[]) => {
        send(channel, ...args);
        if (channel !== CHANNELS.saveRequest) return;
        const [id, mode] = args as [number, SaveRequestMode];
        asked.push(mode);
        void Promise.resolve(respond(mode)).then((outcome) => fake.send(CHANNELS.saveResult, fromPage(), id, outcome));
      };
      return asked;
    },
    commands: () => window.webContents.sentOn(CHANNELS.command).map(([command]) => command),
  };
}

/** The library must be closed before the test's folder goes: quit the way a user would. */
afterEach(async () => {
  if (!fake.state.ended) {
    fake.state.answers = [1]; // "Don't Save" if something still asks
    fake.app.quit();
    await vi.waitFor(() => expect(fake.state.ended).not.toBeNull());
  }
});

describe('start-up', () => {
  it('keeps its library where the CLI keeps it (~/.config/Challenge Designer), set before ready', async () => {
    const { appData, call } = await launch();
    const folder = join(appData, PRODUCT_NAME);
    expect(existsSync(join(folder, 'library.sqlite'))).toBe(true);
    expect(existsSync(join(appData, 'challenge-designer'))).toBe(false);
    expect(fake.state.setPaths).toContainEqual({ name: 'userData', path: folder, afterReady: false });
    expect(await call('app.info')).toMatchObject({
      ok: true,
      result: { libraryFolder: join(folder, 'library.sqlite') },
    });
    // Electron names its own folders after package.json; the desktop entry matches the executable.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, string>;
    expect(pkg.productName).toBe(PRODUCT_NAME);
    expect(pkg.desktopName).toBe(`${pkg.name}.desktop`);
  });

  it('starts with another library from CHALLENGE_DESIGNER_LIBRARY or --library', async () => {
    const fromEnv = tempDir();
    await launch({ env: { CHALLENGE_DESIGNER_LIBRARY: fromEnv } });
    expect(existsSync(join(fromEnv, 'library.sqlite'))).toBe(true);
    fake.app.quit();

    const cwd = tempDir();
    await launch({ argv: ['.', '--library', 'term 2'], cwd });
    expect(existsSync(join(cwd, 'term 2', 'library.sqlite'))).toBe(true);
  });

  it('brings the designs of the earlier desktop library (~/.config/challenge-designer) into the shared one', async () => {
    // Alone: the whole file moves over, revisions and all.
    const appData = tempDir();
    const earlier = Library.open(join(appData, 'challenge-designer'));
    earlier.save({ ...sampleDesign(), id: 'kept-by-the-app', title: 'Made in the desktop app' }, 'save');
    earlier.close();
    const { call } = await launch({ appData });
    const listed = await call('library.list', {});
    expect(listed.ok && (listed.result as { id: string }[]).map((design) => design.id)).toEqual(['kept-by-the-app']);
    expect(existsSync(join(appData, 'challenge-designer', 'library.sqlite'))).toBe(false);
    fake.app.quit();
    await vi.waitFor(() => expect(fake.state.ended).not.toBeNull());

    // Beside a library the CLI already filled: the designs it lacks come in, the old file is kept.
    const both = tempDir();
    const shared = Library.open(join(both, PRODUCT_NAME));
    shared.save({ ...sampleDesign(), id: 'in-both', title: 'The CLI’s version' }, 'save');
    shared.close();
    const old = Library.open(join(both, 'challenge-designer'));
    old.save({ ...sampleDesign(), id: 'in-both', title: 'The app’s older version' }, 'save');
    old.save({ ...sampleDesign(), id: 'only-in-the-app', title: 'Only in the app' }, 'save');
    old.close();
    const second = await launch({ appData: both });
    const titles = await second.call('library.list', {});
    expect(titles.ok && (titles.result as { title: string }[]).map((design) => design.title).sort()).toEqual([
      'Only in the app',
      'The CLI’s version',
    ]);
    expect(readdirSync(join(both, 'challenge-designer'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^library\.adopted-.*\.sqlite$/)]),
    );
  });

  it('says what to do when the library comes from a newer version, then exits and frees the lock', async () => {
    const appData = tempDir();
    const folder = join(appData, PRODUCT_NAME);
    mkdirSync(folder);
    const db = new Database(join(folder, 'library.sqlite'));
    db.pragma('user_version = 99');
    db.close();
    const other = tempDir();
    fake.reset({ appData, userData: join(appData, 'challenge-designer') });
    fake.answer((shown) => shown.buttons!.length - 1); // "Choose Another Library…"
    fake.state.openDialogResults.push(other);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await start({ platform: 'linux', argv: ['.', 'plan.cbld'], cwd: appData, env: { XDG_CONFIG_HOME: appData } });

    const box = fake.lastMessageBox()!;
    expect(box.message).toMatch(/newer version/);
    expect(box.detail).toContain(folder);
    expect(box.detail).toMatch(/Update Challenge Designer/);
    expect(box.buttons).toEqual(['Quit', 'Choose Another Library…']);
    expect(fake.state.ended).toEqual({ how: 'exit', code: 1 });
    expect(fake.state.lockReleased).toBe(true);
    expect(fake.windows()).toHaveLength(0);
    // Started again on the chosen folder, with the rest of the command line kept.
    expect(fake.state.relaunches).toEqual([{ args: ['.', 'plan.cbld', `--library=${other}`] }]);
    expect(log).toHaveBeenCalled(); // and the cause goes to the log
    log.mockRestore();
    // The newer library is left as it was.
    const after = new Database(join(folder, 'library.sqlite'), { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(99);
    after.close();
  });

  it('ends in an error box and an exit when Electron itself fails to get ready', async () => {
    const appData = tempDir();
    fake.reset({ appData, userData: appData });
    fake.state.ready = Promise.reject(new Error('The GPU process could not start.'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await start({ platform: 'linux', argv: [], cwd: appData, env: { XDG_CONFIG_HOME: appData } });
    log.mockRestore();
    expect(fake.state.errorBoxes).toHaveLength(1);
    expect(fake.state.errorBoxes[0]!.content).toContain('The GPU process could not start.');
    expect(fake.state.ended).toEqual({ how: 'exit', code: 1 });
    expect(fake.state.lockReleased).toBe(true);
  });

  it('leaves when another instance already runs', async () => {
    const appData = tempDir();
    fake.reset({ appData, userData: appData });
    fake.state.lock = false;
    await start({ platform: 'linux', argv: [], cwd: appData, env: { XDG_CONFIG_HOME: appData } });
    expect(fake.state.quitCalls).toBe(1);
    expect(fake.windows()).toHaveLength(0);
    expect(existsSync(join(appData, PRODUCT_NAME, 'library.sqlite'))).toBe(false);
  });

  it('gives Windows the installer’s AppUserModelId, so taskbar and notifications group it', async () => {
    const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as { appId: string };
    await launch({ platform: 'win32' });
    expect(fake.state.appUserModelId).toBe(config.appId);
  });
});

describe('IPC from the page', () => {
  it('answers the contract for our page only; a frame that went away (senderFrame null) is refused', async () => {
    const { window, call } = await launch();
    expect(window.options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(await call('app.info')).toMatchObject({ ok: true, result: { transport: 'electron' } });
    const examples = await call('catalog.examples');
    expect(examples.ok && examples.result).toHaveLength(3);
    const stranger = { sender: {}, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await call('app.info', {}, stranger)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const gone = fake.eventFrom(window, null);
    expect(await call('app.info', {}, gone)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(() => fake.send(CHANNELS.saveReport, gone, { library: 'failed', error: 'x', fileBehind: '' })).not.toThrow();
    expect(await call('library.get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('sets the native menu, whose commands reach the renderer', async () => {
    const { commands } = await launch();
    const file = (fake.state.menu as { label?: string; submenu?: { label?: string; click?: () => void }[] }[]).find(
      (item) => item.label === '&File',
    )!;
    file.submenu!.find((item) => item.label === 'Save')!.click!();
    expect(commands()).toEqual(['save']);
  });
});

describe('design files from the OS', () => {
  it('resolves a second launch’s relative paths against that launch’s working directory', async () => {
    const { window } = await launch();
    const folder = tempDir();
    writeFileSync(join(folder, 'sent by mail.cbld'), '{}');
    writeFileSync(join(folder, 'second.cbld'), '{}');
    fake.secondInstance(['/usr/bin/challenge-designer', 'sent by mail.cbld', '--flag', '/missing/x.cbld'], folder);
    expect(window.webContents.sentOn(CHANNELS.openFile)).toEqual([[join(folder, 'sent by mail.cbld')]]);
    // The arguments exactly as the second instance had them win over Electron's argv.
    fake.secondInstance(['/usr/bin/challenge-designer', '--mangled'], folder, { argv: ['second.cbld'], cwd: folder });
    expect(window.webContents.sentOn(CHANNELS.openFile).at(-1)).toEqual([join(folder, 'second.cbld')]);
  });

  it('opens files named on its own command line, relative to its own working directory', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'plan.cbld'), '{}');
    const { window } = await launch({ argv: ['.', 'plan.cbld'], cwd });
    window.webContents.emit('did-finish-load');
    expect(window.webContents.sentOn(CHANNELS.openFile)).toEqual([[join(cwd, 'plan.cbld')]]);
  });

  it('tells a second launch with another library that the open window keeps its own', async () => {
    await launch();
    const other = tempDir();
    fake.secondInstance(['/usr/bin/challenge-designer'], other, { argv: [], cwd: other, library: other });
    await settle();
    expect(fake.lastMessageBox()!.message).toMatch(/already open/);
    expect(fake.lastMessageBox()!.detail).toContain(other);
  });
});

describe('closing and quitting', () => {
  it('closes without asking when everything is saved', async () => {
    const { window, report } = await launch();
    report({ library: 'saved' });
    window.close();
    expect(window.destroyed).toBe(true);
    expect(fake.state.messageBoxes).toHaveLength(0);
  });

  /** SQLite removes the write-ahead log when the last connection closes cleanly. */
  const libraryOpen = (appData: string) =>
    [PRODUCT_NAME, 'challenge-designer'].some((folder) => existsSync(join(appData, folder, 'library.sqlite-wal')));

  it('closes the library and the export thread when quitting from the menu (no window-all-closed)', async () => {
    const { appData } = await launch();
    expect(libraryOpen(appData)).toBe(true);
    fake.app.quit();
    await vi.waitFor(() => expect(fake.state.ended).toEqual({ how: 'quit', code: 0 }));
    expect(libraryOpen(appData)).toBe(false);
  });

  it('quits when the last window closes on Windows and Linux; stays and reopens a window on macOS', async () => {
    const linux = await launch();
    linux.window.close();
    await vi.waitFor(() => expect(fake.state.ended).toEqual({ how: 'quit', code: 0 }));
    expect(libraryOpen(linux.appData)).toBe(false);

    const mac = await launch({ platform: 'darwin' });
    mac.window.close();
    await settle();
    expect(fake.state.ended).toBeNull();
    fake.app.emit('activate');
    expect(fake.windows()).toHaveLength(1);
    await expect(pageOf(fake.windows()[0]!).call('library.list', {})).resolves.toMatchObject({ ok: true });
  });

  it('asks about a design file that is behind, saves it, then closes', async () => {
    const { window, report, answerSaves } = await launch();
    report({ library: 'saved', fileBehind: '/home/ana/Plans/Urban heat.cbld' });
    const asked = answerSaves(() => ({ outcome: 'saved', message: '' }));
    fake.answer(0); // Save
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(asked).toEqual(['save']);
    const prompt = fake.state.messageBoxes[0]!.options;
    expect(prompt.message).toContain('Urban heat.cbld');
    expect(prompt.detail).toMatch(/kept in the library/);
    expect(prompt.buttons).toEqual(['Save', 'Don’t Save', 'Cancel']);
  });

  it('never says the work is in the library while autosave is still on its way', async () => {
    const { window, report } = await launch();
    report({ library: 'pending' });
    fake.answer(2); // Cancel
    window.close();
    await settle();
    const prompt = fake.lastMessageBox()!;
    expect(`${prompt.message} ${prompt.detail}`).not.toMatch(/in the library either way|kept in the library/);
    expect(prompt.message).toMatch(/not saved yet/);
    expect(window.destroyed).toBe(false);
  });

  it('reports a failed save and offers to save the design as a file instead', async () => {
    const { window, report, answerSaves } = await launch();
    report({ library: 'pending' });
    const asked = answerSaves((mode) =>
      mode === 'save'
        ? { outcome: 'failed', message: 'The disk is full, so the library could not be saved.' }
        : { outcome: 'saved', message: '' },
    );
    fake.answer(0, 0); // Save; then "Save as File…"
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(asked).toEqual(['save', 'save-as']);
    const failure = fake.state.messageBoxes[1]!.options;
    expect(failure.message).toMatch(/could not be saved/);
    expect(failure.detail).toContain('The disk is full');
    expect(failure.buttons).toEqual(['Save as File…', 'Close Without Saving', 'Cancel']);
  });

  it('asks straight away about a file when autosave is failing', async () => {
    const { window, report } = await launch();
    report({ library: 'failed', error: 'The library is on a read-only drive.' });
    fake.answer(2);
    window.close();
    await settle();
    expect(fake.lastMessageBox()!.detail).toContain('read-only drive');
    expect(fake.lastMessageBox()!.buttons![0]).toBe('Save as File…');
  });

  it('clears the pending close on cancel and on failure: a later save never closes the window', async () => {
    const { window, report, answerSaves } = await launch();
    report({ library: 'pending' });
    answerSaves(() => ({ outcome: 'failed', message: 'No space left.' }));
    fake.answer(0, 2); // Save (fails), then Cancel
    window.close();
    await vi.waitFor(() => expect(fake.state.messageBoxes).toHaveLength(2));
    await settle();
    report({ library: 'saved' }); // autosave succeeds later
    await settle();
    expect(window.destroyed).toBe(false);

    report({ library: 'pending' });
    fake.answer(2); // Cancel straight away
    window.close();
    await settle();
    report({ library: 'saved' });
    await settle();
    expect(window.destroyed).toBe(false);
  });

  it('goes back to the choice when the user cancels the file dialog of "Save as File…"', async () => {
    const { window, report, answerSaves } = await launch();
    report({ library: 'failed', error: 'Read-only.' });
    const asked = answerSaves(() => ({ outcome: 'canceled', message: '' }));
    fake.answer(0, 1); // Save as File… (canceled in its dialog), then Close Without Saving
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(asked).toEqual(['save-as']);
    expect(fake.state.messageBoxes).toHaveLength(2);
  });

  it('closes on "Don’t Save"', async () => {
    const { window, report } = await launch();
    report({ library: 'pending' });
    fake.answer(1);
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
  });

  it('fails the save when the page does not answer, so the prompt can offer the way out', async () => {
    const { window, report } = await launch();
    report({ library: 'pending' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fake.answer(0, 1); // Save (no answer), then Close Without Saving
      window.close();
      await vi.advanceTimersByTimeAsync(60_000);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(fake.state.messageBoxes[1]!.options.detail).toMatch(/did not answer/);
  });

  it('quits after the prompt’s save when the user quit with unsaved work, on macOS too', async () => {
    const { window, report, answerSaves } = await launch({ platform: 'darwin' });
    report({ library: 'pending' });
    answerSaves(() => ({ outcome: 'saved', message: '' }));
    fake.answer(0);
    fake.app.quit(); // Cmd+Q: the prompt holds the quit, the save completes it
    await vi.waitFor(() => expect(fake.state.ended).toEqual({ how: 'quit', code: 0 }));
    expect(window.destroyed).toBe(true);
  });
});

describe('a page that crashes or hangs', () => {
  it('after a crash: forgets the stale unsaved state and offers to reload', async () => {
    const { window, report } = await launch();
    report({ library: 'pending' });
    fake.answer(0); // Reload
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await settle();
    expect(fake.lastMessageBox()!.buttons).toEqual(['Reload', 'Close Window']);
    expect(window.webContents.reloads).toBe(1);
    // The crashed page's edits are not in this page: closing does not ask to save them.
    window.close();
    expect(window.destroyed).toBe(true);
    expect(fake.state.messageBoxes).toHaveLength(1);
  });

  it('a crash during the close prompt’s save ends the wait; the window does not close by itself', async () => {
    const { window, report, answerSaves } = await launch();
    report({ library: 'pending' });
    answerSaves(() => new Promise<SaveOutcome>(() => {})); // the page dies before answering
    fake.answer(0); // Save
    window.close();
    await settle();
    fake.answer(0); // the crash dialog: Reload
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await settle();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.reloads).toBe(1);
  });

  it('offers to reload a page that stops responding, and withdraws the offer when it recovers', async () => {
    const { window } = await launch();
    let signal: AbortSignal | undefined;
    fake.answer((shown) => {
      signal = shown.signal;
      return new Promise<number>((resolve) => shown.signal!.addEventListener('abort', () => resolve(0)));
    });
    window.emit('unresponsive');
    await settle();
    expect(fake.lastMessageBox()!.buttons).toEqual(['Wait', 'Reload']);
    window.emit('responsive');
    await settle();
    expect(signal!.aborted).toBe(true);
    expect(window.webContents.reloads).toBe(0);

    fake.answer(1); // Reload
    window.emit('unresponsive');
    await settle();
    expect(window.webContents.crashes).toBe(1);
    expect(window.webContents.reloads).toBe(1);
    // The forced crash is ours: no second "stopped working" dialog.
    expect(fake.state.messageBoxes).toHaveLength(2);
  });
});

describe('native dialogs', () => {
  it('adds the extension a Linux save dialog leaves out, and asks before replacing that file', async () => {
    const { call } = await launch();
    const folder = tempDir();
    fake.state.saveDialogResults.push(join(folder, 'plan'), join(folder, 'notes.CBLD'));
    expect(await call('dialogs.saveFile', { suggestedName: 'plan.cbld', extension: 'cbld' })).toEqual({
      ok: true,
      result: join(folder, 'plan.cbld'),
    });
    expect(await call('dialogs.saveFile', { suggestedName: 'x.cbld', extension: 'cbld' })).toMatchObject({
      result: join(folder, 'notes.CBLD'),
    });

    writeFileSync(join(folder, 'report.pdf'), '%PDF');
    fake.state.saveDialogResults.push(join(folder, 'report'));
    fake.answer(1); // Cancel: keep the existing file
    expect(await call('dialogs.saveFile', { suggestedName: 'report.pdf', extension: 'pdf' })).toEqual({
      ok: true,
      result: null,
    });
    expect(fake.lastMessageBox()!.message).toContain('report.pdf');
  });
});

describe('the window', () => {
  it('comes back where and how the user left it', async () => {
    const first = await launch();
    first.window.setBounds({ x: 240, y: 160, width: 1100, height: 720 });
    first.window.maximize();
    fake.app.quit();
    await vi.waitFor(() => expect(fake.state.ended).not.toBeNull());

    const second = await launch({ appData: first.appData });
    expect(second.window.options).toMatchObject({ x: 240, y: 160, width: 1100, height: 720 });
    expect(second.window.maximized).toBe(true);
  });

  it('ignores a remembered place on a screen that is gone', async () => {
    const first = await launch();
    first.window.setBounds({ x: 2400, y: 200, width: 1100, height: 720 }); // on a second monitor
    first.window.close();
    await vi.waitFor(() => expect(fake.state.ended).not.toBeNull());

    const second = await launch({ appData: first.appData });
    expect(second.window.options.x).toBeUndefined();
    expect(second.window.options.width).toBe(1100);
  });
});
