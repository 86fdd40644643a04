// Start-up CPU of the built programs (issue 21): `challenge-designer --help`, `validate` on one
// design, and loading the Electron main bundle (with a stand-in `electron`, which has no binary
// here). Whole-process user+system CPU from /usr/bin/time, median of 15 runs, so a noisy shared
// machine shows in the spread rather than the figure. Needs `npm run build:main` first.
// Run: npm run bench -- startup
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 15;
const cli = 'dist/main/cli.js';
if (!existsSync(cli)) execFileSync('npm', ['run', 'build:main'], { stdio: 'inherit' });

// A stand-in `electron` for the main bundle: importing it must not start the app.
const stub = mkdtempSync(join(tmpdir(), 'cd-startup-'));
writeFileSync(
  join(stub, 'hooks.mjs'),
  `export async function resolve(specifier, context, next) {
     if (specifier === 'electron') return { url: 'data:text/javascript,export const app={};export const dialog={};export const ipcMain={};export const Menu={};export const BrowserWindow=class{};export const protocol={};export const session={};export const shell={};export const screen={};export default {};', shortCircuit: true };
     return next(specifier, context);
   }`,
);
writeFileSync(
  join(stub, 'register.mjs'),
  `import { register } from 'node:module'; register(${JSON.stringify(`file://${join(stub, 'hooks.mjs')}`)});`,
);

/** User + system CPU seconds of one run of node with `args`, as /usr/bin/time counts it. */
function cpuOf(args: string[]): number {
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], { encoding: 'utf8' });
  const line = result.stderr.trim().split('\n').at(-1)!;
  const [user, system] = line.split(' ').map(Number);
  return (user! + system!) * 1000;
}

function median(args: string[]): { median: number; min: number; max: number } {
  cpuOf(args); // warm the file cache
  const times = Array.from({ length: RUNS }, () => cpuOf(args)).sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)]!, min: times[0]!, max: times.at(-1)! };
}

const cases: [string, string[]][] = [
  ['node -e 0 (the floor: Node itself)', ['-e', '0']],
  ['challenge-designer --help', [cli, '--help']],
  ['challenge-designer validate <example>', [cli, 'validate', 'templates/examples/theme-urban-heat.cbld']],
  ['import the Electron main bundle', ['--import', join(stub, 'register.mjs'), 'dist/main/electron/main.js']],
];
for (const [name, args] of cases) {
  const { median: m, min, max } = median(args);
  console.log(
    `${name.padEnd(44)} CPU median ${m.toFixed(0).padStart(5)} ms   (min ${min.toFixed(0)}, max ${max.toFixed(0)}, ${RUNS} runs)`,
  );
}
