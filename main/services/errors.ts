import { statfsSync } from 'node:fs';
import { DescribedError, message, messageOf, type MessageParams } from '../../shared/errors';
import type { Problem } from '../../shared/model/validate';

/**
 * Errors the user can act on. `code` is stable (the UI and the API map it); the sentence says
 * what happened and what to do: `key` and `params` in the message catalogue (shared/i18n,
 * `errors.*`), `message` its English (logs, fallback). Details are keyed the same way.
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

export class ServiceError extends DescribedError<ServiceErrorCode> {
  override name = 'ServiceError';
}

/** A design or pathway file that could not be opened: how many problems, the first, and each as a detail. */
export function invalidFileError(path: string, problems: readonly Problem[]): ServiceError {
  const newer = problems.find((p) => p.code === 'newer-version');
  if (newer) return new ServiceError('newer-version', newer, [newer]);
  return new ServiceError(
    'invalid-design',
    message('errors.file.problems', { path, count: problems.length, first: problems[0]! }),
    problems,
  );
}

/** Translates a Node file-system error into a message that says what to do. */
export function fileSystemError(error: unknown, action: 'read' | 'write', path: string): ServiceError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const said = (key: string, params: MessageParams = {}) => message(`errors.file.${key}`, { path, ...params });
  switch (code) {
    case 'ENOENT':
      return new ServiceError('not-found', said(action === 'read' ? 'missing' : 'folderMissing'));
    case 'EACCES':
    case 'EPERM':
      return new ServiceError('permission-denied', said(action === 'read' ? 'noPermissionRead' : 'noPermissionWrite'));
    case 'EROFS':
      return new ServiceError('read-only', said('readOnly'));
    case 'ENOSPC':
    case 'EDQUOT':
      return new ServiceError('disk-full', said('diskFull'));
    case 'EISDIR':
      return new ServiceError('io', said('isFolder'));
    case 'ENOTDIR':
      return new ServiceError('not-found', said('partNotFolder'));
    case 'ENXIO':
      return new ServiceError('not-a-file', said('socketOrDevice'));
    case 'ELOOP':
      return new ServiceError('io', said('linkLoop'));
    case 'ENAMETOOLONG':
      return new ServiceError('io', said('pathTooLong', { path: path.slice(0, 80) }));
    default:
      return new ServiceError(
        'io',
        said(action === 'read' ? 'readFailed' : 'writeFailed', { reason: messageOf(error) }),
      );
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
  // Each sentence with and without the folder ("fullOpenIn", "fullOpen"): a folder mid-sentence changes its grammar.
  const said = (key: string, params: MessageParams = {}) =>
    message(`errors.library.${key}${folder ? 'In' : ''}`, folder ? { folder, ...params } : params);
  const full =
    code === 'SQLITE_FULL' ||
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    (code.startsWith('SQLITE_IOERR') && folder !== undefined && lowOnSpace(folder));
  if (full)
    return new ServiceError(
      'disk-full',
      action === 'save' ? message('errors.library.fullSave') : said(action === 'open' ? 'fullOpen' : 'fullCreate'),
    );
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return new ServiceError('read-only', said(action === 'save' ? 'readOnlySave' : 'readOnlyUse'));
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_PERM'))
    return new ServiceError('permission-denied', said('noPermission'));
  if (code === 'ENOTDIR' || code === 'EEXIST')
    return new ServiceError('io', said(action === 'create' ? 'fileInPlaceCreate' : 'fileInPlaceOpen'));
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return new ServiceError('io', said('driveError', { code }));
  return null;
}
