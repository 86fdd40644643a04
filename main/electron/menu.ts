import type { MenuItemConstructorOptions } from 'electron';
import { CREDENTIAL_FORMATS, DOCUMENT_KINDS } from '../../shared/api';
import type { Translate } from '../../shared/i18n';

export interface MenuActions {
  /** Sends a command to the renderer (it owns the design, its undo stack and its saving). */
  command(name: string): void;
  openRecent(path: string): void;
  about(): void;
}

/** A label shown as it is: a single "&" would turn into a keyboard shortcut (and vanish). */
export const literalLabel = (text: string) => text.replace(/&/g, '&&');

/**
 * The native menu as a pure template (tested without Electron). Undo and redo go to the
 * design's own history, not the text field's, so one undo stack spans every step.
 */
export function menuTemplate(
  actions: MenuActions,
  options: { platform: NodeJS.Platform; recent: string[]; appName: string; dev: boolean; t: Translate },
): MenuItemConstructorOptions[] {
  const { t } = options;
  const mac = options.platform === 'darwin';
  const send = (name: string) => () => actions.command(name);
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.newDesign'), accelerator: 'CmdOrCtrl+N', click: send('new') },
      { label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: send('open') },
      {
        label: t('menu.openRecent'),
        enabled: options.recent.length > 0,
        submenu: options.recent.map((path) => ({ label: literalLabel(path), click: () => actions.openRecent(path) })),
      },
      { type: 'separator' },
      { label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: send('save') },
      { label: t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
      { type: 'separator' },
      // Team members' copies into the open design (README, "Working as a team").
      { label: t('menu.merge'), click: send('merge') },
      {
        label: t('menu.export'),
        submenu: [
          ...DOCUMENT_KINDS.flatMap((id) =>
            (['docx', 'pdf'] as const).map((format) => ({
              label: t('menu.exportItem', { document: t(`document.kind.${id}`), format: format.toUpperCase() }),
              click: send(`export:${id}:${format}`),
            })),
          ),
          { type: 'separator' as const },
          // The machine-readable descriptions for Europass and badge platforms (README).
          ...CREDENTIAL_FORMATS.map((format) => ({
            label: t(`menu.exportCredential.${format}`),
            click: send(`export-credential:${format}`),
          })),
        ],
      },
      { type: 'separator' },
      mac ? { role: 'close' } : { label: t('menu.closeWindow'), accelerator: 'Ctrl+W', role: 'close' },
      ...(mac ? [] : [{ role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { label: t('menu.redo'), accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      ...(options.dev
        ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    role: 'help',
    submenu: [{ label: t('menu.about', { appName: options.appName }), click: () => actions.about() }],
  };
  // macOS lists open windows, Minimize and Zoom in a Window menu; the other systems have none.
  const window: MenuItemConstructorOptions = { label: t('menu.window'), role: 'windowMenu' };
  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view, ...(mac ? [window] : []), help];
}
