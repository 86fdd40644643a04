/** IPC channel names, shared by main and preload (the preload bundles this file). */
export const CHANNELS = {
  /** renderer → main: one DesignerApi call (invoke). */
  call: 'designer:call',
  /** main → renderer: a menu command ("save", "export:proposal:pdf", …). */
  command: 'designer:command',
  /** main → renderer: a design file the OS asked us to open. */
  openFile: 'designer:open-file',
  /** renderer → main: whether there are unsaved changes (for the quit prompt). */
  dirty: 'designer:dirty',
} as const;
