import { join, normalize, sep } from 'node:path';
import { readRegularFile } from '../services/files/bounded-read';
import { contentType } from './headers';

/**
 * The renderer's files, for both transports: the Electron app:// handler and the loopback
 * server's static files go through this one path check and this one reader.
 */

/** The built renderer is a few MB; anything far bigger in its folder is not ours to serve. */
const MAX_STATIC_BYTES = 32 * 1024 * 1024;

/**
 * The file a request path (still percent-encoded, no query) may read inside `root`, or null:
 * malformed encodings, NUL bytes, backslashes, `..` segments (also encoded) and anything that
 * would resolve outside `root` are refused, whatever a URL parser made of them.
 */
export function resolveStaticFile(root: string, encodedPath: string): string | null {
  if (!encodedPath.startsWith('/')) return null;
  let path: string;
  try {
    path = decodeURIComponent(encodedPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null;
  const base = normalize(root + sep);
  const file = normalize(join(base, path === '/' ? 'index.html' : path));
  return file.startsWith(base) && file.length > base.length ? file : null;
}

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads a renderer file for a request path: null when refused, missing or not a regular file. */
export async function readStaticFile(root: string, encodedPath: string): Promise<StaticFile | null> {
  const file = resolveStaticFile(root, encodedPath);
  if (!file) return null;
  try {
    const { bytes, overLimit } = await readRegularFile(file, MAX_STATIC_BYTES);
    return overLimit ? null : { body: bytes, contentType: contentType(file) };
  } catch {
    return null;
  }
}
