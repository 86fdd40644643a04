import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, serve } from './harness';

describe('serve in hard conditions', () => {
  let browser: Browser;
  let scratch: string;
  beforeAll(async () => {
    browser = await launchChromium();
    scratch = mkdtempSync(join(tmpdir(), 'cd-e2e-robust-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('starts when its library cannot be created, and the page says why', async () => {
    // A file stands where the library folder should be: the library cannot be created.
    const blocker = join(scratch, 'not-a-folder');
    writeFileSync(blocker, 'a file');
    const served = await serve(join(blocker, 'library'));
    try {
      await expect
        .poll(() => served.stderr())
        .toMatch(/could not be created: a file stands where its folder should be/);
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(served.url);
      await page.getByRole('heading', { name: 'Start a new design' }).waitFor();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(/library .* could not be created/);
      // The rest of the app works: the examples are there.
      await expect.poll(() => page.getByRole('region', { name: 'Examples' }).getByRole('listitem').count()).toBe(3);
      await screenshot(page, 'robust-library-unavailable');
      await page.close();
    } finally {
      await served.stop();
    }
  });

  it('says why in the UI language: French, with the folder’s ș ț and emoji intact', async () => {
    const folder = join(scratch, 'Cursuri țărănești 📚');
    mkdirSync(folder);
    writeFileSync(join(folder, 'library'), 'a file');
    const served = await serve(join(folder, 'library'));
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => localStorage.setItem('ui-language', 'fr'));
      await page.goto(served.url);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const alert = page.getByRole('alert');
      await expect
        .poll(() => alert.textContent())
        .toMatch(/La bibliothèque n’a pas pu être créée dans .*Cursuri țărănești 📚/);
      expect(await alert.textContent()).not.toMatch(/could not be created/);
      await screenshot(page, 'robust-library-unavailable-fr');
      await page.close();
    } finally {
      await served.stop();
    }
  });

  it('serve --open gives the browser a private page, never the key on a command line', async () => {
    // A stand-in for xdg-open that records the command line it was given.
    const bin = join(scratch, 'bin');
    const record = join(scratch, 'xdg-open-argv.txt');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(bin);
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$0" "$@" > '${record}'\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const served = await serve(undefined, {
      args: ['--open'],
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
    try {
      await expect.poll(() => existsSync(record), { timeout: 10_000 }).toBe(true);
      const argv = readFileSync(record, 'utf8').trim().split('\n');
      expect(argv.join(' ')).not.toContain(served.token);
      expect(readFileSync(`/proc/${served.pid}/cmdline`, 'utf8')).not.toContain(served.token);
      const page = await browser.newPage();
      await page.goto(`file://${argv[1]}`);
      await page.waitForURL(`${served.origin}/**`);
      await page.getByRole('heading', { name: 'Start a new design' }).waitFor();
      expect(page.url()).not.toContain('token=');
      await page.close();
    } finally {
      await served.stop();
    }
    // The page with the key is removed when the server stops.
    expect(existsSync(readFileSync(record, 'utf8').trim().split('\n')[1]!)).toBe(false);
  });
});
