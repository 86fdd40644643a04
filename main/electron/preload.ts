import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS } from '../../shared/api-methods';
import type { DispatchResult } from '../api/dispatch';
import { CHANNELS } from './channels';

/** Exactly the contract's methods, each one invoke on one channel; never ipcRenderer itself. */
const designer = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    async (args: unknown) => {
      const response = (await ipcRenderer.invoke(CHANNELS.call, method, args)) as DispatchResult;
      if (response.ok) return response.result;
      // The context bridge hands the page only an error's message, so that is all we send.
      throw new Error(response.error.message);
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
