import type { BrowserWindow, IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { dispatch, type DispatchResult } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
import { SaveOutcome, SaveReport } from '../../shared/shell';
import { CHANNELS } from './channels';
import { isTrustedSender } from './security';

type SenderEvent = Pick<IpcMainInvokeEvent | IpcMainEvent, 'senderFrame' | 'sender'>;

/** Only our window's top frame, showing our own page, may talk to the back end. */
export function fromOurWindow(event: SenderEvent, window: BrowserWindow | null): boolean {
  return (
    !!window && event.sender === window.webContents && isTrustedSender(event.senderFrame, window.webContents.mainFrame)
  );
}

/** One API call from the renderer: sender checked, then the same validated dispatch as HTTP. */
export async function handleCall(
  handlers: Handlers,
  event: SenderEvent,
  window: BrowserWindow | null,
  method: unknown,
  args: unknown,
): Promise<DispatchResult> {
  if (!fromOurWindow(event, window))
    return {
      ok: false,
      error: { code: 'forbidden', message: 'This page may not use Challenge Designer.', details: [] },
    };
  return dispatch(handlers, typeof method === 'string' ? method : '', args, 'electron');
}

/** What the page tells the main process about saving (see shared/shell.ts). */
export interface SaveListeners {
  onSaveReport(report: SaveReport): void;
  onSaveResult(id: number, outcome: SaveOutcome): void;
  /** The page's UI language changed (or the page started): menus and dialogs follow. */
  onLanguage?(language: string): void;
}

export function registerIpc(
  ipcMain: IpcMain,
  handlers: Handlers,
  window: () => BrowserWindow | null,
  listeners: SaveListeners,
): void {
  ipcMain.handle(CHANNELS.call, (event, method: unknown, args: unknown) =>
    handleCall(handlers, event, window(), method, args),
  );
  ipcMain.on(CHANNELS.saveReport, (event, report: unknown) => {
    const parsed = SaveReport.safeParse(report);
    if (fromOurWindow(event, window()) && parsed.success) listeners.onSaveReport(parsed.data);
  });
  ipcMain.on(CHANNELS.saveResult, (event, id: unknown, outcome: unknown) => {
    const parsed = SaveOutcome.safeParse(outcome);
    if (fromOurWindow(event, window()) && Number.isSafeInteger(id) && parsed.success)
      listeners.onSaveResult(id as number, parsed.data);
  });
  ipcMain.on(CHANNELS.uiLanguage, (event, language: unknown) => {
    if (
      fromOurWindow(event, window()) &&
      typeof language === 'string' &&
      /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(language)
    )
      listeners.onLanguage?.(language);
  });
}
