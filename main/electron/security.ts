import { contentSecurityPolicy } from '../transport/headers';
import { resolveStaticFile } from '../transport/static-files';

/** Pages come from app://bundle/…, a privileged scheme mapped onto dist/renderer only. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bundle`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;
export const ELECTRON_CSP = contentSecurityPolicy("'none'");

/** True for our own pages (app://bundle/…); everything else is foreign. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'bundle';
  } catch {
    return false;
  }
}

/**
 * The file an app:// request may read, or null: the same path check as the loopback server's
 * static files (../, encoded slashes, backslashes, NUL and malformed encodings are refused).
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  return resolveStaticFile(rendererDir, new URL(url).pathname);
}

/** Links a user clicks may open in the system browser: https only, never files or custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The IPC sender must be our window's top frame showing one of our pages. */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  expectedFrame: unknown,
): boolean {
  return !!frame && frame === expectedFrame && frame.parent === null && isAppUrl(frame.url);
}
