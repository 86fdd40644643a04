/** IPC channel names, shared by main and preload (the preload bundles this file). */
export const CHANNELS = {
  /** renderer → main: one DesignerApi call (invoke). */
  call: 'designer:call',
  /** main → renderer: a menu command ("save", "export:proposal:pdf", …). */
  command: 'designer:command',
  /** main → renderer: a design file the OS asked us to open. */
  openFile: 'designer:open-file',
  /** renderer → main: the save state (SaveReport in shared/shell.ts), for the close prompt. */
  saveReport: 'designer:save-report',
  /** main → renderer: save now, because the window is closing (request id, "save" | "save-as"). */
  saveRequest: 'designer:save-request',
  /** renderer → main: how that save went (request id, SaveOutcome). */
  saveResult: 'designer:save-result',
  /** renderer → main: the UI language ("fr"), for the menus and dialogs. */
  uiLanguage: 'designer:ui-language',
} as const;
