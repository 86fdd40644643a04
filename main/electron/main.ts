import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, Menu, type BrowserWindow, type FileFilter } from 'electron';
import type { Translate } from '../../shared/i18n';
import { isDesignFileName } from '../../shared/model';
import { createHandlers, openServices, type Platform, type Services } from '../api/handlers';
import { rendererDir } from '../services/paths';
import { CHANNELS } from './channels';
import { shellTranslator } from './i18n';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { RecentFiles } from './recent-files';
import { createMainWindow, prepareSession, registerAppScheme } from './window';

const here = dirname(fileURLToPath(import.meta.url));

/** Design files named on the command line (Windows/Linux "open with", second instances). */
export const designFilesIn = (argv: string[]) => argv.filter((arg) => isDesignFileName(arg) && existsSync(arg));

function nativeDialogs(
  window: () => BrowserWindow | null,
  t: Translate,
): Pick<Platform, 'openDialog' | 'openFolderDialog' | 'saveDialog'> {
  const FILTERS: Record<'cbld' | 'docx' | 'pdf', FileFilter> = {
    cbld: { name: t('dialogs.filterDesign'), extensions: ['cbld'] },
    docx: { name: t('dialogs.filterDocx'), extensions: ['docx'] },
    pdf: { name: t('dialogs.filterPdf'), extensions: ['pdf'] },
  };
  return {
    openFolderDialog: async () => {
      const result = await dialog.showOpenDialog(window()!, { properties: ['openDirectory'] });
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },
    openDialog: async () => {
      const result = await dialog.showOpenDialog(window()!, { filters: [FILTERS.cbld], properties: ['openFile'] });
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },
    saveDialog: async (suggestedName, extension) => {
      const result = await dialog.showSaveDialog(window()!, {
        defaultPath: suggestedName,
        filters: [FILTERS[extension]],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

/** The desktop app: one window over the same services and contract as the CLI and the browser. */
export function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  let window: BrowserWindow | null = null;
  let services: Services | null = null;
  let dirty = false;
  /** Set when the user chose "Save" on closing: the window closes once the renderer reports saved. */
  let closeWhenSaved = false;
  const pendingFiles: string[] = designFilesIn(process.argv.slice(1));

  const openFile = (path: string) => {
    if (window && !window.webContents.isLoading()) window.webContents.send(CHANNELS.openFile, path);
    else pendingFiles.push(path);
  };
  app.on('second-instance', (_event, argv) => {
    designFilesIn(argv).forEach(openFile);
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });

  void app.whenReady().then(() => {
    services = openServices(app.getPath('userData'), { exportInThread: true });
    const t = shellTranslator(app.getLocale());
    const current = () => window;
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
                void dialog.showMessageBox({
                  message: `Challenge Designer ${services?.version ?? ''}`,
                  detail: t('dialogs.aboutDetail'),
                }),
            },
            {
              platform: process.platform,
              recent: recent.list(),
              appName: 'Challenge Designer',
              dev: !app.isPackaged,
              t,
            },
          ),
        ),
      );
    const onFileUsed = (path: string) => {
      recent.add(path);
      app.addRecentDocument(path);
      buildMenu();
    };
    const platform: Platform = { transport: 'electron', ...nativeDialogs(current, t), onFileUsed };
    registerIpc(ipcMain, createHandlers(services, platform), current, (value) => {
      dirty = value;
      if (!dirty && closeWhenSaved) window?.close();
    });
    prepareSession(rendererDir());
    buildMenu();
    window = createMainWindow(join(here, 'preload.cjs'));
    window.webContents.on('did-finish-load', () => pendingFiles.splice(0).forEach(openFile));
    // Ask before closing only when something is not saved; the library autosave keeps the rest.
    window.on('close', (event) => {
      if (!dirty) return;
      const choice = dialog.showMessageBoxSync(window!, {
        type: 'question',
        buttons: [t('dialogs.save'), t('dialogs.dontSave'), t('dialogs.cancel')],
        defaultId: 0,
        cancelId: 2,
        message: t('dialogs.unsavedMessage'),
        detail: t('dialogs.unsavedDetail'),
      });
      if (choice === 1) return;
      event.preventDefault();
      closeWhenSaved = choice === 0;
      if (closeWhenSaved) command('save');
    });
    window.on('closed', () => (window = null));
  });
  app.on('window-all-closed', () => {
    void (services?.close() ?? Promise.resolve()).finally(() => app.quit());
  });
}

// Run only as the Electron entry point, so tests can import the pieces.
if (process.versions.electron) start();
