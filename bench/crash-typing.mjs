// `npm run bench:crash [-- --runs 20]`: types into a long field in Chromium for 10 s, kills the
// server with SIGKILL at a random moment, restarts it on the same library and measures what was
// lost, in two ways per run:
//   (a) the tab stays open: it must reconnect by itself and lose nothing;
//   (b) the tab dies with the server (closed without unload handlers) and a new tab opens the
//       design: everything typed more than 1 s before the kill must be there or offered back.
// Prints one line per run and the worst losses. Needs `npm run build` and /usr/bin/chromium.
// Not part of CI: 2 × 20 runs take several minutes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// BENCH_ROOT: another build of the app (e.g. an older commit in a worktree) for a before/after.
const ROOT = process.env.BENCH_ROOT ?? join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'main', 'cli.js');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;
const TYPING_MS = 10_000;
const DOWN_MS = 1_000;
const GRACE_MS = 1_000;

if (!existsSync(CLI)) {
  console.error('Build first: npm run build');
  process.exit(2);
}

function startServer(library) {
  const child = spawn(process.execPath, [CLI, 'serve', '--library', library], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match) {
        const url = new URL(match[1]);
        resolve({
          child,
          url: match[1],
          origin: url.origin,
          token: new URLSearchParams(url.hash.slice(1)).get('token'),
        });
      }
    });
    child.once('exit', (code, signal) => reject(new Error(`serve exited with ${code ?? signal}: ${errors}`)));
  });
}

const killHard = (server) =>
  new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', resolve);
    server.child.kill('SIGKILL');
  });

async function call(server, method, args = {}) {
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-designer-token': server.token },
    body: JSON.stringify(args),
  });
  return (await response.json()).result;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Characters of `words` (typed before `before`) missing from `text`, checked word by word. */
function lost(words, text, before = Infinity) {
  return words.filter((w) => w.at < before && !text.includes(w.word)).reduce((sum, w) => sum + w.word.length, 0);
}

async function openNewDesign(page, url) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start with “Challenge as method”' }).click();
  await page.getByRole('navigation', { name: 'Steps' }).first().getByRole('button', { name: 'Challenge' }).click();
  const field = page.getByRole('textbox', { name: 'Challenge statement' });
  await field.click();
  return field;
}

/** Types words ("r3w17 ") until `ms` have passed or the page goes away; returns them with times. */
async function typeFor(page, ms, words, prefix) {
  const until = Date.now() + ms;
  try {
    while (Date.now() < until) {
      const word = `${prefix}w${words.length} `;
      await page.keyboard.type(word, { delay: 25 });
      words.push({ word, at: Date.now() });
    }
  } catch {
    // The tab was closed (variant b): typing stops there.
  }
}

async function runKeptOpen(browser, run) {
  const library = mkdtempSync(join(tmpdir(), 'cd-crash-a-'));
  let server = await startServer(library);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    const field = await openNewDesign(page, server.url);
    const [{ id }] = await call(server, 'library.list');
    const words = [];
    const killAfter = 1_500 + Math.random() * (TYPING_MS - 3_000);
    const killing = (async () => {
      await sleep(killAfter);
      await killHard(server);
      const killedAt = Date.now();
      await sleep(DOWN_MS);
      server = await startServer(library);
      return killedAt;
    })();
    await typeFor(page, TYPING_MS, words, `a${run}`);
    const killedAt = await killing;
    const started = Date.now();
    // Reconnected: the tab saves what it holds, by itself.
    let status = '';
    while (Date.now() - started < 20_000) {
      status = (await page.locator('.save-status').textContent()) ?? '';
      if (status === 'All changes saved') break;
      await sleep(100);
    }
    const reconnectMs = Date.now() - started;
    const onScreen = await field.inputValue();
    const saved = (await call(server, 'library.get', { id })).challenge.statement;
    return {
      typed: words.reduce((sum, w) => sum + w.word.length, 0),
      killAfter,
      lostOnScreen: lost(words, onScreen),
      lostInLibrary: lost(words, saved),
      reconnected: status === 'All changes saved',
      reconnectMs,
      killedAt,
    };
  } finally {
    await context.close();
    await killHard(server);
    rmSync(library, { recursive: true, force: true });
  }
}

async function runTabDies(browser, run) {
  const library = mkdtempSync(join(tmpdir(), 'cd-crash-b-'));
  let server = await startServer(library);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let page = await context.newPage();
  try {
    await openNewDesign(page, server.url);
    const [{ id }] = await call(server, 'library.list');
    const words = [];
    const killAfter = 1_500 + Math.random() * (TYPING_MS - 3_000);
    let killedAt = 0;
    const killing = (async () => {
      await sleep(killAfter);
      // Both die at once: the server by SIGKILL, the tab without its unload handlers.
      killedAt = Date.now();
      await Promise.all([killHard(server), page.close({ runBeforeUnload: false })]);
    })();
    await typeFor(page, TYPING_MS, words, `b${run}`);
    await killing;
    await sleep(DOWN_MS);
    server = await startServer(library);
    page = await context.newPage();
    await page.goto(server.url);
    await page
      .getByRole('region', { name: 'Your designs' })
      .getByRole('button', { name: /^Untitled/ })
      .first()
      .click();
    const keep = page.getByRole('button', { name: 'Keep the recovered changes' });
    const offered = await keep
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    const inLibraryBefore = (await call(server, 'library.get', { id })).challenge.statement;
    if (offered) await keep.click();
    await page.getByRole('navigation', { name: 'Steps' }).first().getByRole('button', { name: 'Challenge' }).click();
    const text = await page.getByRole('textbox', { name: 'Challenge statement' }).inputValue();
    return {
      typed: words.reduce((sum, w) => sum + w.word.length, 0),
      killAfter,
      offered,
      lostBeforeGrace: lost(words, text, killedAt - GRACE_MS),
      lostAll: lost(words, text, killedAt),
      notYetInLibrary: lost(words, inLibraryBefore, killedAt),
    };
  } finally {
    await context.close();
    await killHard(server);
    rmSync(library, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const kept = [];
const died = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const a = await runKeptOpen(browser, run);
    kept.push(a);
    console.log(
      `run ${String(run + 1).padStart(2)} (a) tab kept open: typed ${a.typed} chars, kill at ${(a.killAfter / 1000).toFixed(1)} s, ` +
        `${a.reconnected ? `all saved ${(a.reconnectMs / 1000).toFixed(1)} s after the typing stopped` : 'DID NOT RECONNECT'}, ` +
        `lost on screen ${a.lostOnScreen}, lost in library ${a.lostInLibrary}`,
    );
    const b = await runTabDies(browser, run);
    died.push(b);
    console.log(
      `run ${String(run + 1).padStart(2)} (b) tab died too:   typed ${b.typed} chars, kill at ${(b.killAfter / 1000).toFixed(1)} s, ` +
        `recovery ${b.offered ? 'offered' : 'not needed'}, not yet in library at the kill ${b.notYetInLibrary}, ` +
        `lost (typed > 1 s before the kill) ${b.lostBeforeGrace}, lost (all typed before the kill) ${b.lostAll}`,
    );
  }
} finally {
  await browser.close();
}
console.log('\n## crash while typing');
console.log(`runs: ${RUNS} × (a) and (b), ${TYPING_MS / 1000} s of typing each, server down ${DOWN_MS / 1000} s`);
console.log(
  `(a) tab kept open: reconnected ${kept.filter((r) => r.reconnected).length}/${RUNS}, ` +
    `all saved a median ${(median(kept.map((r) => r.reconnectMs)) / 1000).toFixed(1)} s after the typing stopped, ` +
    `worst loss ${Math.max(...kept.map((r) => Math.max(r.lostOnScreen, r.lostInLibrary)))} chars`,
);
console.log(
  `(b) tab died too: worst loss of text typed > 1 s before the kill ${Math.max(...died.map((r) => r.lostBeforeGrace))} chars, ` +
    `worst loss of anything typed before the kill ${Math.max(...died.map((r) => r.lostAll))} chars ` +
    `(at the kill the library itself lacked up to ${Math.max(...died.map((r) => r.notYetInLibrary))} chars)`,
);
const failed =
  kept.some((r) => !r.reconnected || r.lostOnScreen || r.lostInLibrary) || died.some((r) => r.lostBeforeGrace);
process.exit(failed ? 1 : 0);
