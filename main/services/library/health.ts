import { randomBytes } from 'node:crypto';
// A namespace import: bundles that define their own `createRequire` banner must not see a second one.
import * as nodeModule from 'node:module';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Which opens of a library run the full check (`PRAGMA quick_check`, which reads the whole file:
 * about a second per GB). Every process that opens the library leaves a marker next to it
 * (`library.sqlite.open-<pid>-<random>`) and removes it on close; a marker whose process is gone
 * means that process did not close the library (a crash, a kill, a power cut), so the next open
 * checks the file before anything is written to it. A marker older than the machine's last boot
 * is stale whatever its process id says.
 */
export interface LibrarySession {
  /** Markers of processes that are gone: the library was not closed cleanly. */
  readonly stale: string[];
  /** This process could not leave its marker (a read-only folder): check, to be safe. */
  readonly unmarked: boolean;
  /** Deletes the stale markers (the check they asked for has run). */
  clearStale(): void;
  /** Deletes this process's marker (the library is closed). */
  end(): void;
}

const MARKER = '.open-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function beginSession(file: string): LibrarySession {
  const folder = dirname(file);
  const prefix = basename(file) + MARKER;
  const bootedAt = Date.now() - uptime() * 1000;
  const stale = readdirSync(folder)
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(folder, name))
    .filter((marker) => {
      const pid = Number(basename(marker).slice(prefix.length).split('-')[0]);
      try {
        return !Number.isInteger(pid) || !alive(pid) || statSync(marker).mtimeMs < bootedAt;
      } catch {
        return false; // removed meanwhile by its own process: it closed cleanly
      }
    });
  let own: string | null = join(folder, `${prefix}${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(own, `${new Date().toISOString()}\n`, { flag: 'wx' });
  } catch {
    own = null; // SQLite reports a folder it cannot write to in its own words
  }
  return {
    stale,
    unmarked: own === null,
    clearStale: () =>
      stale.forEach((marker) => {
        try {
          rmSync(marker, { force: true });
        } catch {
          // Left in place, the marker asks for one more check at the next open: harmless.
        }
      }),
    end: () => void (own && rmSync(own, { force: true })),
  };
}

/** The worker's code: its own read-only connection, so the check never blocks the app's thread. */
const CHECK_IN_WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  parentPort.postMessage({ result: String(db.pragma('quick_check', { simple: true })) });
} catch (error) {
  parentPort.postMessage({ code: error.code, message: error.message });
} finally {
  db?.close();
}`;

export interface CheckOutcome {
  /** 'ok', or what SQLite found. */
  result?: string;
  /** The error that stopped the check (SQLITE_CORRUPT and SQLITE_NOTADB mean damage too). */
  code?: string;
  message?: string;
}

/** Runs `PRAGMA quick_check` on the library file in a worker thread; `stop` ends it early. */
export function quickCheckInWorker(file: string): { outcome: Promise<CheckOutcome>; stop: () => Promise<void> } {
  const driver = nodeModule.createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECK_IN_WORKER, { eval: true, workerData: { driver, file } });
  worker.unref();
  const outcome = new Promise<CheckOutcome>((resolve) => {
    worker.once('message', (message: CheckOutcome) => resolve(message));
    worker.once('error', (error) => resolve({ code: 'worker', message: error.message }));
    worker.once('exit', () => resolve({ code: 'stopped' }));
  });
  return { outcome, stop: async () => void (await worker.terminate()) };
}
