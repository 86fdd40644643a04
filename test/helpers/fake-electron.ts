/**
 * A stand-in for the `electron` module that behaves like Electron 45 where the shell's bugs hid
 * (see node_modules/electron/electron.d.ts and Electron's docs):
 * - `app.quit()` emits before-quit, closes every window (a prevented close cancels the quit),
 *   then will-quit and quit, and never `window-all-closed`; that event fires only when the
 *   user closes the last window, and without a listener the app quits;
 * - `app.exit()` ends at once: no before-quit, no will-quit;
 * - `second-instance` carries the second instance's argv, working directory and additional data;
 * - an IPC event's `senderFrame` may be null (the frame navigated or was destroyed);
 * - `whenReady()` may reject, and the caller must handle it (vitest fails on an unhandled one);
 * - `once` listeners run once; dialogs answer from a queue and record what they showed.
 *
 * Use: `vi.mock('electron', async () => (await import('../../helpers/fake-electron')).electronModule())`
 * and import `fake` from this file in the test; `fake.reset()` before each launch.
 */
type Listener = (...args: never[]) => unknown;

export class Emitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  addListener(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  once(name: string, listener: Listener): this {
    const wrapped = (...args: never[]) => {
      this.off(name, wrapped);
      return listener(...args);
    };
    return this.on(name, wrapped);
  }
  off(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((entry) => entry !== listener),
    );
    return this;
  }
  removeListener(name: string, listener: Listener): this {
    return this.off(name, listener);
  }
  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }
  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
  emit(name: string, ...args: unknown[]): boolean {
    const listeners = [...(this.listeners.get(name) ?? [])];
    for (const listener of listeners) (listener as (...values: unknown[]) => unknown)(...args);
    return listeners.length > 0;
  }
}

/** An Electron event whose default action can be prevented. */
export function preventable(): { defaultPrevented: boolean; preventDefault(): void } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MessageBoxRecord {
  window: FakeWindow | null;
  options: {
    type?: string;
    message: string;
    detail?: string;
    buttons?: string[];
    defaultId?: number;
    cancelId?: number;
    signal?: AbortSignal;
  };
}

/** How a queued message box answers: a button index, or a function of what it shows. */
type Answer = number | ((shown: MessageBoxRecord['options']) => number | Promise<number>);

function freshState() {
  return {
    lock: true,
    lockData: null as unknown,
    lockReleased: false,
    ready: Promise.resolve() as Promise<void>,
    isReady: false,
    paths: new Map<string, string>(),
    /** Every setPath call, and whether the app was ready then. */
    setPaths: [] as { name: string; path: string; afterReady: boolean }[],
    locale: 'en-GB',
    appUserModelId: null as string | null,
    recentDocuments: [] as string[],
    relaunches: [] as unknown[],
    quitCalls: 0,
    /** Set when the process would end: by quit (after will-quit) or exit. */
    ended: null as null | { how: 'quit' | 'exit'; code: number },
    windows: [] as FakeWindow[],
    menu: null as null | unknown[],
    invokeHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    onHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    messageBoxes: [] as MessageBoxRecord[],
    answers: [] as Answer[],
    errorBoxes: [] as { title: string; content: string }[],
    saveDialogResults: [] as ({ canceled: boolean; filePath?: string } | string | null)[],
    openDialogResults: [] as (string | null)[],
    displays: [
      {
        id: 1,
        bounds: { x: 0, y: 0, width: 1920, height: 1080 },
        workArea: { x: 0, y: 40, width: 1920, height: 1040 },
      },
    ],
    opened: [] as string[],
  };
}

let state = freshState();

export class FakeContents extends Emitter {
  mainFrame = { url: 'app://bundle/index.html', parent: null };
  sent: [string, ...unknown[]][] = [];
  loading = false;
  destroyed = false;
  reloads = 0;
  crashes = 0;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  isLoading(): boolean {
    return this.loading;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like a reload: the page starts loading and finishes, a fresh page without the old state. */
  reload(): void {
    this.reloads++;
    this.emit('did-start-loading');
    this.emit('did-finish-load');
  }
  forcefullyCrashRenderer(): void {
    this.crashes++;
    this.emit('render-process-gone', preventable(), { reason: 'killed', exitCode: 9 });
  }
  setWindowOpenHandler(): void {}
  /** Messages sent on one channel, without the channel. */
  sentOn(channel: string): unknown[][] {
    return this.sent.filter(([name]) => name === channel).map(([, ...args]) => args);
  }
}

export class FakeWindow extends Emitter {
  webContents = new FakeContents();
  destroyed = false;
  maximized = false;
  minimized = false;
  normalBounds: Rectangle;
  constructor(
    readonly options: {
      x?: number;
      y?: number;
      width?: number;
      height?: number;
      icon?: string;
      webPreferences: { preload: string };
    },
  ) {
    super();
    this.normalBounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    state.windows.push(this);
  }
  static getAllWindows(): FakeWindow[] {
    return state.windows.filter((window) => !window.destroyed);
  }
  show(): void {}
  focus(): void {}
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isFullScreen(): boolean {
    return false;
  }
  getNormalBounds(): Rectangle {
    return { ...this.normalBounds };
  }
  getBounds(): Rectangle {
    return { ...this.normalBounds };
  }
  setBounds(bounds: Partial<Rectangle>): void {
    this.normalBounds = { ...this.normalBounds, ...bounds };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like Electron: the page loads, then the window is ready to show. */
  loadURL(): Promise<void> {
    return Promise.resolve().then(() => {
      if (!this.destroyed) this.emit('ready-to-show');
    });
  }
  /** Like Electron: "close" may be prevented; otherwise the window goes. */
  close(): void {
    if (this.destroyed) return;
    const event = preventable();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (FakeWindow.getAllWindows().length === 0 && !app.quitting && !state.ended) app.lastWindowClosed();
  }
}

class FakeApp extends Emitter {
  quitting = false;
  isPackaged = false;
  whenReady(): Promise<void> {
    return state.ready.then(() => {
      state.isReady = true;
    });
  }
  isReady(): boolean {
    return state.isReady;
  }
  requestSingleInstanceLock(additionalData?: unknown): boolean {
    state.lockData = additionalData ?? null;
    return state.lock;
  }
  releaseSingleInstanceLock(): void {
    state.lockReleased = true;
  }
  hasSingleInstanceLock(): boolean {
    return state.lock && !state.lockReleased;
  }
  getPath(name: string): string {
    const path = state.paths.get(name);
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    state.setPaths.push({ name, path, afterReady: state.isReady });
    state.paths.set(name, path);
  }
  getName(): string {
    return 'Challenge Designer';
  }
  getVersion(): string {
    return '0.1.0';
  }
  getLocale(): string {
    return state.locale;
  }
  setAppUserModelId(id: string): void {
    state.appUserModelId = id;
  }
  addRecentDocument(path: string): void {
    state.recentDocuments.push(path);
  }
  relaunch(options?: unknown): void {
    state.relaunches.push(options ?? null);
  }
  /** Electron's quit: before-quit, close all windows (a prevented close cancels), will-quit, quit. */
  quit(): void {
    state.quitCalls++;
    if (state.ended) return;
    const beforeQuit = preventable();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.quitting = true;
    try {
      for (const window of FakeWindow.getAllWindows()) {
        window.close();
        if (!window.destroyed) return; // the window refused: no quit
      }
    } finally {
      this.quitting = false;
    }
    const willQuit = preventable();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit', preventable(), 0);
    state.ended = { how: 'quit', code: 0 };
  }
  /** Ends at once, with no before-quit or will-quit. */
  exit(code = 0): void {
    state.ended = { how: 'exit', code };
    for (const window of FakeWindow.getAllWindows()) {
      window.destroyed = true;
      window.webContents.destroyed = true;
    }
  }
  /** The user closed the last window (not during a quit). */
  lastWindowClosed(): void {
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }
}

export const app = new FakeApp();

function messageBox(window: FakeWindow | null, options: MessageBoxRecord['options']): Promise<number> | number {
  state.messageBoxes.push({ window, options });
  const answer = state.answers.shift();
  if (answer === undefined) return options.cancelId ?? (options.buttons?.length ?? 1) - 1;
  return typeof answer === 'function' ? answer(options) : answer;
}

const splitWindow = <T>(first: FakeWindow | T, second?: T): [FakeWindow | null, T] =>
  first instanceof FakeWindow ? [first, second as T] : [null, first];

export const dialog = {
  async showMessageBox(first: FakeWindow | MessageBoxRecord['options'], second?: MessageBoxRecord['options']) {
    const [window, options] = splitWindow(first, second);
    const response = await messageBox(window, options);
    return { response, checkboxChecked: false };
  },
  showMessageBoxSync(first: FakeWindow | MessageBoxRecord['options'], second?: MessageBoxRecord['options']) {
    const [window, options] = splitWindow(first, second);
    const response = messageBox(window, options);
    if (typeof response !== 'number') throw new Error('A sync message box cannot answer later.');
    return response;
  },
  showErrorBox(title: string, content: string) {
    state.errorBoxes.push({ title, content });
  },
  async showSaveDialog() {
    const result = state.saveDialogResults.shift() ?? null;
    if (typeof result === 'string') return { canceled: false, filePath: result };
    return result ?? { canceled: true, filePath: '' };
  },
  async showOpenDialog() {
    const path = state.openDialogResults.shift() ?? null;
    return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
  },
};

export const ipcMain = {
  handle: (channel: string, handler: (...args: unknown[]) => unknown) => state.invokeHandlers.set(channel, handler),
  on: (channel: string, handler: (...args: unknown[]) => unknown) => state.onHandlers.set(channel, handler),
  removeHandler: (channel: string) => state.invokeHandlers.delete(channel),
};

export const screen = {
  getAllDisplays: () => state.displays,
  getPrimaryDisplay: () => state.displays[0]!,
};

/** The whole module, for `vi.mock('electron', …)`. */
export function electronModule() {
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[] | null) => (state.menu = menu),
    },
    ipcMain,
    dialog,
    screen,
    protocol: { registerSchemesAsPrivileged() {}, handle() {} },
    session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
    shell: { openExternal: (url: string) => (state.opened.push(url), Promise.resolve()) },
  };
  return { ...electron, default: electron };
}

export const fake = {
  get state() {
    return state;
  },
  app,
  /** A clean Electron for the next launch (listeners, windows, answers, paths). */
  reset(paths: Record<string, string> = {}) {
    state = freshState();
    for (const [name, path] of Object.entries(paths)) state.paths.set(name, path);
    app.removeAllListeners();
    app.quitting = false;
  },
  /** The open windows. */
  windows: () => FakeWindow.getAllWindows(),
  /** An IPC event from a window's page; `frame: null` is a frame that navigated away or died. */
  eventFrom(window: FakeWindow, frame: unknown = window.webContents.mainFrame) {
    return { sender: window.webContents, senderFrame: frame };
  },
  invoke(channel: string, event: unknown, ...args: unknown[]) {
    const handler = state.invokeHandlers.get(channel);
    if (!handler) throw new Error(`nothing handles ${channel}`);
    return handler(event, ...args);
  },
  send(channel: string, event: unknown, ...args: unknown[]) {
    const handler = state.onHandlers.get(channel);
    if (!handler) throw new Error(`nothing listens on ${channel}`);
    handler(event, ...args);
  },
  /** A second launch of the app: what Electron hands the first instance. */
  secondInstance(argv: string[], workingDirectory: string, additionalData: unknown = null) {
    app.emit('second-instance', preventable(), argv, workingDirectory, additionalData);
  },
  /** The next message boxes' answers, in order. */
  answer(...answers: Answer[]) {
    state.answers.push(...answers);
  },
  /** The latest message box shown. */
  lastMessageBox: () => state.messageBoxes.at(-1)?.options,
};
