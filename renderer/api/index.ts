import type { DesignerApi } from '../../shared/api';
import type { SaveOutcome, SaveReport, SaveRequestMode } from '../../shared/shell';
import { createHttpApi } from './http-client';

/** Menu commands and OS events the Electron preload forwards; absent in the browser. */
export interface DesignerShell {
  onCommand(listener: (command: string) => void): () => void;
  onOpenFile(listener: (path: string) => void): () => void;
  /** Tells the main process what is unsaved, so its close prompt says what is true. */
  reportSave(report: SaveReport): void;
  /** The close prompt asks the page to save; the handler says how it went. */
  onSaveRequest(handler: (mode: SaveRequestMode) => Promise<SaveOutcome>): () => void;
}

declare global {
  interface Window {
    designer?: DesignerApi;
    designerShell?: DesignerShell;
  }
}

/**
 * The Electron preload exposes `window.designer`; in the browser the same contract runs over
 * HTTP with the per-launch token from the address fragment (kept in session storage so a
 * reload keeps working, and removed from the visible address).
 */
export function resolveApi(): DesignerApi {
  if (window.designer) return window.designer;
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem('designer-token', fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const token = fromHash ?? sessionStorage.getItem('designer-token') ?? '';
  return createHttpApi(window.location.origin, token);
}
