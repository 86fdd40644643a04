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
  | 'exists'
  | 'io'
  | 'export-failed'
  | 'library-corrupt'
  | 'conflict';

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
    default:
      return new ServiceError('io', `Could not ${action} ${path}: ${messageOf(error)}`);
  }
}
