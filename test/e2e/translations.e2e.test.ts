import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goToStep, screenshot, seriousViolations } from './harness';
import { useServedChromium } from './served-chromium';

/**
 * Translations of a design's own texts (issue 18): a further language chosen in the
 * Micro-credential details step, a translation field beside each outcome, the check that asks
 * for the missing ones, and the review step's choice of the specification's languages.
 */
describe('translations in Chromium', () => {
  const app = useServedChromium();
  let page: Page;

  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  it('adds French, asks for each outcome’s translation, and offers the bilingual specification', async () => {
    await page.goto(app.served.url);
    await page.getByRole('region', { name: 'Examples' }).getByRole('button').first().click();
    await goToStep(page, 'Micro-credential details');
    await page.getByRole('combobox', { name: 'Add a language' }).selectOption('fr');
    await page.getByRole('textbox', { name: 'Title (French)' }).fill('Campus circulaire : concevoir sans déchets');
    await screenshot(page, 'translations-credential');
    expect(await seriousViolations(page)).toEqual([]);

    await goToStep(page, 'Learning outcomes');
    const fields = page.getByRole('textbox', { name: 'Learning outcome (French)' });
    const count = await fields.count();
    expect(count).toBeGreaterThan(0);
    const missing = page.getByRole('button', { name: /has no translation yet \(French\)/ });
    await expect.poll(() => missing.count()).toBe(count);
    await fields.first().fill('Analyser un flux de déchets du campus.');
    await expect.poll(() => missing.count()).toBe(count - 1);
    await screenshot(page, 'translations-outcomes');
    expect(await seriousViolations(page)).toEqual([]);

    await goToStep(page, 'Review and export');
    const languages = page.getByRole('combobox', { name: 'Specification languages' });
    await languages.selectOption('fr');
    await expect.poll(() => languages.inputValue()).toBe('fr');
    await page.getByRole('button', { name: 'Micro-credential specification', exact: true }).click();
    await page.getByText('Campus circulaire : concevoir sans déchets').first().waitFor();
    await screenshot(page, 'translations-review');
  });
});
