import { join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from '../web/headers';

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
 * The file an app:// request may read, or null: a path outside the renderer folder (../, encoded
 * slashes, absolute paths) is refused, whatever the URL parser made of it.
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.split(/[\\/]/).includes('..')) return null;
  const root = normalize(rendererDir + sep);
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  return file.startsWith(root) ? file : null;
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
