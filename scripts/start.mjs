#!/usr/bin/env node
// `npm start` after the build: the desktop app when Electron's binary is there (or can be
// downloaded now), and otherwise, in one line, why not and the browser mode instead
// (`challenge-designer serve --open`), so a locked-down laptop still gets the app.
//
// Arguments after `npm start --` go to either (`--library DIR` works in both).
// CHALLENGE_DESIGNER_NO_BROWSER=1 starts the browser mode without opening a browser (tests).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the electron package is (overridable so a test can point at one without a binary). */
const electronDir = () => process.env.CHALLENGE_DESIGNER_ELECTRON_DIR || join(ROOT, 'node_modules', 'electron');

/**
 * The Electron binary the electron package installed, or null: the same test as the package's
 * own install.js (its dist/version is the package's version and path.txt names a file that exists).
 */
export function electronBinary(dir = electronDir()) {
  try {
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const installed = readFileSync(join(dir, 'dist', 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
    const binary = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
    return installed === version && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Tries to download the binary with the package's own installer; resolves to null or why it failed. */
function download(dir) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return Promise.resolve('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
  const installer = join(dir, 'install.js');
  if (!existsSync(installer)) return Promise.resolve('the electron package is not installed');
  console.log('Downloading Electron’s binary (about 100 MB, only this once)…');
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, [installer], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // A proxy that swallows the connection would otherwise keep this waiting for ever.
    const limit = Number(process.env.CHALLENGE_DESIGNER_DOWNLOAD_SECONDS || 600) * 1000;
    const timer = setTimeout(() => child.kill(), limit);
    child.on('error', (error) => resolve(error.message));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve(null);
      if (code === null) return resolve('the download took too long');
      if (/fetch failed|EAI_AGAIN|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|proxy/i.test(output))
        return resolve('no connection to github.com, where it comes from');
      const reason = output
        .split('\n')
        .map((line) => line.trim())
        .find((line) => /error|status/i.test(line));
      resolve(reason ?? `the installer ended with ${code}`);
    });
  });
}

/** Runs a program in the foreground: its exit is ours, Ctrl+C and termination reach it. */
function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`${command} could not be started: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main(args) {
  const dir = electronDir();
  let binary = electronBinary(dir);
  let why = null;
  if (!binary) {
    why = await download(dir);
    binary = why === null ? electronBinary(dir) : null;
    why ??= binary ? null : 'the download did not leave a binary';
  }
  if (binary) return run(binary, [ROOT, ...args]);
  const open = process.env.CHALLENGE_DESIGNER_NO_BROWSER ? [] : ['--open'];
  console.log(
    `The Electron binary is missing and could not be downloaded (${why}): starting Challenge Designer in your browser instead (challenge-designer serve${open.length ? ' --open' : ''}).`,
  );
  run(process.execPath, [join(ROOT, 'bin', 'challenge-designer.js'), 'serve', ...open, ...args]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
