import { closeSync, fsyncSync, openSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {
  MAX_DESIGN_FILE_BYTES,
  parseDesignBytes,
  tooLargeProblem,
  type Design,
  type ParsedDesign,
  type Problem,
} from '../../../shared/model';
import { fileSystemError, ServiceError } from '../errors';

/** Serialised form of a design file: stable key order, 2-space indent, final newline (diff-friendly). */
export function serialiseDesign(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}

export interface LoadedDesignFile extends ParsedDesign {
  path: string;
}

function invalidFileError(path: string, problems: Problem[]): ServiceError {
  const newer = problems.find((p) => p.code === 'newer-version');
  if (newer) return new ServiceError('newer-version', newer.message, [newer.message]);
  const details = problems.map((p) => p.message);
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return new ServiceError('invalid-design', `${path} could not be opened: it has ${count}. ${details[0]}`, details);
}

/** Reads and validates a design file; throws a ServiceError that names every problem. */
export function readDesignFile(path: string): LoadedDesignFile {
  let bytes: Buffer;
  try {
    const { size } = statSync(path);
    // Refuse before reading: no need to load a 1 GB file to say it is not a design.
    if (size > MAX_DESIGN_FILE_BYTES) throw invalidFileError(path, [tooLargeProblem(size)]);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw fileSystemError(error, 'read', path);
  }
  const result = parseDesignBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!result.ok) throw invalidFileError(path, result.problems);
  return { path, design: result.design, fromVersion: result.fromVersion };
}

/** Problems of the file at `path`, or null when it is absent or a valid design. */
function problemsOfExistingFile(path: string): Problem[] | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const result = parseDesignBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return result.ok ? null : result.problems;
}

export interface WriteOptions {
  /** Save As onto a file that is not a design (the user confirmed replacing it). */
  replaceNonDesign?: boolean;
}

/**
 * Writes a design atomically: a temp file in the same folder, fsync, rename, fsync of the folder.
 * A crash or a full disk leaves either the old file or the new one, never a mix. A file that
 * is not a valid design (it failed to load, or is from a newer version) is never overwritten.
 */
export async function writeDesignFile(path: string, design: Design, options: WriteOptions = {}): Promise<void> {
  const existing = problemsOfExistingFile(path);
  if (existing && !(options.replaceNonDesign && !existing.some((p) => p.code === 'newer-version'))) {
    const newer = existing.some((p) => p.code === 'newer-version');
    throw new ServiceError(
      newer ? 'newer-version' : 'not-a-design-file',
      newer
        ? `${path} was made by a newer version of Challenge Designer; it was not overwritten. Save under another name.`
        : `${path} is not a valid design file, so it was not overwritten. Save under another name.`,
    );
  }
  try {
    await writeFileAtomic(path, serialiseDesign(design), { encoding: 'utf8', fsync: true });
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
