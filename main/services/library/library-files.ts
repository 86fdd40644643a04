import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { message } from '../../../shared/errors';
import { ServiceError } from '../errors';

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

/** The real path of `path`, or of its nearest existing ancestor with the rest appended. */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

function isInside(path: string, folder: string): boolean {
  const [a, b] = caseInsensitive ? [path.toLowerCase(), folder.toLowerCase()] : [path, folder];
  const rel = relative(b, a);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** True when `target` exists and is the same file as one in `folder` (a hard link to it). */
function sameFileAsOneIn(target: string, folder: string): boolean {
  let wanted;
  try {
    wanted = statSync(target);
  } catch {
    return false;
  }
  try {
    return readdirSync(folder).some((name) => {
      try {
        const other = statSync(join(folder, name));
        return other.ino === wanted.ino && other.dev === wanted.dev;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/**
 * Refuses a write target that belongs to the library: its folder or anything in it (the SQLite
 * file, its -wal and -shm, the key file), also when reached through `..`, a symbolic link or a
 * hard link. An export or Save As there would destroy the library on the next start.
 */
export function refuseLibraryTarget(target: string, libraryFolder: string): void {
  const folder = realPath(libraryFolder);
  if (isInside(realPath(target), folder) || sameFileAsOneIn(target, folder))
    throw new ServiceError('protected', message('errors.library.protectedFolder', { path: target, folder }));
}
