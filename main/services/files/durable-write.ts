import { closeSync, fsyncSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileSystemError } from '../errors';
import { removeInterruptedWritesOnce } from './interrupted-writes';

/**
 * Writes text atomically and durably: a temp file in the same folder, fsync, rename, then an
 * fsync of the folder. A crash or a full disk leaves either the old file or the new one, never
 * a mix. The one way design and pathway files are written.
 */
export async function writeTextDurably(path: string, text: string): Promise<void> {
  await removeInterruptedWritesOnce(dirname(resolve(path)));
  // Loaded on the first write: reading a design (the CLI's validate, check, export) needs none of it.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  try {
    await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
    syncFolder(dirname(path));
  } catch (error) {
    throw fileSystemError(error, 'write', path);
  }
}

/** Makes the rename itself durable (POSIX); a no-op where folders cannot be opened (Windows). */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported on this platform: the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
