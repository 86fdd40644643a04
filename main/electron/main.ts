import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, Menu, screen, type BrowserWindow } from 'electron';
import { messageOf } from '../../shared/errors';
import { ownLanguageName } from '../../shared/i18n';
import { createHandlers, openServices, type Platform, type Services } from '../api/handlers';
import { findTemplatesDir } from '../services/catalog/templates';
import { defaultLibraryFolder, PRODUCT_NAME, rendererDir } from '../services/paths';
import { CHANNELS } from './channels';
import { CloseGuard, watchPage } from './close-guard';
import { nativeDialogs, showMessageBox } from './dialogs';
import { rememberedLanguage, rememberLanguage, ShellLanguage, shellLanguages } from './i18n';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { RecentFiles } from './recent-files';
import {
  adoptEarlierLibrary,
  APP_USER_MODEL_ID,
  designFilesIn,
  launchDataFrom,
  libraryFolder,
  startupProblem,
  withoutLibraryArgument,
  type LaunchData,
} from './startup';
import { createMainWindow, prepareSession, registerAppScheme } from './window';
import { rememberWindowPlacement, restoreWindowPlacement } from './window-state';

const here = dirname(fileURLToPath(import.meta.url));
/** Electron's default userData folder for this package (its package.json name), where the desktop app kept its library before. */
const EARLIER_USER_DATA = 'challenge-designer';

/** The window icon on Linux (Windows and macOS take it from the executable). */
function linuxWindowIcon(): string | undefined {
  const icon = join(findTemplatesDir(), '..', 'build', 'icons', '256x256.png');
  return existsSync(icon) ? icon : undefined;
}

export interface StartOptions {
  platform?: NodeJS.Platform;
  /** The command line after the executable: design files, `--library DIR` ("." first in development). */
  argv?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * The desktop app: one window over the same services and contract as the CLI and the browser.
 * Resolves once the window is open, or once a failed start-up has been explained to the user and
 * the process is on its way out (it never lingers without a window, holding the lock).
 */
export async function start(options: StartOptions = {}): Promise<void> {
  const platform = options.platform ?? process.platform;
  const argv = options.argv ?? process.argv.slice(1);
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;

  // Before ready: Chromium's data, the window state and the single-instance lock go to the
  // folder the CLI uses, whatever Electron would derive from package.json.
  app.setPath('userData', join(app.getPath('appData'), PRODUCT_NAME));
  const library = libraryFolder(argv, cwd, env, platform);
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  // Electron's argv for a second instance may be reordered or extended: send our own.
  if (!app.requestSingleInstanceLock({ argv, cwd, library } satisfies LaunchData)) {
    app.quit();
    return;
  }
  registerAppScheme();

  const shellLanguage = new ShellLanguage('en');
  const { t } = shellLanguage;
  let services: Services | null = null;
  let window: BrowserWindow | null = null;
  let guard: CloseGuard | null = null;
  /** The user quit (menu, Cmd+Q): once the close prompt lets the window go, the app goes too. */
  let quitRequested = false;
  let cleanedUp = false;
  const pendingFiles = designFilesIn(argv, cwd);

  const openFile = (path: string) => {
    if (window && !window.webContents.isLoading()) window.webContents.send(CHANNELS.openFile, path);
    else {
      pendingFiles.push(path);
      if (!window && services) createWindow(); // macOS: the app runs on without a window
    }
  };

  function createWindow(): void {
    const userData = app.getPath('userData');
    const placement = restoreWindowPlacement(
      userData,
      screen.getAllDisplays().map((display) => display.workArea),
    );
    const created = createMainWindow(join(here, 'preload.cjs'), {
      placement,
      icon: platform === 'linux' ? linuxWindowIcon() : undefined,
    });
    const createdGuard = new CloseGuard(created, t, () => (quitRequested = false));
    watchPage(created, createdGuard, t);
    created.webContents.on('did-finish-load', () => pendingFiles.splice(0).forEach(openFile));
    created.on('close', () => rememberWindowPlacement(userData, created));
    created.on('closed', () => {
      if (window !== created) return;
      window = null;
      guard = null;
    });
    window = created;
    guard = createdGuard;
  }

  app.on('second-instance', (_event, electronArgv, workingDirectory, additionalData) => {
    const launch = launchDataFrom(additionalData);
    designFilesIn(launch.argv ?? electronArgv, launch.cwd ?? workingDirectory).forEach(openFile);
    if (!window && services) createWindow();
    if (window?.isMinimized()) window.restore();
    window?.focus();
    if (launch.library && resolve(launch.library) !== resolve(library))
      void showMessageBox(window, {
        type: 'info',
        message: t('secondInstance.otherLibraryMessage'),
        detail: t('secondInstance.otherLibraryDetail', { current: library, requested: launch.library }),
      });
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });
  app.on('activate', () => {
    if (!window && services) createWindow();
  });
  app.on('before-quit', () => (quitRequested = true));
  app.on('window-all-closed', () => {
    // macOS keeps an app without windows running, unless the user asked to quit.
    if (platform !== 'darwin' || quitRequested) app.quit();
  });
  // Every way out passes here, also Quit from the menu, which skips window-all-closed: close the
  // library and stop the export thread, then let the quit go on.
  app.on('will-quit', (event) => {
    if (cleanedUp || !services) return;
    event.preventDefault();
    const closing = services;
    services = null;
    void closing
      .close()
      .catch((error: unknown) => console.error('Closing the library failed:', error))
      .finally(() => {
        cleanedUp = true;
        app.quit();
      });
  });

  try {
    await app.whenReady();
    shellLanguage.set(rememberedLanguage(app.getPath('userData')) ?? app.getLocale());
    if (library === defaultLibraryFolder(env, platform)) {
      try {
        const adopted = adoptEarlierLibrary(join(app.getPath('appData'), EARLIER_USER_DATA), library);
        if (adopted > 0) console.info(`${adopted} designs of the earlier desktop library are now in ${library}.`);
      } catch (error) {
        // The earlier library stays where it was; the app starts on the shared one.
        console.error('The earlier desktop library could not be brought over:', error);
      }
    }
    services = openServices(library, { exportInThread: true });
    const opened = services;
    const recent = RecentFiles.in(app.getPath('userData'));
    const command = (name: string) => window?.webContents.send(CHANNELS.command, name);
    const buildMenu = () =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate(
            {
              command,
              openRecent: openFile,
              about: () =>
                void showMessageBox(window, {
                  message: `${PRODUCT_NAME} ${opened.version}`,
                  detail: t('dialogs.aboutDetail'),
                }),
            },
            {
              platform,
              recent: recent.list(),
              appName: PRODUCT_NAME,
              dev: !app.isPackaged,
              t,
              languages: {
                current: shellLanguage.language,
                available: shellLanguages().map((code) => ({ code, name: ownLanguageName(code) })),
              },
            },
          ),
        ),
      );
    const onFileUsed = (path: string) => {
      recent.add(path);
      app.addRecentDocument(path);
      buildMenu();
    };
    const platformPieces: Platform = { transport: 'electron', ...nativeDialogs(() => window, t), onFileUsed };
    registerIpc(ipcMain, createHandlers(opened, platformPieces), () => window, {
      onSaveReport: (report) => guard?.update(report),
      onSaveResult: (id, outcome) => guard?.answer(id, outcome),
      // The page chose a language (the start screen's switch, the Language menu, or its default
      // at start): the menu is rebuilt in it, dialogs follow, and the next start begins in it.
      onLanguage: (language) => {
        if (!shellLanguage.set(language)) return;
        rememberLanguage(app.getPath('userData'), shellLanguage.language);
        buildMenu();
      },
    });
    prepareSession(rendererDir());
    buildMenu();
    createWindow();
  } catch (error) {
    await explainFailedStart(error);
  }

  /** A start-up that cannot go on: say why and what to do, then exit and free the lock. */
  async function explainFailedStart(error: unknown): Promise<void> {
    console.error('Challenge Designer could not start:', error);
    const opened = services;
    services = null;
    cleanedUp = true;
    await opened?.close().catch(() => {});
    // A later launch must not find this process holding the lock while the message is up.
    app.releaseSingleInstanceLock();
    const problem = startupProblem(error, library, t);
    if (!app.isReady()) {
      // Before ready only the error box works (on Linux it prints to stderr).
      dialog.showErrorBox(t('startup.title'), `${problem.message}\n\n${problem.detail}`);
      return app.exit(1);
    }
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: t('startup.title'),
      message: problem.message,
      detail: problem.detail,
      buttons: problem.library ? [t('startup.quit'), t('startup.chooseLibrary')] : [t('startup.quit')],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (response === 1) {
      const chosen = await dialog.showOpenDialog({
        title: t('startup.chooseLibraryTitle'),
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = chosen.canceled ? undefined : chosen.filePaths[0];
      // An AppImage runs from a mount that goes away with this process: start the image itself.
      if (folder)
        app.relaunch({
          args: [...withoutLibraryArgument(argv), `--library=${folder}`],
          ...(env.APPIMAGE ? { execPath: env.APPIMAGE } : {}),
        });
    }
    app.exit(1);
  }
}

// Run only as the Electron entry point, so tests can import the pieces.
if (process.versions.electron) void start().catch((error: unknown) => console.error(messageOf(error)));
