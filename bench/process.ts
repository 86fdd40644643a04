// Whole-process measurements for the benchmarks that compare us with other programs: wall time,
// CPU (user + system, children included) and peak memory, the way a user pays for a command.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
/** The CLI as users start it (the `challenge-designer` bin). */
export const CLI = join(ROOT, 'bin', 'challenge-designer.js');
const TIME = '/usr/bin/time';

export interface ProcessRun {
  wallMs: number;
  /** User + system CPU of the process and the children it waited for (NaN without /usr/bin/time). */
  cpuMs: number;
  /** Peak resident memory of the largest single process, from getrusage (NaN without /usr/bin/time). */
  maxRssMiB: number;
  /** Peak proportional memory (PSS) of the whole process tree, sampled every 20 ms (when asked). */
  treePssMiB: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Sample the PSS of the process tree (costs some CPU: use in a separate memory pass). */
  sampleTree?: boolean;
}

export const hasProgram = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function treePssKiB(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const match = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      total += Number(match?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
    stack.push(...children(pid));
  }
  return total;
}

/** Runs a command to its end and measures it as a whole. */
export function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<ProcessRun> {
  const timed = existsSync(TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'cd-bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const start = performance.now();
  const child = timed
    ? spawn(TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args], { cwd: options.cwd, env: options.env })
    : spawn(command, args, { cwd: options.cwd, env: options.env });
  let stdout = '';
  let stderr = '';
  let peakKiB = 0;
  const sampler = options.sampleTree
    ? setInterval(() => (peakKiB = Math.max(peakKiB, treePssKiB(child.pid!))), 20)
    : undefined;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      clearInterval(sampler);
      let cpuMs = NaN;
      let maxRssMiB = NaN;
      if (timed && existsSync(timeFile)) {
        // The file may start with "Command exited with non-zero status N".
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuMs = (last[1]! + last[2]!) * 1000;
        maxRssMiB = last[3]! / 1024;
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ wallMs, cpuMs, maxRssMiB, treePssMiB: peakKiB / 1024, code, stdout, stderr });
    });
  });
}

export const median = (values: number[]): number => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)]!;
};

/** Builds the CLI from the current sources, so the figures are never those of a stale bundle. */
export function buildMain(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-main.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('building the CLI failed');
}

export const fmtMs = (ms: number) =>
  Number.isNaN(ms) ? '   n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
export const fmtMiB = (mib: number) => (Number.isNaN(mib) || mib === 0 ? 'n/a' : `${mib.toFixed(0)} MiB`);
export const fmtRatio = (ours: number, theirs: number) =>
  Number.isNaN(ours) || Number.isNaN(theirs) || theirs === 0 ? 'n/a' : `${(ours / theirs).toFixed(2)}×`;
