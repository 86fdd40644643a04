import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, menuAccelerator, type CommandDescriptor, type CommandId } from '../../shared/commands';
import type { Translate } from '../../shared/i18n';

export interface MenuActions {
  /**
   * Sends a command to the renderer (it owns the design, its undo stack and its saving):
   * a descriptor's id, or "language:<code>" from View › Language (one radio item per locale).
   */
  command(name: CommandId | `language:${string}`): void;
  openRecent(path: string): void;
  about(): void;
}

/** A label shown as it is: a single "&" would turn into a keyboard shortcut (and vanish). */
export const literalLabel = (text: string) => text.replace(/&/g, '&&');

/** A command's menu label in the shell's strings, with its parameters translated. */
export function commandLabel(command: CommandDescriptor, t: Translate): string {
  const keys = Object.entries(command.labelKeys ?? {}).map(([name, key]) => [name, t(key)]);
  return t(command.labels.menu!, { ...Object.fromEntries(keys), ...command.labelValues }) as string;
}

/**
 * The native menu as a pure template (tested without Electron). Its File, Export and Edit items
 * are the command descriptors (shared/commands.ts): the renderer runs them. Undo and redo go to
 * the design's own history, not the text field's, so one undo stack spans every step.
 */
export function menuTemplate(
  actions: MenuActions,
  options: {
    platform: NodeJS.Platform;
    recent: string[];
    appName: string;
    dev: boolean;
    t: Translate;
    /** The UI languages, each with its own name, and the current one: a radio list in View. */
    languages?: { current: string; available: { code: string; name: string }[] };
  },
): MenuItemConstructorOptions[] {
  const { t } = options;
  const mac = options.platform === 'darwin';
  const item = (command: CommandDescriptor): MenuItemConstructorOptions => {
    const accelerator = menuAccelerator(command, options.platform);
    return {
      label: commandLabel(command, t),
      ...(accelerator ? { accelerator } : {}),
      click: () => actions.command(command.id),
    };
  };
  const inMenu = (menu: CommandDescriptor['menu']) => COMMANDS.filter((command) => command.menu === menu);
  /** The items, with a separator where the commands' menu group changes. */
  const withSeparators = (commands: CommandDescriptor[]): MenuItemConstructorOptions[] =>
    commands.flatMap((command, index) =>
      index > 0 && command.menuGroup !== commands[index - 1]!.menuGroup
        ? [{ type: 'separator' as const }, item(command)]
        : [item(command)],
    );
  const fileCommands = inMenu('file');
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      // What works without a design (new, open), then what saves the open design.
      ...fileCommands.filter((command) => !command.needsDesign).map(item),
      {
        label: t('menu.openRecent'),
        enabled: options.recent.length > 0,
        submenu: options.recent.map((path) => ({ label: literalLabel(path), click: () => actions.openRecent(path) })),
      },
      { type: 'separator' },
      ...fileCommands.filter((command) => command.needsDesign).map(item),
      { label: t('menu.export'), submenu: withSeparators(inMenu('export')) },
      { type: 'separator' },
      mac ? { role: 'close' } : { label: t('menu.closeWindow'), accelerator: 'Ctrl+W', role: 'close' },
      ...(mac ? [] : [{ role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      ...inMenu('edit').map(item),
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
      ...(options.languages && options.languages.available.length > 1
        ? [
            { type: 'separator' } as const,
            {
              label: t('menu.language'),
              submenu: options.languages.available.map(({ code, name }): MenuItemConstructorOptions => ({
                label: literalLabel(name),
                type: 'radio',
                checked: code === options.languages!.current,
                click: () => actions.command(`language:${code}`),
              })),
            },
          ]
        : []),
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
