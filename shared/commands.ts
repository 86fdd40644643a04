import { CREDENTIAL_FORMATS, type CredentialFormat } from './credentials/formats';
import { DOCUMENT_KINDS, EXPORT_FORMATS, type DocumentKind, type ExportFormat } from './document/model';

/**
 * Every user action the native menu, the keyboard and the buttons offer, described once (as
 * Excalidraw's actions and VS Code's registerAction2 do). The native menu (main/electron/menu.ts)
 * builds its File and Edit items from here, the page's keyboard handler
 * (renderer/state/shortcuts.ts) matches these keys, and the buttons (renderer/state/commands.ts
 * binds what each command runs) take their shortcut hints from here. Pure data: the desktop
 * shell and the page both read it.
 */

export type ExportCommandId = `export:${DocumentKind}:${ExportFormat}`;
export type CredentialCommandId = `export-credential:${CredentialFormat}`;
export type CommandId =
  'new' | 'open' | 'save' | 'save-as' | 'merge' | 'undo' | 'redo' | ExportCommandId | CredentialCommandId;

export interface CommandDescriptor {
  id: CommandId;
  /**
   * Label keys: `menu` in the shell's strings (main/electron/locales), `button` in the page's
   * (renderer/i18n/locales), `buttonInBrowser` where the page has no native dialogs. A command
   * (the top bar's buttons stand in the order of COMMANDS).
   */
  labels: { menu?: string; button?: string; buttonInBrowser?: string };
  /** Label parameters that are themselves keys of the same strings (the export's document). */
  labelKeys?: Record<string, string>;
  /** Label parameters as they are (the export's format). */
  labelValues?: Record<string, string>;
  /**
   * Where its button stands: the design's top bar, or the review step's exports. "top-bar-end"
   * is drawn after the others by the top bar itself (merge: a short label in narrow windows).
   */
  button?: 'top-bar' | 'top-bar-end' | 'review-step';
  /** The native menu that lists it (exports go to File › Export). */
  menu?: 'file' | 'edit' | 'export';
  /** Within a menu, a separator stands between groups (documents, then credentials). */
  menuGroup?: string;
  /**
   * The keys that run it, in Electron's accelerator syntax; the first is the menu's, unless
   * `menuKey` says otherwise per platform (redo is Cmd+Shift+Z on macOS, Ctrl+Y elsewhere).
   */
  keys: readonly string[];
  menuKey?: { mac: string; other: string };
  /**
   * The page handles its keys itself (the browser has no native menu). Off where the browser's
   * own meaning of the keys stays (Ctrl+N, Ctrl+O); in the desktop app only `history` commands
   * are handled by the page, the menu's accelerators run the rest.
   */
  pageKeys: boolean;
  /** Runs only with a design open (the design screen); elsewhere it does nothing. */
  needsDesign: boolean;
  /**
   * The design's own history: its keys are taken only on the design screen or inside a text
   * field (elsewhere the browser keeps them), and the page handles them in the desktop app too.
   */
  history?: boolean;
  /** Allowed while a coordinator reviews a design (read-only mode). */
  inReview: boolean;
}

const exportCommands: CommandDescriptor[] = DOCUMENT_KINDS.flatMap((kind) =>
  EXPORT_FORMATS.map((format) => ({
    id: `export:${kind}:${format}` as const,
    labels: { menu: 'menu.exportItem', button: 'reviewStep.exportAs' },
    button: 'review-step' as const,
    labelKeys: { document: `document.kind.${kind}` },
    labelValues: { format: format.toUpperCase() },
    menu: 'export' as const,
    menuGroup: 'documents',
    keys: [],
    pageKeys: false,
    needsDesign: true,
    inReview: true,
  })),
);

/** The machine-readable descriptions for Europass and badge platforms (README). */
const credentialCommands: CommandDescriptor[] = CREDENTIAL_FORMATS.map((format) => ({
  id: `export-credential:${format}` as const,
  labels: {
    menu: `menu.exportCredential.${format}`,
    button: 'credentialExports.save',
    buttonInBrowser: 'credentialExports.download',
  },
  button: 'review-step' as const,
  menu: 'export' as const,
  menuGroup: 'credentials',
  keys: [],
  pageKeys: false,
  needsDesign: true,
  inReview: true,
}));

export const COMMANDS: readonly CommandDescriptor[] = [
  {
    id: 'undo',
    labels: { menu: 'menu.undo', button: 'design.undo' },
    button: 'top-bar',
    menu: 'edit',
    keys: ['CmdOrCtrl+Z'],
    pageKeys: true,
    needsDesign: true,
    history: true,
    inReview: true,
  },
  {
    id: 'redo',
    labels: { menu: 'menu.redo', button: 'design.redo' },
    button: 'top-bar',
    menu: 'edit',
    keys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y', 'CmdOrCtrl+Shift+Y'],
    pageKeys: true,
    menuKey: { mac: 'Cmd+Shift+Z', other: 'Ctrl+Y' },
    needsDesign: true,
    history: true,
    inReview: true,
  },
  {
    id: 'new',
    labels: { menu: 'menu.newDesign' },
    menu: 'file',
    keys: ['CmdOrCtrl+N'],
    pageKeys: false,
    needsDesign: false,
    inReview: true,
  },
  {
    id: 'open',
    labels: { menu: 'menu.open' },
    menu: 'file',
    keys: ['CmdOrCtrl+O'],
    pageKeys: false,
    needsDesign: false,
    inReview: true,
  },
  {
    id: 'save',
    labels: { menu: 'menu.save', button: 'design.save' },
    button: 'top-bar',
    menu: 'file',
    keys: ['CmdOrCtrl+S'],
    pageKeys: true,
    needsDesign: true,
    inReview: true,
  },
  {
    id: 'save-as',
    labels: { menu: 'menu.saveAs', button: 'design.saveAs', buttonInBrowser: 'design.download' },
    button: 'top-bar',
    menu: 'file',
    keys: ['CmdOrCtrl+Shift+S'],
    pageKeys: true,
    needsDesign: true,
    inReview: true,
  },
  {
    // Team members' copies into the open design (README, "Working as a team").
    id: 'merge',
    labels: { menu: 'menu.merge', button: 'merge.open' },
    button: 'top-bar-end',
    menu: 'file',
    keys: [],
    pageKeys: false,
    needsDesign: true,
    inReview: false,
  },
  ...exportCommands,
  ...credentialCommands,
];

const BY_ID = new Map<string, CommandDescriptor>(COMMANDS.map((command) => [command.id, command]));

/** The command of this id, or undefined for anything else (a stray IPC message). */
export const commandById = (id: string): CommandDescriptor | undefined => BY_ID.get(id);

/** The accelerator the native menu shows. */
export function menuAccelerator(command: CommandDescriptor, platform: string): string | undefined {
  if (command.menuKey) return platform === 'darwin' ? command.menuKey.mac : command.menuKey.other;
  return command.keys[0];
}

/** What a key press is, as far as commands care. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Does this key press match an accelerator ("CmdOrCtrl+Shift+S": Ctrl or Cmd, Shift, S)? */
export function matchesAccelerator(accelerator: string, press: KeyPress): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const wants = (modifier: string) => parts.includes(modifier);
  const command = wants('CmdOrCtrl') ? press.ctrlKey || press.metaKey : wants('Ctrl') ? press.ctrlKey : true;
  return (
    command &&
    (wants('CmdOrCtrl') || wants('Ctrl') || !(press.ctrlKey || press.metaKey)) &&
    press.shiftKey === wants('Shift') &&
    press.altKey === wants('Alt') &&
    press.key.toLowerCase() === key
  );
}

/** The command whose keys the page handles for this key press, if any. */
export const commandForKey = (press: KeyPress): CommandDescriptor | undefined =>
  COMMANDS.find(
    (command) => command.pageKeys && command.keys.some((accelerator) => matchesAccelerator(accelerator, press)),
  );

/** The WAI-ARIA `aria-keyshortcuts` value of an accelerator ("CmdOrCtrl+Shift+Z" → "Control+Shift+Z"). */
export const ariaKeyShortcuts = (accelerator: string): string =>
  accelerator.replace(/^CmdOrCtrl\+|^Ctrl\+/, 'Control+');
