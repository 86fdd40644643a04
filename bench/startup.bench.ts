// Start-up benchmark (issues #17 and #21): CPU, wall time and peak memory of whole processes,
// Node start included, against a bare Node start: `--help`, `validate` and `check` of a small
// design file, and loading the Electron main bundle (with a stand-in `electron`, which has no
// binary here): what a one-off command or the app costs before it does any work.
// CPU is user + system from /usr/bin/time; medians of BENCH_REPS runs (15 by default), so a
// noisy shared machine shows in the spread rather than the figure.
// Run: npm run bench -- startup
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { designOfSize } from './designs';
import { buildMain, CLI, fmtMiB, fmtMs, fmtRatio, median, ROOT, runMeasured } from './process';

const RUNS = Number(process.env.BENCH_REPS ?? 15);
const TARGET_CPU_MS = 250;

buildMain();
const dir = mkdtempSync(join(tmpdir(), 'cd-bench-startup-'));
try {
  const small = join(dir, 'small.cbld');
  writeFileSync(small, JSON.stringify(designOfSize(10), null, 2));
  // A stand-in `electron` for the main bundle: importing it must not start the app.
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `export async function resolve(specifier, context, next) {
       if (specifier === 'electron') return { url: 'data:text/javascript,export const app={};export const dialog={};export const ipcMain={};export const Menu={};export const BrowserWindow=class{};export const protocol={};export const session={};export const shell={};export const screen={};export default {};', shortCircuit: true };
       return next(specifier, context);
     }`,
  );
  writeFileSync(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module'; register(${JSON.stringify(`file://${join(dir, 'hooks.mjs')}`)});`,
  );
  const commands: [string, string[], { target?: boolean; exitCodes?: number[] }][] = [
    ['bare Node start (node -e 0)', ['-e', '0'], {}],
    ['challenge-designer --help', [CLI, '--help'], { target: true }],
    ['challenge-designer validate small.cbld', [CLI, 'validate', small], { target: true }],
    [
      'challenge-designer validate <example>',
      [CLI, 'validate', join(ROOT, 'templates/examples/theme-urban-heat.cbld')],
      { target: true },
    ],
    // In another language (issue 18): the CLI loads that language's messages only, no i18next.
    ['challenge-designer --lang de --help', [CLI, '--lang', 'de', '--help'], { target: true }],
    [
      'challenge-designer --lang fr validate <example>',
      [CLI, '--lang', 'fr', 'validate', join(ROOT, 'templates/examples/theme-urban-heat.cbld')],
      { target: true },
    ],
    // `check` exits 1 when the design has errors (a 10-item draft does).
    ['challenge-designer check small.cbld', [CLI, 'check', small], { exitCodes: [0, 1] }],
    [
      'import the Electron main bundle',
      ['--import', join(dir, 'register.mjs'), join(ROOT, 'dist/main/electron/main.js')],
      {},
    ],
  ];
  const runs = new Map<string, { wall: number[]; cpu: number[]; rss: number[] }>(
    commands.map(([name]) => [name, { wall: [], cpu: [], rss: [] }]),
  );
  for (const [, args] of commands) await runMeasured(process.execPath, args); // warm the file cache
  for (let run = 0; run < RUNS; run++)
    for (const [name, args, { exitCodes = [0] }] of commands) {
      const result = await runMeasured(process.execPath, args);
      if (!exitCodes.includes(result.code ?? -1))
        throw new Error(`${name} exited with ${result.code}: ${result.stderr}`);
      runs.get(name)!.wall.push(result.wallMs);
      runs.get(name)!.cpu.push(result.cpuMs);
      runs.get(name)!.rss.push(result.maxRssMiB);
    }
  const bare = median(runs.get(commands[0]![0])!.cpu);
  console.log(`${RUNS} runs each, medians (CPU = user + system of the whole process):`);
  for (const [name, , { target }] of commands) {
    const { wall, cpu, rss } = runs.get(name)!;
    const verdict = target
      ? `  (target CPU < ${TARGET_CPU_MS} ms: ${median(cpu) < TARGET_CPU_MS ? 'met' : 'MISSED'})`
      : '';
    console.log(
      `  ${name.padEnd(48)} CPU ${fmtMs(median(cpu)).padStart(7)} (${fmtRatio(median(cpu), bare).padStart(6)} bare Node)   wall ${fmtMs(median(wall)).padStart(7)}   peak RSS ${fmtMiB(median(rss))}${verdict}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
