import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Translate } from '../../shared/i18n';
import { errorMessage, messageOf } from '../../shared/errors';
import { isDesignFileName } from '../../shared/model';
import { fileSystemError, ServiceError } from '../services/errors';
import { Library, LIBRARY_FILE } from '../services/library/library';
import { defaultLibraryFolder } from '../services/paths';

/**
 * Windows groups taskbar buttons, jump lists and notifications by this id; it must equal the
 * installer's `appId` (electron-builder.yml), which the NSIS shortcuts carry.
 */
export const APP_USER_MODEL_ID = 'eu.challenge-designer.app';

/** The value of `--library DIR` or `--library=DIR`, as the CLI spells it; null when absent. */
function libraryArgument(argv: string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--library=')) return arg.slice('--library='.length) || null;
    if (arg === '--library') return argv[i + 1] ?? null;
  }
  return null;
}

/**
 * The library the desktop app opens: `--library DIR`, else the CLI's own choice
 * (CHALLENGE_DESIGNER_LIBRARY, else the app's data folder), so both always share one library.
 */
export function libraryFolder(argv: string[], cwd: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const fromArgs = libraryArgument(argv);
  return fromArgs ? resolve(cwd, fromArgs) : defaultLibraryFolder(env, platform);
}

/** The command line without `--library` (to start again with another one). */
export function withoutLibraryArgument(argv: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--library') i++;
    else if (!argv[i]!.startsWith('--library=')) kept.push(argv[i]!);
  }
  return kept;
}

/**
 * Design files named on a command line ("open with", a second launch), resolved against that
 * launch's own working directory; files that do not exist are dropped.
 */
export function designFilesIn(argv: string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && isDesignFileName(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)))
    .filter((path) => existsSync(path));
}

/** Designs read per query when adopting an earlier library. */
const PAGE = 500;

/**
 * Until the app set its data folder itself, the desktop app kept its library apart from the
 * CLI's, in Electron's default folder named after package.json (~/.config/challenge-designer).
 * Its designs come into the shared library once: the whole file (revisions and all) when the
 * shared library does not exist yet; otherwise every design the shared library lacks, and the
 * old file is kept as library.adopted-<time>.sqlite. Returns how many designs came over.
 */
export function adoptEarlierLibrary(earlierFolder: string, folder: string, now = Date.now()): number {
  const earlier = join(earlierFolder, LIBRARY_FILE);
  if (resolve(earlierFolder) === resolve(folder) || !existsSync(earlier)) return 0;
  const target = join(folder, LIBRARY_FILE);
  const suffixes = ['', '-wal', '-shm'];
  if (!existsSync(target)) {
    mkdirSync(folder, { recursive: true });
    // The main file last: a library file without its write-ahead log would lose recent saves.
    for (const suffix of [...suffixes].reverse())
      if (existsSync(earlier + suffix)) renameSync(earlier + suffix, target + suffix);
    const library = Library.open(folder);
    const count = library.count();
    library.close();
    return count;
  }
  const from = Library.open(earlierFolder);
  const into = Library.open(folder);
  let adopted = 0;
  try {
    for (const trash of [false, true])
      for (let offset = 0; ; offset += PAGE) {
        const page = from.list({ trash, limit: PAGE, offset });
        if (page.length === 0) break;
        for (const { id } of page) {
          if (into.has(id)) continue;
          into.save(from.get(id), 'import');
          if (trash) into.trash(id);
          adopted++;
        }
      }
  } finally {
    from.close();
    into.close();
  }
  const kept = join(earlierFolder, `library.adopted-${new Date(now).toISOString().replace(/[:.]/g, '-')}.sqlite`);
  for (const suffix of suffixes) if (existsSync(earlier + suffix)) renameSync(earlier + suffix, kept + suffix);
  return adopted;
}

/** What a second launch passes to the running one (Electron's argv may be reordered or extended). */
export interface LaunchData {
  argv: string[];
  cwd: string;
  library: string;
}

export function launchDataFrom(value: unknown): Partial<LaunchData> {
  if (typeof value !== 'object' || value === null) return {};
  const { argv, cwd, library } = value as Record<string, unknown>;
  return {
    argv: Array.isArray(argv) && argv.every((arg) => typeof arg === 'string') ? argv : undefined,
    cwd: typeof cwd === 'string' ? cwd : undefined,
    library: typeof library === 'string' ? library : undefined,
  };
}

export interface StartupProblem {
  message: string;
  detail: string;
  /** The library could not be used: offer to start with another one. */
  library: boolean;
}

/** A start-up error as a message that says what happened and what to do. */
export function startupProblem(error: unknown, folder: string, t: Translate): StartupProblem {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof ServiceError && error.code === 'newer-version')
    return {
      message: t('startup.newerLibrary'),
      detail: t('startup.newerLibraryDetail', { folder }),
      library: true,
    };
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return { message: t('startup.libraryBusy'), detail: t('startup.libraryBusyDetail', { folder }), library: true };
  if (error instanceof ServiceError || (typeof code === 'string' && /^E[A-Z]+$/.test(code)) || isSqlite(code))
    return {
      message: t('startup.libraryUnavailable'),
      detail: t('startup.libraryUnavailableDetail', { folder, reason: reasonOf(error, folder, t) }),
      library: true,
    };
  return {
    message: t('startup.failed'),
    detail: t('startup.failedDetail', { folder, reason: messageOf(error) }),
    library: false,
  };
}

const isSqlite = (code: unknown) => typeof code === 'string' && code.startsWith('SQLITE_');

/** Why the library cannot be used, in the UI language (a service's message by its key). */
function reasonOf(error: unknown, folder: string, t: Translate): string {
  if (error instanceof ServiceError) return errorMessage(t, error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !isSqlite(code)
    ? errorMessage(t, fileSystemError(error, 'write', folder))
    : messageOf(error);
}
