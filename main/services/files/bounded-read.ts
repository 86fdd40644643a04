import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { message } from '../../../shared/errors';
import { fileSystemError, ServiceError } from '../errors';

/**
 * Reading files that may be hostile: a `.cbld` that is a link to /dev/zero, a named pipe, a
 * socket, or a file that grows while it is read. The file is opened without waiting (a pipe
 * with no writer would block forever), must be a regular file, and is read only up to the
 * limit, whatever `stat` said about its size.
 */

// Opening a FIFO for reading blocks until a writer appears; O_NONBLOCK returns at once (POSIX).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 256 * 1024;

export interface BoundedRead {
  /** At most `limit` bytes. */
  bytes: Buffer;
  /** True when the file holds more than `limit` bytes (it was not read further). */
  overLimit: boolean;
  /** The size to report: what stat said, or at least what was read. */
  size: number;
}

/** What a path is when it is not a regular file: `errors.file.kind.*`, or "folder". */
function kindOf(stats: Stats): 'folder' | 'pipe' | 'socket' | 'device' | 'other' | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'pipe';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'other';
}

function refuseUnlessRegular(path: string, stats: Stats): void {
  const kind = kindOf(stats);
  if (kind === 'folder') throw new ServiceError('io', message('errors.file.isFolder', { path }));
  if (kind)
    throw new ServiceError(
      'not-a-file',
      message('errors.file.notRegular', { path, kind: message(`errors.file.kind.${kind}`) }),
    );
}

/**
 * The reading itself, for both the async and the sync reader: given the file's stats, it yields
 * each buffer to fill and receives how many bytes were read into it; it stops at end of file or
 * once the limit is passed, and returns what was read.
 */
function* boundedReading(path: string, stats: Stats, limit: number): Generator<Buffer, BoundedRead, number> {
  refuseUnlessRegular(path, stats);
  // Refuse before reading when the size alone says no; read no further than the limit otherwise.
  if (stats.size > limit) return { bytes: Buffer.alloc(0), overLimit: true, size: stats.size };
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
    const bytesRead = yield chunk;
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limit) break;
  }
  const all = Buffer.concat(chunks, total);
  const overLimit = total > limit;
  return {
    bytes: overLimit ? all.subarray(0, limit) : all,
    overLimit,
    size: overLimit ? Math.max(stats.size, total) : total,
  };
}

const asServiceError = (error: unknown, path: string) =>
  error instanceof ServiceError ? error : fileSystemError(error, 'read', path);

/** Reads a regular file, stopping after `limit` + 1 bytes. Throws a ServiceError that says why not. */
export async function readRegularFile(path: string, limit: number): Promise<BoundedRead> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    throw fileSystemError(error, 'read', path);
  }
  try {
    const reading = boundedReading(path, await handle.stat(), limit);
    for (let step = reading.next(); ;) {
      if (step.done) return step.value;
      step = reading.next((await handle.read(step.value, 0, step.value.length, null)).bytesRead);
    }
  } catch (error) {
    throw asServiceError(error, path);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The same, synchronously (the CLI, and checks before an overwrite). */
export function readRegularFileSync(path: string, limit: number): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw fileSystemError(error, 'read', path);
  }
  try {
    const reading = boundedReading(path, fstatSync(fd), limit);
    for (let step = reading.next(); ;) {
      if (step.done) return step.value;
      step = reading.next(readSync(fd, step.value, 0, step.value.length, null));
    }
  } catch (error) {
    throw asServiceError(error, path);
  } finally {
    closeSync(fd);
  }
}
