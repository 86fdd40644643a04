import type { MenuItemConstructorOptions } from 'electron';

export const EXPORT_DOCUMENTS = [
  ['spec', 'Micro-credential specification'],
  ['syllabus', 'Course syllabus'],
  ['proposal', 'Approval proposal'],
  ['review', 'Review report'],
] as const;

export interface MenuActions {
  /** Sends a command to the renderer (it owns the design, its undo stack and its saving). */
  command(name: string): void;
  openRecent(path: string): void;
  about(): void;
}

/**
 * The native menu as a pure template (tested without Electron). Undo and redo go to the
 * design's own history, not the text field's, so one undo stack spans every step.
 */
export function menuTemplate(
  actions: MenuActions,
  options: { platform: NodeJS.Platform; recent: string[]; appName: string; dev: boolean },
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const send = (name: string) => () => actions.command(name);
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Design', accelerator: 'CmdOrCtrl+N', click: send('new') },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('open') },
      {
        label: 'Open Recent',
        enabled: options.recent.length > 0,
        submenu: options.recent.map((path) => ({ label: path, click: () => actions.openRecent(path) })),
      },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: send('save') },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
      {
        label: 'Export',
        submenu: EXPORT_DOCUMENTS.flatMap(([id, label]) =>
          (['docx', 'pdf'] as const).map((format) => ({
            label: `${label} (${format.toUpperCase()})…`,
            click: send(`export:${id}:${format}`),
          })),
        ),
      },
      { type: 'separator' },
      mac ? { role: 'close' } : { label: 'Close Window', accelerator: 'Ctrl+W', role: 'close' },
      ...(mac ? [] : [{ role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { label: 'Redo', accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
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
    label: '&Help',
    role: 'help',
    submenu: [{ label: `About ${options.appName}`, click: () => actions.about() }],
  };
  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}
