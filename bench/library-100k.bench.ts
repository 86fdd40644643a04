// Library at scale (issue #17): 100,000 designs in one library file. Opening it, `list` and
// `search` through the CLI against a raw better-sqlite3 script on the same file (whole processes,
// Node start included in both), the same calls in-process, and `serve`'s time from start to its
// first API answer. The library is filled once (a few minutes) and kept in the temp folder for
// the next run, keyed by the generator and the library schema.
// Needs `npm run build` (serve) first. Run: npm run bench -- library-100k
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library, LIBRARY_FILE } from '../main/services/library/library';
import { toFtsQuery } from '../main/services/library/search-text';
import { generatedDesign } from './designs';
import { measure, report } from './measure';
import { buildMain, CLI, fmtMs, fmtRatio, median, ROOT, runMeasured } from './process';

const COUNT = Number(process.env.BENCH_LIBRARY_SIZE ?? 100_000);
const RUNS = Number(process.env.BENCH_REPS ?? 7);
const QUERIES = ['municipality', 'flood', 'inclusive mobility'];

function cachedLibrary(): string {
  const key = createHash('sha256')
    .update(String(COUNT))
    .update(generatedDesign.toString())
    .update(readFileSync(join(ROOT, 'main', 'services', 'library', 'migrations.ts')))
    .digest('hex')
    .slice(0, 12);
  const folder = join(tmpdir(), 'challenge-designer-bench', `library-${COUNT}-${key}`);
  if (existsSync(join(folder, 'complete'))) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const start = performance.now();
  const library = Library.open(folder);
  for (let i = 0; i < COUNT; i++) {
    library.save(generatedDesign(i), 'save');
    if (i % 10_000 === 9_999)
      console.log(`  filling: ${i + 1} designs, ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
  library.close();
  writeFileSync(join(folder, 'complete'), '');
  console.log(`filled ${COUNT} designs in ${((performance.now() - start) / 1000).toFixed(0)} s`);
  return folder;
}

/** Starts `serve` on the library and times it from spawn to the answer of its first API call (the start screen's list). */
async function serveFirstAnswer(folder: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [CLI, 'serve', '--library', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<URL>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(out);
        if (match) resolve(new URL(match[1]!));
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
    const response = await fetch(`${url.origin}/api/library.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-designer-token': token },
      body: JSON.stringify({ limit: 50 }),
    });
    const body = (await response.json()) as { result?: unknown[] };
    if (body.result?.length !== 50)
      throw new Error(`serve answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
    return performance.now() - start;
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

buildMain();
if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html')))
  throw new Error('Run `npm run build` first (serve needs the UI).');
const folder = cachedLibrary();
const file = join(folder, LIBRARY_FILE);
console.log(`library: ${COUNT} designs, ${(statSync(file).size / 1e9).toFixed(2)} GB (${folder})`);

// In-process: what the app and the server pay.
const opens: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  Library.open(folder).close();
  opens.push(performance.now() - start);
}
console.log(
  `open + close, in-process: median ${fmtMs(median(opens))}  (target < 500 ms: ${median(opens) < 500 ? 'met' : 'MISSED'})`,
);
{
  // What a crash costs: a process that opened the library and is gone leaves its mark (health.ts).
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(`${file}.open-${gone.stdout}-bench`, '');
  const start = performance.now();
  Library.open(folder).close();
  console.log(`open after an unclean shutdown (full check): ${fmtMs(performance.now() - start)}`);
}
const library = Library.open(folder);
report(
  'list 50 by recent, in-process',
  measure(() => library.list({ limit: 50 }), 50, 5),
);
for (const query of QUERIES)
  report(
    `search "${query}", in-process`,
    measure(() => library.search(query), 20, 3),
  );
library.close();

// Whole processes: the CLI against a raw better-sqlite3 script on the same file.
const cases: { name: string; ours: string[]; raw: string[] }[] = [
  { name: 'list', ours: ['list', '--library', folder], raw: [join(ROOT, 'bench', 'peers', 'raw-list.mjs'), file] },
  ...QUERIES.map((query) => ({
    name: `search "${query}"`,
    ours: ['search', query, '--library', folder],
    raw: [join(ROOT, 'bench', 'peers', 'raw-search.mjs'), file, toFtsQuery(query)!],
  })),
];
for (const { name, ours, raw } of cases) {
  const oursMs: number[] = [];
  const rawMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const a = await runMeasured(process.execPath, [CLI, ...ours]);
    const b = await runMeasured(process.execPath, raw);
    if (a.code !== 0 || b.code !== 0) throw new Error(`${name} failed: ${a.stderr}${b.stderr}`);
    oursMs.push(a.wallMs);
    rawMs.push(b.wallMs);
  }
  const ratio = median(oursMs) / median(rawMs);
  console.log(
    `CLI ${name.padEnd(28)} ${fmtMs(median(oursMs)).padStart(8)}   raw better-sqlite3 ${fmtMs(median(rawMs)).padStart(7)}   ratio ${fmtRatio(median(oursMs), median(rawMs))}  (target ≤ 3×: ${ratio <= 3 ? 'met' : 'MISSED'})`,
  );
}

const serves: number[] = [];
for (let run = 0; run < Math.min(RUNS, 5); run++) serves.push(await serveFirstAnswer(folder));
console.log(
  `serve: start → first API answer (library.list): median ${fmtMs(median(serves))}  (target < 1000 ms: ${median(serves) < 1000 ? 'met' : 'MISSED'})`,
);
