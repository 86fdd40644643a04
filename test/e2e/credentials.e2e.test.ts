import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goToStep, screenshot, SCREENSHOTS, seriousViolations } from './harness';
import { useServedChromium } from './served-chromium';

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** Europass and Open Badges from the review step, in the browser mode (downloads). */
describe('machine-readable credentials in Chromium', () => {
  const app = useServedChromium();
  let page: Page;

  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  });

  it('the review step exports Europass and Open Badges files that carry the design', async () => {
    await page.goto(app.served.url);
    await page.getByRole('region', { name: 'Examples' }).getByRole('button').first().click();
    await goToStep(page, 'Review and export');
    const title = await page.getByRole('textbox', { name: 'Design title' }).inputValue();
    const section = page.getByRole('region', { name: 'Europass and Open Badges' });

    const elm = await download(
      page,
      section.getByRole('button', { name: 'Download the Europass learning opportunity' }),
    );
    expect(elm.name).toMatch(/-europass\.jsonld$/);
    const opportunity = JSON.parse(elm.text) as { type: string; title: Record<string, string> };
    expect(opportunity.type).toBe('LearningOpportunity');
    expect(Object.values(opportunity.title)).toContain(title);

    const badge = await download(
      page,
      section.getByRole('button', { name: 'Download the Open Badges 3.0 achievement' }),
    );
    expect(badge.name).toMatch(/-open-badge-achievement\.jsonld$/);
    expect(JSON.parse(badge.text)).toMatchObject({ type: ['Achievement'], name: title });

    const upload = await download(
      page,
      section.getByRole('button', { name: 'Download the Europass credential for the EDC issuer' }),
    );
    expect(Object.keys(JSON.parse(upload.text) as object)).toEqual(['credential']);
    expect(upload.text).toContain(title);

    // A complete example conforms.
    await section.getByRole('button', { name: 'Validate for Europass' }).click();
    await section.getByText(/meets every rule/).waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'review-credentials');
  });

  it('validate for Europass on an incomplete design lists what is missing; an item focuses its field', async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(app.served.url);
    await page.getByRole('button', { name: 'Start with “Challenge as theme”' }).click();
    await page.getByRole('textbox', { name: 'Design title' }).fill('Heat in the city: a first sketch');
    await goToStep(page, 'Review and export');
    const section = page.getByRole('region', { name: 'Europass and Open Badges' });
    await section.getByRole('button', { name: 'Validate for Europass' }).click();
    await section.getByText(/Europass would refuse this export for \d+ reasons?/).waitFor();
    const items = section.getByRole('listitem');
    const texts = await items.allTextContents();
    expect(
      texts.some((text) => /no web page yet/.test(text)),
      texts.join('\n'),
    ).toBe(true);
    expect(
      texts.some((text) => /No awarding body is named/.test(text)),
      texts.join('\n'),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'review-europass-findings');

    await section.getByRole('button', { name: /no web page yet/ }).click();
    await page.getByRole('heading', { name: 'Micro-credential details', level: 2 }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field')))
      .toBe('credential.offering.homepage');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.getByRole('textbox', { name: 'Web page of the offering' }).fill('https://example.org/heat');
    const subject = page.getByRole('combobox', { name: 'Subject area (ISCED-F)' });
    await subject.selectOption('0521');
    await subject.selectOption('0732');
    await page.getByRole('combobox', { name: 'Learning setting' }).selectOption('non-formal');
    expect(await seriousViolations(page)).toEqual([]);
    await subject.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/credential-europass-fields.png` });

    // Back at the review: the result is marked out of date; validating again drops that item.
    await goToStep(page, 'Review and export');
    await section.getByText(/has changed since this validation/).waitFor();
    await section.getByRole('button', { name: 'Validate for Europass' }).click();
    await expect.poll(() => section.getByRole('button', { name: /no web page yet/ }).count()).toBe(0);
    await section.getByRole('button', { name: /No awarding body is named/ }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field')))
      .toBe('credential.awardingBodies');
  });
});
