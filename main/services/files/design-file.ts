import {
  MAX_DESIGN_FILE_BYTES,
  parseDesignBytes,
  tooLargeProblem,
  type Design,
  type ParsedDesign,
  type ParseResult,
  type Problem,
} from '../../../shared/model';
import { message } from '../../../shared/errors';
import { invalidFileError, ServiceError } from '../errors';
import { readRegularFile, readRegularFileSync, type BoundedRead } from './bounded-read';
import { writeTextDurably } from './durable-write';

/** Serialised form of a design file: stable key order, 2-space indent, final newline (diff-friendly). */
export function serialiseDesign(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}

export interface LoadedDesignFile extends ParsedDesign {
  path: string;
}

function decode(read: BoundedRead): ParseResult {
  if (read.overLimit) return { ok: false, problems: [tooLargeProblem(read.size)] };
  const { bytes } = read;
  return parseDesignBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

function loaded(path: string, result: ParseResult): LoadedDesignFile {
  if (!result.ok) throw invalidFileError(path, result.problems);
  return { path, design: result.design, fromVersion: result.fromVersion };
}

/**
 * Reads and validates a design file; throws a ServiceError that names every problem. Only
 * regular files are read, and no further than the size limit (a link to /dev/zero, a named
 * pipe or a socket is refused at once).
 */
export function readDesignFile(path: string): LoadedDesignFile {
  return loaded(path, decode(readRegularFileSync(path, MAX_DESIGN_FILE_BYTES)));
}

/** The same without blocking the process while the bytes arrive (the app's main process). */
export async function readDesignFileAsync(path: string): Promise<LoadedDesignFile> {
  return loaded(path, decode(await readRegularFile(path, MAX_DESIGN_FILE_BYTES)));
}

/**
 * Problems of the file at `path`, or null when it is absent or a valid design. Something that
 * is not a regular file (a pipe, a device) is never replaced.
 */
async function problemsOfExistingFile(path: string): Promise<Problem[] | null> {
  let read: BoundedRead;
  try {
    read = await readRegularFile(path, MAX_DESIGN_FILE_BYTES);
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'not-a-file')
      throw new ServiceError('not-a-file', message('errors.file.notRegularNotReplaced', { path }));
    return null;
  }
  const result = decode(read);
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
  const existing = await problemsOfExistingFile(path);
  if (existing && !(options.replaceNonDesign && !existing.some((p) => p.code === 'newer-version'))) {
    const newer = existing.some((p) => p.code === 'newer-version');
    throw new ServiceError(
      newer ? 'newer-version' : 'not-a-design-file',
      message(newer ? 'errors.file.newerNotOverwritten' : 'errors.file.invalidNotOverwritten', { path }),
    );
  }
  await writeTextDurably(path, serialiseDesign(design));
}
