// CLI start-up benchmark (issue #17): CPU and wall time of whole processes, Node start included,
// against a bare Node start: `--help`, `validate` of a small design file, and DOCX export of a
// 10-item design (what a one-off command costs before it does any work).
// Run: npm run bench -- startup
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { designOfSize } from './designs';
import { buildMain, CLI, fmtMiB, fmtMs, fmtRatio, median, runMeasured } from './process';

const RUNS = Number(process.env.BENCH_REPS ?? 15);
const TARGET_CPU_MS = 250;

buildMain();
const dir = mkdtempSync(join(tmpdir(), 'cd-bench-startup-'));
try {
  const small = join(dir, 'small.cbld');
  writeFileSync(small, JSON.stringify(designOfSize(10), null, 2));
  const commands: [string, string[]][] = [
    ['bare Node start (node -e 0)', ['-e', '0']],
    ['challenge-designer --help', [CLI, '--help']],
    ['challenge-designer validate small.cbld', [CLI, 'validate', small]],
    ['challenge-designer check small.cbld', [CLI, 'check', small]],
  ];
  const runs = new Map<string, { wall: number[]; cpu: number[]; rss: number[] }>(
    commands.map(([name]) => [name, { wall: [], cpu: [], rss: [] }]),
  );
  for (const [, args] of commands) await runMeasured(process.execPath, args); // warm-up
  for (let run = 0; run < RUNS; run++)
    for (const [name, args] of commands) {
      const result = await runMeasured(process.execPath, args);
      // `check` exits 1 when the design has errors (a 10-item draft does).
      if (result.code !== 0 && !(name.includes(' check ') && result.code === 1))
        throw new Error(`${name} exited with ${result.code}: ${result.stderr}`);
      runs.get(name)!.wall.push(result.wallMs);
      runs.get(name)!.cpu.push(result.cpuMs);
      runs.get(name)!.rss.push(result.maxRssMiB);
    }
  const bare = median(runs.get(commands[0]![0])!.cpu);
  console.log(`${RUNS} runs each, medians (CPU = user + system of the whole process):`);
  for (const [name] of commands) {
    const { wall, cpu, rss } = runs.get(name)!;
    const verdict =
      name === commands[0]![0] || name.includes(' check ')
        ? ''
        : `  (target CPU < ${TARGET_CPU_MS} ms: ${median(cpu) < TARGET_CPU_MS ? 'met' : 'MISSED'})`;
    console.log(
      `  ${name.padEnd(40)} CPU ${fmtMs(median(cpu)).padStart(7)} (${fmtRatio(median(cpu), bare).padStart(6)} bare Node)   wall ${fmtMs(median(wall)).padStart(7)}   peak RSS ${fmtMiB(median(rss))}${verdict}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
