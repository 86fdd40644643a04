// Response headers shared by the loopback server and the app:// protocol (both transports import this).
import { extname } from 'node:path';

/**
 * The page's Content Security Policy: only our own scripts and styles, no plugins, no frames,
 * no form posts. Inline style attributes are allowed (React sets SDG colours with them);
 * inline scripts are not. `connect` says where the page may send requests: the loopback API
 * in the browser, nowhere in Electron (it talks over IPC).
 */
export function contentSecurityPolicy(connect: "'self'" | "'none'"): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/** The Content-Type of a renderer file, for both the loopback server and app://. */
export const contentType = (file: string) => CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
