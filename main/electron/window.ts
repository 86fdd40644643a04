import { BrowserWindow, protocol, session, shell } from 'electron';
import { readStaticFile } from '../transport/static-files';
import { APP_ENTRY, APP_SCHEME, ELECTRON_CSP, isAppUrl, isSafeExternalUrl } from './security';
import { DEFAULT_SIZE, MIN_SIZE, type WindowPlacement } from './window-state';
import { PRODUCT_NAME } from '../../shared/product';

/** Must run before `app` is ready: app:// behaves like https (secure, standard, fetchable). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves dist/renderer on app://bundle with the CSP; anything outside that folder is a 404. */
export async function serveAppRequest(rendererDir: string, url: string): Promise<Response> {
  const file = isAppUrl(url) ? await readStaticFile(rendererDir, new URL(url).pathname) : null;
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'content-type': file.contentType,
      'content-security-policy': ELECTRON_CSP,
      'x-content-type-options': 'nosniff',
    },
  });
}

/** After ready: the app:// handler, and a session that grants no permission to anyone. */
export function prepareSession(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/**
 * The one window: sandboxed, isolated, unable to navigate away or open others; where the user
 * left it when a placement is given (window-state.ts).
 */
export function createMainWindow(
  preload: string,
  { placement, icon }: { placement?: WindowPlacement; icon?: string } = {},
): BrowserWindow {
  const { maximized, ...bounds } = placement ?? { ...DEFAULT_SIZE, maximized: false };
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    ...(icon ? { icon } : {}),
    show: false,
    title: PRODUCT_NAME,
    backgroundColor: '#f4f6f9',
    // Written out here, not built elsewhere, so electronegativity can read what ships.
    webPreferences: {
      preload, // eng-disable PRELOAD_JS_CHECK: reviewed; exposes only the contract (preload.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser, never inside the app.
    if (isSafeExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: https only
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => {
    // Before show: maximize() on a hidden window would show it early, unpainted.
    if (maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY);
  return window;
}
