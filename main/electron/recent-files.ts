import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

const LIMIT = 10;

/**
 * The Open Recent list: newest first, no duplicates, files that disappeared dropped. Kept in
 * recent-files.json in the app's data folder; losing it costs nothing, so a bad file is ignored.
 */
export class RecentFiles {
  private paths: string[];

  constructor(
    private readonly file: string,
    private readonly exists: (path: string) => boolean = existsSync,
  ) {
    this.paths = this.read().filter((path) => this.exists(path));
  }

  static in(folder: string): RecentFiles {
    return new RecentFiles(join(folder, 'recent-files.json'));
  }

  list(): string[] {
    return [...this.paths];
  }

  add(path: string): void {
    this.paths = [path, ...this.paths.filter((known) => known !== path)].slice(0, LIMIT);
    try {
      writeFileAtomic.sync(this.file, JSON.stringify(this.paths, null, 2));
    } catch {
      // The menu still shows the list for this session; nothing else depends on the file.
    }
  }

  private read(): string[] {
    try {
      const value: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return Array.isArray(value)
        ? value.filter((item): item is string => typeof item === 'string').slice(0, LIMIT)
        : [];
    } catch {
      return [];
    }
  }
}
