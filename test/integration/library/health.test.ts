import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKGROUND_CHECK_INTERVAL_MS,
  LIBRARY_FILE,
  Library,
  type LibraryOptions,
} from '../../../main/services/library/library';
import { createDesign, createOutcome } from '../../../shared/model';
import { sampleDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

/** Treats every library as large: the full check then runs only after an unclean shutdown or in the background. */
const LARGE: LibraryOptions = { checkAtEveryOpenMaxBytes: 0 };

/** A library of a few dozen designs, closed cleanly. */
function filledLibrary(dir: string): void {
  const library = Library.open(dir);
  for (let i = 0; i < 40; i++) {
    const design = createDesign({ interpretation: 'theme', title: `Design ${i}` });
    design.summary = `Summary ${i} `.repeat(300);
    design.outcomes = [createOutcome({ statement: `Analyse flood risk ${i}` })];
    library.save(design);
  }
  library.close();
}

/** Overwrites pages in the middle of the file: the header still reads, the check does not pass. */
function damagePages(dir: string): void {
  const file = join(dir, LIBRARY_FILE);
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(Math.floor(size / 4), 0xab), 0, Math.floor(size / 4), Math.floor(size / 2));
  closeSync(fd);
  const db = new Database(file, { readonly: true });
  let check: unknown;
  try {
    check = db.pragma('quick_check', { simple: true });
  } catch (error) {
    check = (error as { code?: string }).code;
  }
  db.close();
  expect(check, 'the test damaged the file as intended').not.toBe('ok');
}

const markers = (dir: string) => readdirSync(dir).filter((name) => name.startsWith(`${LIBRARY_FILE}.open-`));
const damagedCopies = (dir: string) => readdirSync(dir).filter((name) => /^library\.damaged-.*\.sqlite$/.test(name));

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('library integrity without a full check at every open', () => {
  const tempDir = useTempDirs();
  afterEach(() => void vi.useRealTimers());

  it('marks the library while it is open and removes the mark on close', () => {
    const dir = tempDir();
    const library = Library.open(dir);
    expect(markers(dir)).toHaveLength(1);
    expect(markers(dir)[0]).toContain(`.open-${process.pid}-`);
    library.close();
    expect(markers(dir)).toEqual([]);
  });

  it('after a process was killed with the library open, the next open checks it and moves a damaged file aside', async () => {
    const dir = tempDir();
    filledLibrary(dir);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import { Library } from ${JSON.stringify(join(import.meta.dirname, '../../../main/services/library/library.ts'))};
         Library.open(${JSON.stringify(dir)}); console.log('open'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => chunk.includes('open') && resolve()),
    );
    const killed = new Promise((resolve) => child.once('close', resolve));
    child.kill('SIGKILL');
    await killed;
    expect(markers(dir)).toHaveLength(1);
    damagePages(dir);

    const library = Library.open(dir, LARGE);
    expect(library.notice).toMatch(/damaged.*moved to/);
    expect(damagedCopies(dir)).toHaveLength(1);
    expect(library.count()).toBe(0);
    expect(markers(dir), 'the killed process’s mark is gone, ours remains').toHaveLength(1);
    library.close();
  }, 30_000);

  it('treats a mark from a process that ended, or from before the last boot, as an unclean shutdown', () => {
    for (const stale of ['dead process', 'before boot']) {
      const dir = tempDir();
      filledLibrary(dir);
      damagePages(dir);
      const marker = join(dir, `${LIBRARY_FILE}.open-${stale === 'dead process' ? deadPid() : process.pid}-0000`);
      writeFileSync(marker, '');
      if (stale === 'before boot') utimesSync(marker, new Date(0), new Date(0));
      const library = Library.open(dir, LARGE);
      expect(library.notice, stale).toMatch(/moved to/);
      expect(markers(dir), stale).toHaveLength(1);
      library.close();
    }
  });

  it('opens a large library that was closed cleanly without reading all of it', () => {
    const dir = tempDir();
    filledLibrary(dir);
    damagePages(dir);
    // The check is skipped: the damage is not found at open (the background check finds it).
    const library = Library.open(dir, LARGE);
    expect(library.notice).toBeNull();
    library.close();
    // A small library is checked at every open, as before.
    const small = Library.open(dir);
    expect(small.notice).toMatch(/moved to/);
    small.close();
  });

  it('the background check moves a damaged library aside while it is open, and saving goes on in a fresh one', async () => {
    const dir = tempDir();
    filledLibrary(dir);
    damagePages(dir);
    const library = Library.open(dir, LARGE);
    expect(await library.checkInBackground()).toBe(true);
    expect(library.notice).toMatch(/damaged.*moved to .*library\.damaged-/);
    expect(damagedCopies(dir)).toHaveLength(1);
    library.save(sampleDesign());
    expect(library.list().map((d) => d.id)).toEqual([sampleDesign().id]);
    expect(library.integrityCheck()).toBe('ok');
    library.close();
  });

  it('runs the background check when due, at most once a day, in long-running processes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let now = Date.parse('2026-03-01T09:00:00Z');
    const options: LibraryOptions = { ...LARGE, backgroundCheck: true, now: () => now };
    const dir = tempDir();
    filledLibrary(dir);

    // Never checked: due. It passes and is recorded.
    let library = Library.open(dir, options);
    const passed = vi.spyOn(library, 'checkInBackground');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(passed).toHaveBeenCalledTimes(1);
    expect(await passed.mock.results[0]!.value).toBe(false);
    library.close();

    damagePages(dir);
    // Checked an hour ago: not due, the damage goes unnoticed for now.
    now += 60 * 60 * 1000;
    library = Library.open(dir, options);
    const skipped = vi.spyOn(library, 'checkInBackground');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(skipped).not.toHaveBeenCalled();
    library.close();

    // A day later: due again, and it finds the damage.
    now += BACKGROUND_CHECK_INTERVAL_MS;
    library = Library.open(dir, options);
    const found = vi.spyOn(library, 'checkInBackground');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await found.mock.results[0]!.value).toBe(true);
    expect(library.notice).toMatch(/moved to/);
    library.close();
  });

  it('a one-off command (no background check) leaves a large library unchecked and quick to open', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const dir = tempDir();
    filledLibrary(dir);
    const library = Library.open(dir, LARGE);
    expect(vi.getTimerCount()).toBe(0);
    library.close();
  });
});

describe('library search at scale', () => {
  const tempDir = useTempDirs();

  it('ranks in the index first, yet trashed designs never leave a page of results short', () => {
    const library = Library.open(tempDir());
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      // The first ten say "flood" three times in the title: they rank best, and go to the trash.
      const design = createDesign({ interpretation: 'theme', title: i < 10 ? `Flood flood flood ${i}` : `Flood ${i}` });
      library.save(design);
      ids.push(design.id);
    }
    for (const id of ids.slice(0, 10)) library.trash(id);
    const page = library.search('flood', 10);
    expect(page).toHaveLength(10);
    expect(page.every((d) => d.deletedAt === null)).toBe(true);
    expect(library.search('flood')).toHaveLength(20);
    library.restoreFromTrash(ids[0]!);
    expect(library.search('flood', 10)[0]!.id, 'best match first').toBe(ids[0]);
    library.close();
  });
});
