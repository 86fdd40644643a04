import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS } from '../../shared/api-methods';
import type { SaveOutcome, SaveReport, SaveRequestMode } from '../../shared/shell';
import type { ApiReply } from '../../shared/api';
import { CHANNELS } from './channels';

/**
 * Exactly the contract's methods, each one invoke on one channel; never ipcRenderer itself. Each
 * resolves to the reply as data, errors too: the context bridge would hand the page only a thrown
 * error's message, and the page needs its code and message key (renderer/api `electronApi`).
 */
const designer = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    async (args: unknown) => (await ipcRenderer.invoke(CHANNELS.call, method, args)) as ApiReply,
  ]),
);

const subscribe = (channel: string, listener: (value: string) => void) => {
  const wrapped = (_event: unknown, value: unknown) => {
    if (typeof value === 'string') listener(value);
  };
  ipcRenderer.on(channel, wrapped);
  return () => void ipcRenderer.removeListener(channel, wrapped);
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The close prompt asks the page to save; the page's handler answers with an outcome, which goes
 * back with the request's id. A handler that throws counts as a failed save, never as silence.
 */
const onSaveRequest = (handler: (mode: SaveRequestMode) => Promise<SaveOutcome>) => {
  const wrapped = (_event: unknown, id: unknown, mode: unknown) => {
    if (typeof id !== 'number' || (mode !== 'save' && mode !== 'save-as')) return;
    const reply = (outcome: unknown) => {
      const { outcome: kind, message } = (outcome ?? {}) as Record<string, unknown>;
      ipcRenderer.send(CHANNELS.saveResult, id, {
        outcome: kind === 'saved' || kind === 'canceled' ? kind : 'failed',
        message: text(message),
      });
    };
    Promise.resolve()
      .then(() => handler(mode))
      .then(reply, (error: unknown) =>
        reply({ outcome: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  };
  ipcRenderer.on(CHANNELS.saveRequest, wrapped);
  return () => void ipcRenderer.removeListener(CHANNELS.saveRequest, wrapped);
};

contextBridge.exposeInMainWorld('designer', designer);
contextBridge.exposeInMainWorld('designerShell', {
  onCommand: (listener: (command: string) => void) => subscribe(CHANNELS.command, listener),
  onOpenFile: (listener: (path: string) => void) => subscribe(CHANNELS.openFile, listener),
  // Only the report's own fields cross; the main process validates them again.
  reportSave: (report: SaveReport) =>
    ipcRenderer.send(CHANNELS.saveReport, {
      library: text(report?.library),
      error: text(report?.error),
      fileBehind: text(report?.fileBehind),
    }),
  onSaveRequest,
  reportLanguage: (language: string) => ipcRenderer.send(CHANNELS.uiLanguage, text(language)),
});
