import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isDesignFileName, MAX_DESIGN_FILE_BYTES, parseDesignBytes } from '../../../shared/model';
import { readRegularFile } from './bounded-read';

/**
 * write-file-atomic writes `<file>.<uint32>` next to the file, then renames it over the file.
 * A crash or power cut between the two leaves that temp file behind. At the first save into a
 * folder in each run, such leftovers of design files are removed, but only when all of this
 * holds: the name is exactly `<name>.cbld.<uint32>`, `<name>.cbld` is a file next to it, it is a
 * regular file (not a link), it is over a minute old (no writer is still busy with it), and it is
 * not a complete design (a torn write never is; a complete copy may be someone's own backup).
 */
const TEMP_NAME = /^(.+)\.(\d{1,10})$/;
const MAX_UINT32 = 0xffffffff;
const SETTLED_MS = 60_000;

const swept = new Set<string>();

async function isLeftover(folder: string, name: string, names: Set<string>, now: number): Promise<boolean> {
  const match = TEMP_NAME.exec(name);
  if (!match || !isDesignFileName(match[1]!) || Number(match[2]) > MAX_UINT32 || !names.has(match[1]!)) return false;
  const [temp, design] = await Promise.all([lstat(join(folder, name)), lstat(join(folder, match[1]!))]);
  if (!temp.isFile() || !design.isFile() || now - temp.mtimeMs < SETTLED_MS) return false;
  const read = await readRegularFile(join(folder, name), MAX_DESIGN_FILE_BYTES);
  return read.overLimit || !parseDesignBytes(new Uint8Array(read.bytes)).ok;
}

/** Removes the leftovers of interrupted design-file writes in `folder`; returns their names. */
export async function removeInterruptedWrites(folder: string, now = Date.now()): Promise<string[]> {
  const entries = await readdir(folder);
  const names = new Set(entries);
  const removed: string[] = [];
  for (const name of entries) {
    try {
      if (!(await isLeftover(folder, name, names, now))) continue;
      await unlink(join(folder, name));
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to touch: leave it.
    }
  }
  return removed;
}

/** Once per folder and run, before the first save there; never lets a save fail. */
export async function removeInterruptedWritesOnce(folder: string): Promise<void> {
  if (swept.has(folder)) return;
  swept.add(folder);
  await removeInterruptedWrites(folder).catch(() => undefined);
}
