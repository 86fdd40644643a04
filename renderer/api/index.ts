import { API, ApiError, ApiErrorShape, type ApiReply, type DesignerApi } from '../../shared/api';
import { message } from '../../shared/errors';
import type { SaveOutcome, SaveReport, SaveRequestMode } from '../../shared/shell';
import { createHttpApi, type AccessKey } from './http-client';

/** Menu commands and OS events the Electron preload forwards; absent in the browser. */
export interface DesignerShell {
  onCommand(listener: (command: string) => void): () => void;
  onOpenFile(listener: (path: string) => void): () => void;
  /** Tells the main process what is unsaved, so its close prompt says what is true. */
  reportSave(report: SaveReport): void;
  /** The close prompt asks the page to save; the handler says how it went. */
  onSaveRequest(handler: (mode: SaveRequestMode) => Promise<SaveOutcome>): () => void;
  /** Tells the main process the UI language, for its menus and dialogs (and to remember it). */
  reportLanguage(language: string): void;
}

/** What the Electron preload exposes: the contract's methods, each answering with its reply as data. */
export type DesignerBridge = Record<string, (args: unknown) => Promise<ApiReply>>;

/** The contract over the preload's bridge: a reply's error becomes an ApiError with its code and keys. */
export function electronApi(bridge: DesignerBridge): DesignerApi {
  return Object.fromEntries(
    Object.keys(API).map((method) => [
      method,
      async (args: unknown) => {
        const reply = await bridge[method]!(args);
        if (reply.ok) return reply.result;
        const error = ApiErrorShape.safeParse(reply.error);
        throw error.success
          ? ApiError.from(error.data)
          : new ApiError(
              'internal',
              message('errors.api.internal', { reason: 'the reply of the desktop shell is malformed' }),
            );
      },
    ]),
  ) as DesignerApi;
}

declare global {
  interface Window {
    designer?: DesignerBridge;
    designerShell?: DesignerShell;
  }
}

const KEY_STORAGE = 'designer-token';
const accessKey: AccessKey = { current: '' };

/**
 * The Electron preload exposes `window.designer`; in the browser the same contract runs over
 * HTTP with the access key from the address fragment (kept in session storage so a reload keeps
 * working, and removed from the visible address). `serve` keeps one key per library, so a
 * restarted server accepts the tabs that were open.
 */
export function resolveApi(): DesignerApi {
  if (window.designer) return electronApi(window.designer);
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(KEY_STORAGE, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  accessKey.current = fromHash ?? sessionStorage.getItem(KEY_STORAGE) ?? '';
  return createHttpApi(window.location.origin, accessKey);
}

/**
 * The reconnect step: reads the key from what the person pasted (the address `serve` printed,
 * or the key alone). Returns 'other-server' when the address is another server's (another
 * port): this page cannot talk to it, a new tab must open it.
 */
export function acceptAccessKey(pasted: string): 'ok' | 'other-server' | 'no-key' {
  const text = pasted.trim();
  let key = text;
  if (/^https?:\/\//i.test(text)) {
    let address: URL;
    try {
      address = new URL(text);
    } catch {
      return 'no-key';
    }
    if (address.origin !== window.location.origin) return 'other-server';
    key = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  }
  if (!/^[\w-]{16,}$/.test(key)) return 'no-key';
  accessKey.current = key;
  sessionStorage.setItem(KEY_STORAGE, key);
  return 'ok';
}
