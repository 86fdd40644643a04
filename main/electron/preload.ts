import { contextBridge, ipcRenderer } from 'electron';
import type { ApiErrorShape } from '../../shared/api';
import { API_METHODS } from '../../shared/api-methods';
import { CHANNELS } from './channels';

/** An error the renderer can show: the same code, message and details as over HTTP. */
class DesignerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Result = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };

/** Exactly the contract's methods, each one invoke on one channel; never ipcRenderer itself. */
const designer = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    async (args: unknown) => {
      const response = (await ipcRenderer.invoke(CHANNELS.call, method, args)) as Result;
      if (response.ok) return response.result;
      throw new DesignerError(response.error.code, response.error.message, response.error.details ?? []);
    },
  ]),
);

const subscribe = (channel: string, listener: (value: string) => void) => {
  const wrapped = (_event: unknown, value: unknown) => {
    if (typeof value === 'string') listener(value);
  };
  ipcRenderer.on(channel, wrapped);
  return () => void ipcRenderer.removeListener(channel, wrapped);
};

contextBridge.exposeInMainWorld('designer', designer);
contextBridge.exposeInMainWorld('designerShell', {
  onCommand: (listener: (command: string) => void) => subscribe(CHANNELS.command, listener),
  onOpenFile: (listener: (path: string) => void) => subscribe(CHANNELS.openFile, listener),
  setDirty: (dirty: boolean) => ipcRenderer.send(CHANNELS.dirty, dirty === true),
});
