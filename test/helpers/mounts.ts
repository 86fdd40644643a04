import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Small tmpfs mounts to produce real "disk full" and "read-only" errors. Needs root (CI runs as
 * root); elsewhere the tests that use it are skipped, but never in CI, where they must run.
 */
export function canMount(): boolean {
  if (process.env.CI === 'true') return true;
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'cd-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

export interface TinyDisk {
  dir: string;
  readOnly(): void;
  dispose(): void;
}

export function mountTinyDisk(sizeKb: number): TinyDisk {
  const dir = mkdtempSync(join(tmpdir(), 'cd-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  return {
    dir,
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir]),
    dispose: () => {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Appends to a file until the disk refuses: the disk is then really full. */
export function fillDisk(path: string): void {
  const chunk = Buffer.alloc(1024, 1);
  try {
    for (;;) appendFileSync(path, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}
