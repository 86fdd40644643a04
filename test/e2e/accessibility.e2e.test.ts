import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goToStep, seriousViolations } from './harness';
import { useServedChromium } from './served-chromium';

const STEPS = [
  'Interpretation',
  'Challenge',
  'Competences',
  'Learning outcomes',
  'Learning journey',
  'Assessment',
  'Micro-credential details',
  'Review and export',
];

describe('accessibility (axe-core, WCAG 2.1 A/AA) in Chromium', () => {
  const app = useServedChromium();
  let page: Page;

  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(app.served.url);
    await page.getByRole('heading', { name: 'Start a new design' }).waitFor();
  });

  it('the start screen has no serious or critical violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each(STEPS)('the %s step of an example has no serious or critical violations', async (step) => {
    if (!(await page.getByRole('navigation', { name: 'Steps' }).count()))
      await page.getByRole('region', { name: 'Examples' }).getByRole('button').last().click();
    await goToStep(page, step);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('every step is reachable with the keyboard alone, with a visible focus ring', async () => {
    const nav = page.getByRole('navigation', { name: 'Steps' }).first();
    await nav.getByRole('button', { name: 'Interpretation' }).focus();
    for (const step of STEPS.slice(1)) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: step, level: 2 }).waitFor();
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline, step).not.toBe('none');
    }
  });

  it('the library, its history and trash, a refused number and the file-open choice have no serious violations', async () => {
    const fresh = await app.browser.newPage({ viewport: { width: 1024, height: 768 } });
    await fresh.goto(app.served.url);
    await fresh.getByRole('button', { name: 'Start with “Challenge as theme”' }).click();
    await fresh.getByRole('textbox', { name: 'Design title' }).fill('Heat: Sector 3');
    await goToStep(fresh, 'Micro-credential details');
    await fresh.getByRole('textbox', { name: 'ECTS credits' }).fill('1,500');
    expect(await seriousViolations(fresh), 'number field with a problem').toEqual([]);
    await fresh.getByRole('textbox', { name: 'ECTS credits' }).fill('4');
    const [sent] = await Promise.all([
      fresh.waitForEvent('download'),
      fresh.getByRole('button', { name: 'Download design file' }).click(),
    ]);
    await fresh.getByRole('textbox', { name: 'Design title' }).fill('Heat: Sector 3, later');
    await fresh.getByRole('button', { name: /All designs/ }).click();
    await fresh
      .getByRole('button', { name: /^History: / })
      .first()
      .waitFor();
    expect(await seriousViolations(fresh), 'library').toEqual([]);
    await fresh
      .getByRole('button', { name: /^History: / })
      .first()
      .click();
    await fresh.getByRole('dialog').waitFor();
    expect(await seriousViolations(fresh), 'history').toEqual([]);
    await fresh.keyboard.press('Escape');
    await fresh.getByLabel('Open a design file (.cbld)').setInputFiles((await sent.path())!);
    await fresh.getByRole('dialog', { name: /is already in your library/ }).waitFor();
    expect(await seriousViolations(fresh), 'file-open choice').toEqual([]);
    await fresh.getByRole('button', { name: 'Cancel' }).click();
    await fresh
      .getByRole('button', { name: /^Move to trash: / })
      .first()
      .click();
    await fresh.getByRole('button', { name: 'Trash (1)' }).click();
    await fresh.getByRole('button', { name: /^Delete for good: / }).click();
    await fresh.getByRole('alertdialog').waitFor();
    expect(await seriousViolations(fresh), 'delete confirmation').toEqual([]);
    await fresh.close();
  });
});
