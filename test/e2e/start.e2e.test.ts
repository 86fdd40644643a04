import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * `npm start` on a machine where the Electron binary is missing and cannot be fetched (issue
 * 20): one line says so, and the browser mode starts instead of a stack trace. Runs the start
 * script after the build (`npm start` builds first; the e2e run has built already), with an
 * electron package folder that holds no binary and downloads refused.
 */
describe('npm start without the Electron binary', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const step of cleanup.splice(0)) step();
  });

  it('says so in one line and serves the app in the browser mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-start-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        CHALLENGE_DESIGNER_ELECTRON_DIR: join(dir, 'electron'),
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        // The CLI's lines are checked in English, whatever the machine's locale.
        LC_ALL: 'C',
        CHALLENGE_DESIGNER_NO_BROWSER: '1',
        CHALLENGE_DESIGNER_LIBRARY: join(dir, 'library'),
      },
    });
    cleanup.push(() => child.kill('SIGTERM'));
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /running at (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`start ended with ${code}: ${out}${err}`)));
    });

    const lines = out.split('\n').filter((line) => line.trim() !== '');
    expect(lines[0]).toBe(
      'The Electron binary is missing and could not be downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set): starting Challenge Designer in your browser instead (challenge-designer serve).',
    );
    expect(lines[1]).toMatch(/^Challenge Designer is running at http:\/\/127\.0\.0\.1:\d+\//);
    expect(err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<title>Challenge Designer<\/title>/);
    // The back end answers too, with the key the address carries.
    const token = new URLSearchParams(new URL(url).hash.slice(1)).get('token')!;
    const info = await fetch(new URL('/api/app.info', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-designer-token': token },
      body: '{}',
    });
    expect(info.status).toBe(200);

    // Ctrl+C (SIGTERM here) reaches the server through the start script, which then ends.
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
