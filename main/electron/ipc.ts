import type { BrowserWindow, IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { dispatch, type DispatchResult } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
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

export function registerIpc(
  ipcMain: IpcMain,
  handlers: Handlers,
  window: () => BrowserWindow | null,
  onDirty: (dirty: boolean) => void,
): void {
  ipcMain.handle(CHANNELS.call, (event, method: unknown, args: unknown) =>
    handleCall(handlers, event, window(), method, args),
  );
  ipcMain.on(CHANNELS.dirty, (event, dirty: unknown) => {
    if (fromOurWindow(event, window()) && typeof dirty === 'boolean') onDirty(dirty);
  });
}
