import { request } from 'node:http';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { useServedChromium } from './served-chromium';

const READINGS = [
  ['theme', 'Challenge as theme'],
  ['method', 'Challenge as method'],
  ['partnership', 'Challenge as civic partnership'],
] as const;

function raw(origin: string, path: string, headers: Record<string, string>) {
  const { hostname, port } = new URL(origin);
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    req.end('{}');
  });
}

describe('app shell in Chromium against `serve`', () => {
  const app = useServedChromium();
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(app.served.url);
    await page.getByRole('heading', { name: 'Start a new design' }).waitFor();
  });

  it('shows the three readings and lists the examples, with no errors in the console', async () => {
    for (const [, name] of READINGS)
      await expect.poll(() => page.getByRole('heading', { name, level: 3 }).count()).toBe(1);
    const examples = page.getByRole('region', { name: 'Examples' });
    await examples.getByRole('listitem').nth(2).waitFor(); // the examples arrive after the page
    await expect.poll(() => examples.getByRole('listitem').count()).toBe(3);
    await expect(examples.textContent()).resolves.toContain('Inclusive Mobility Lab');
    expect(page.url()).not.toContain('token='); // the token leaves the address bar
    await screenshot(page, '01-start');
    expect(problems).toEqual([]);
  });

  it.each(READINGS)('creates a %s design, renames it, and the name survives a reload', async (id, name) => {
    await page.getByRole('button', { name: `Start with “${name}”` }).click();
    const title = page.getByRole('textbox', { name: 'Design title' });
    await expect(title.inputValue()).resolves.toMatch(/^Untitled /);
    await expect.poll(() => page.getByRole('radio', { name: 'Current reading' }).count()).toBe(1);
    await screenshot(page, `02-new-${id}`);

    await title.fill(`Workshop design (${id}) — Școală Ελληνικά`);
    await page.getByText('All changes saved').waitFor();
    // A reload comes back to the design the tab had open, with the new name.
    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Design title' }).inputValue())
      .toBe(`Workshop design (${id}) — Școală Ελληνικά`);
    expect(problems).toEqual([]);
  });

  it('undoes and redoes edits with the keyboard and the buttons', async () => {
    await page.getByRole('button', { name: 'Open a copy: Circular Campus Challenge' }).click();
    const title = page.getByRole('textbox', { name: 'Design title' });
    const original = await title.inputValue();
    await title.fill('First rename');
    await page.waitForTimeout(700); // a pause ends one undo step
    await title.fill('Second rename');
    await page.keyboard.press('Control+z');
    await expect.poll(() => title.inputValue()).toBe('First rename');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => title.inputValue()).toBe(original);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => title.inputValue()).toBe('First rename');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => title.inputValue()).toBe('Second rename');
  });

  it('walks the steps by keyboard and shows live checks that jump to their step', async () => {
    await page.getByRole('button', { name: 'Open a copy: Urban Heat and Health' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Design checks' }).waitFor();
    await expect.poll(() => page.getByText('Readiness 100 %').count()).toBe(1);
    await page.getByRole('button', { name: /Next: Challenge/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Challenge', level: 2 }).count()).toBe(1);
    // Clearing the title raises an EU completeness error in the panel.
    await page.getByRole('textbox', { name: 'Design title' }).fill('');
    const finding = page.getByRole('button', { name: /^error .*Title of the micro-credential.* Go to Overview$/i });
    await finding.waitFor();
    await screenshot(page, '03-checks');
    expect(problems).toEqual([]);
  });

  it('reports no Content Security Policy violation, also when zod reads an error reply', async () => {
    // Recorded in the page, from its very start: zod's eval probe runs on its first object parse.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Start a new design' }).waitFor();
    // A file that is not a design: the server answers with an error the page parses with zod.
    await page.getByLabel('Open a design file (.cbld)').setInputFiles({
      name: 'not a design.cbld',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1, "title": 42}'),
    });
    await page.getByText(/could not be opened/).waitFor();
    await page.getByRole('button', { name: 'Open a copy: Urban Heat and Health' }).click();
    await page.getByRole('textbox', { name: 'Design title' }).fill('Checked against the CSP');
    await page.getByText('All changes saved').waitFor();
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations).toEqual([]);
  });

  it('refuses API calls without the token, with a wrong one, and from other origins or hosts', async () => {
    const host = new URL(app.served.origin).host;
    const api = '/api/app.info';
    await expect(raw(app.served.origin, api, { host })).resolves.toBe(401);
    await expect(raw(app.served.origin, api, { host, 'x-designer-token': 'wrong' })).resolves.toBe(403);
    await expect(
      raw(app.served.origin, api, { host, 'x-designer-token': app.served.token, origin: 'http://evil.example' }),
    ).resolves.toBe(403);
    await expect(
      raw(app.served.origin, api, { host: 'evil.example', 'x-designer-token': app.served.token }),
    ).resolves.toBe(403);
    await expect(raw(app.served.origin, api, { host, 'x-designer-token': app.served.token })).resolves.toBe(200);
  });
});
