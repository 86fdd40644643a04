import { statfsSync } from 'node:fs';
import { messageOf } from '../../shared/errors';

/**
 * Errors the user can act on. `code` is stable (the UI and the API map it), `message` is a
 * complete English sentence that says what happened and what to do.
 */
export type ServiceErrorCode =
  | 'not-found'
  | 'invalid-design'
  | 'newer-version'
  | 'permission-denied'
  | 'read-only'
  | 'disk-full'
  | 'not-a-design-file'
  | 'not-a-file'
  | 'exists'
  | 'protected'
  | 'io'
  | 'export-failed'
  /** A file offered as a Europass or Open Badges document that is not one. */
  | 'invalid-credential'
  | 'library-corrupt'
  | 'library-unavailable'
  | 'conflict'
  /** Files that cannot be merged: copies of different designs, or a result that would not be valid. */
  | 'not-mergeable'
  /** A bilingual export asked for a language the design has no translation into. */
  | 'not-translated'
  /** A merge prepared from a version of the design the library no longer holds. */
  | 'merge-outdated';

export class ServiceError extends Error {
  override name = 'ServiceError';
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** Translates a Node file-system error into a message that says what to do. */
export function fileSystemError(error: unknown, action: 'read' | 'write', path: string): ServiceError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? new ServiceError('not-found', `The file ${path} does not exist (was it moved or renamed?).`)
        : new ServiceError('not-found', `The folder for ${path} does not exist. Choose another folder.`);
    case 'EACCES':
    case 'EPERM':
      return new ServiceError(
        'permission-denied',
        `You do not have permission to ${action} ${path}. Choose another folder or ask for access.`,
      );
    case 'EROFS':
      return new ServiceError(
        'read-only',
        `${path} is on a read-only drive. Save to another folder; nothing was changed.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new ServiceError(
        'disk-full',
        `The disk is full, so ${path} could not be saved. Free some space or save elsewhere; the previous version of the file is intact.`,
      );
    case 'EISDIR':
      return new ServiceError('io', `${path} is a folder, not a file.`);
    case 'ENOTDIR':
      return new ServiceError('not-found', `A part of ${path} is a file, not a folder. Check the path.`);
    case 'ENXIO':
      return new ServiceError(
        'not-a-file',
        `${path} is a socket or a device, not a file: design files are regular files.`,
      );
    case 'ELOOP':
      return new ServiceError('io', `${path} is a link that leads back to itself; it points to no file.`);
    case 'ENAMETOOLONG':
      return new ServiceError('io', `The path ${path.slice(0, 80)}… is too long for this system.`);
    default:
      return new ServiceError('io', `Could not ${action} ${path}: ${messageOf(error)}`);
  }
}

/** Below this, an unexplained SQLite I/O error (the shared-memory file could not grow) is a full disk. */
const LOW_SPACE_BYTES = 16 * 1024 * 1024;

function lowOnSpace(folder: string): boolean {
  try {
    const { bavail, bsize } = statfsSync(folder);
    return bavail * bsize < LOW_SPACE_BYTES;
  } catch {
    return false;
  }
}

/** What the library was doing when storage failed. */
export type LibraryAction = 'create' | 'open' | 'save';

/**
 * Translates an SQLite or file-system error of the library into a message that says what to do,
 * or returns null when `error` is not about storage (a bug, which stays an internal error).
 * SQLite's own words ("database or disk is full", "disk I/O error") never reach the user.
 */
export function storageError(error: unknown, folder?: string, action: LibraryAction = 'save'): ServiceError | null {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code !== 'string') return null;
  const where = folder ? ` in ${folder}` : '';
  const full =
    code === 'SQLITE_FULL' ||
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    (code.startsWith('SQLITE_IOERR') && folder !== undefined && lowOnSpace(folder));
  if (full)
    return new ServiceError(
      'disk-full',
      action === 'save'
        ? 'The disk is full, so this change was not saved to the library. Your last saved version is intact; free some space and it saves again.'
        : action === 'open'
          ? `The library${where} could not be opened because the disk is full. The designs in it are intact; free some space and it opens again.`
          : `The library${where} could not be created because the disk is full. Free some space and it is created on the next try.`,
    );
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return new ServiceError(
      'read-only',
      action === 'save'
        ? `The library${where} is on a read-only drive, so this change was not saved. Your last saved version is intact.`
        : `The library${where} is on a read-only drive, so Challenge Designer cannot use it. Choose a library folder on a writable drive.`,
    );
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_PERM'))
    return new ServiceError(
      'permission-denied',
      `Challenge Designer may not write to its library${where}. Choose another library folder or ask for access; nothing was changed.`,
    );
  if (code === 'ENOTDIR' || code === 'EEXIST')
    return new ServiceError(
      'io',
      `The library${where} could not be ${action === 'create' ? 'created' : 'opened'}: a file stands where its folder should be. Move that file or choose another library folder.`,
    );
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO')
    return new ServiceError(
      'io',
      `The drive of the library${where} reported an error (${code}). Your last saved version is intact; check the drive and try again.`,
    );
  return null;
}
