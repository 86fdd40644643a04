import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE, pseudoLocalise } from '../../renderer/i18n/pseudo';
import { STEPS } from '../../shared/catalog';
import { SCREENSHOTS, seriousViolations } from './harness';
import { useServedChromium } from './served-chromium';

/**
 * Every UI language found in renderer/i18n/locales, and the pseudo-locale (English 40 % longer
 * and accented): switch to it on the start screen, walk the eight steps of an example, and on
 * every screen find no message key, no English message left, no accessibility violation, and
 * (pseudo-locale) no label or button whose text does not fit. One server, one browser, one page;
 * languages in sequence.
 */
const ROOT = join(import.meta.dirname, '..', '..');
type Tree = Record<string, unknown>;

const readLocale = (folder: string, language: string): Tree =>
  JSON.parse(readFileSync(join(ROOT, folder, `${language}.json`), 'utf8')) as Tree;
const messages = (language: string): Tree =>
  language === PSEUDO_LOCALE
    ? pseudoLocalise(messages('en'))
    : { ...readLocale('shared/i18n/locales', language), ...readLocale('renderer/i18n/locales', language) };

function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree as Tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object') flatten(value, path, out);
  }
  return out;
}

const LANGUAGES = [
  ...readdirSync(join(ROOT, 'renderer/i18n/locales'))
    .map((name) => name.replace(/\.json$/, ''))
    .filter((language) => language !== 'en')
    .sort(),
  PSEUDO_LOCALE,
];

const english = flatten(messages('en'));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * English messages a screen must not show in another language, as line patterns
 * ({{placeholders}} match anything), leaving out those that read the same in that language
 * and those without words (numbers, "ECTS").
 */
/** New keys still waiting for a language's translators (test/unit/i18n/pending.json) show in English. */
const PENDING = (
  JSON.parse(readFileSync(join(ROOT, 'test/unit/i18n/pending.json'), 'utf8')) as { missing: Record<string, string[]> }
).missing;
const pendingIn = (language: string, key: string) =>
  ['shared', 'ui'].some((catalog) =>
    (PENDING[`${catalog}:${key.replace(/_(zero|one|two|few|many|other)$/, '')}`] ?? []).includes(language),
  );

/** The English texts of keys still waiting for this language's translation. */
const waitingTextsOf = (language: string) =>
  new Set([...english].filter(([key]) => pendingIn(language, key)).map(([, text]) => text));

function englishLeftovers(language: string): { key: string; pattern: RegExp }[] {
  const translated = flatten(messages(language));
  const sameInLanguage = new Set(translated.values());
  const waitingTexts = waitingTextsOf(language);
  const words = (text: string) =>
    /\p{L}{3,}/u.test(text.replace(/\{\{[^}]*\}\}/g, '').replace(/\b[\p{Lu}\d][\p{Lu}\d-]+\b/gu, ''));
  // "{{first}} and {{second}}" matches any line with an "and" in it (the team's own English text,
  // vocabulary labels): a message with placeholders needs two words of its own to be told apart.
  const ownWords = (text: string) =>
    !text.includes('{{') || (text.replace(/\{\{[^}]*\}\}/g, ' ').match(/\p{L}{2,}/gu) ?? []).length >= 2;
  return (
    [...english]
      // A pending key shows its English text, which may also be another key's (a label reused).
      .filter(([, text]) => !waitingTexts.has(text))
      .filter(([, text]) => !sameInLanguage.has(text) && words(text) && ownWords(text) && !/\$t\(|<\d>/.test(text))
      .map(([key, text]) => ({
        key,
        // A placeholder stands for a short value (a number, a name), not for a whole sentence.
        pattern: new RegExp(
          `^${text
            .split(/\{\{[^}]*\}\}/)
            .map(escape)
            .join('.{1,40}')}$`,
        ),
      }))
  );
}

const KEYS = new Set(english.keys());

/**
 * Lines of UI text a person sees (innerText skips hidden elements). Text marked as another
 * language (the document preview and Bloom verbs in the design's language) is left out.
 */
const visibleLines = async (page: Page) =>
  (
    await page.evaluate(() => {
      const ui = document.documentElement.lang;
      const other = [...document.body.querySelectorAll<HTMLElement>('[lang]')].filter(
        (element) => element.lang !== ui && element.tagName !== 'OPTION',
      );
      const displays = other.map((element) => element.style.display);
      other.forEach((element) => (element.style.display = 'none'));
      const text = document.body.innerText;
      other.forEach((element, i) => (element.style.display = displays[i]!));
      return text;
    })
  )
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Reference data, which the pseudo-locale shows in English (its catalog is English's). */
const REFERENCE_TEXTS = new Set(
  ['theme', 'method', 'partnership'].flatMap((id) => [
    ...flatten(JSON.parse(readFileSync(join(ROOT, 'templates/interpretations', `${id}.json`), 'utf8'))).values(),
  ]),
);

/** Labels, buttons, headings and cells whose text is wider than their box. */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, label, legend, th, [role="tab"], .field-label, .step-nav a, .step-nav button, h1, h2, h3, summary',
      ),
    ]
      // Text for screen readers only (.visually-hidden, 1 px wide) is clipped on purpose.
      .filter(
        (element) => element.offsetParent !== null && element.clientWidth > 1 && !element.closest('.visually-hidden'),
      )
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => `${element.tagName.toLowerCase()}: ${element.innerText.slice(0, 60)}`),
  );

describe('the UI in every language (Chromium)', () => {
  const app = useServedChromium();
  let page: Page;
  /** Scripts the page fetched: each UI language but English is a chunk of its own, fetched when chosen. */
  const scripts: string[] = [];
  const languageChunk = (language: string) => new RegExp(`/assets/${escape(language)}-[\\w-]+\\.js$`);

  beforeAll(async () => {
    mkdirSync(join(SCREENSHOTS, 'languages'), { recursive: true });
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The pseudo-locale is offered only when asked for (a developer's switch).
    await page.addInitScript(() => localStorage.setItem('ui-pseudo-locale', '1'));
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(app.served.url);
    await page.locator('.language-switch select').waitFor();
  });

  it('offers every language found in the locale files, each named in its own words', async () => {
    const options = await page
      .locator('.language-switch select option')
      .evaluateAll((elements) =>
        elements.map((element) => [(element as HTMLOptionElement).value, element.textContent]),
      );
    expect(options.map(([value]) => value)).toEqual(['en', ...LANGUAGES]);
    if (LANGUAGES.includes('el')) expect(options).toContainEqual(['el', 'Ελληνικά']);
  });

  it('starts in English without fetching any other language’s messages', () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => LANGUAGES.some((language) => languageChunk(language).test(url)))).toEqual([]);
  });

  it.each(LANGUAGES)('%s: the start screen and the eight steps of an example', async (language) => {
    const t = flatten(messages(language));
    const leftovers = englishLeftovers(language);
    const waiting = waitingTextsOf(language);
    const problems: string[] = [];
    const inspect = async (screen: string) => {
      const lines = await visibleLines(page);
      for (const line of lines) {
        if (KEYS.has(line) || /^[a-z]+(?:[A-Z]\w*)?\.[a-z][\w.]*$/.test(line))
          problems.push(`${screen}: key "${line}"`);
        const left = waiting.has(line) ? undefined : leftovers.find(({ pattern }) => pattern.test(line));
        if (left && language !== PSEUDO_LOCALE) problems.push(`${screen}: English "${line}" (${left.key})`);
        if (language === PSEUDO_LOCALE && left && !REFERENCE_TEXTS.has(line))
          problems.push(`${screen}: not through i18n "${line}" (${left.key})`);
        // Labels set in capitals (text-transform) drop the Greek tonos: ΠΡΟΤΑΣΗ, never ΠΡΌΤΑΣΗ.
        if (language === 'el')
          for (const word of line.match(/[Α-ΩΪΫΆΈΉΊΌΎΏ]{2,}/gu) ?? [])
            if (/[ΆΈΉΊΌΎΏ]/u.test(word)) problems.push(`${screen}: Greek capitals with accents "${word}" in "${line}"`);
      }
      problems.push(...(await seriousViolations(page)).map((violation) => `${screen}: axe ${violation}`));
      if (language === PSEUDO_LOCALE)
        problems.push(...(await clipped(page)).map((what) => `${screen}: clipped ${what}`));
      await page.screenshot({ path: join(SCREENSHOTS, 'languages', `${language}-${screen}.png`) });
    };

    await page.locator('.top-bar, .start').first().waitFor();
    if (await page.locator('.step-nav').count()) await page.locator('.top-bar button').first().click(); // back to start
    await page.locator('.language-switch select').selectOption(language);
    // The switch re-renders everything: wait for its own label and the examples in the new language.
    await page.locator('.language-switch label', { hasText: t.get('language.label')! }).waitFor();
    await page.getByText(t.get('enums.interpretation.theme')!, { exact: true }).first().waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
    // The readings' names also come from the catalog, which loads for the new language after the
    // switch: wait (up to 10 s) until the English names have gone; inspect() still checks them all.
    if (language !== PSEUDO_LOCALE) {
      const readings = ['theme', 'method', 'partnership'].map((id) => english.get(`enums.interpretation.${id}`)!);
      await expect
        .poll(async () => (await visibleLines(page)).filter((line) => readings.includes(line)), { timeout: 10_000 })
        .toEqual([]);
    }
    await inspect('start');
    if (language !== PSEUDO_LOCALE) expect(scripts.some((url) => languageChunk(language).test(url))).toBe(true);

    await page.locator('#examples-heading').locator('..').getByRole('button').last().click();
    const nav = page.getByRole('navigation', { name: t.get('design.steps')! }).first();
    for (const step of STEPS) {
      const name = t.get(`steps.${step}`)!;
      await nav.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { name, level: 2 }).waitFor();
      await inspect(step);
    }
    expect(problems).toEqual([]);
  });

  it('opens in the language chosen before, without showing English first', async () => {
    const language = LANGUAGES.find((code) => code !== PSEUDO_LOCALE)!;
    const fresh = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await fresh.addInitScript((chosen) => {
        localStorage.setItem('ui-language', chosen);
        const seen: string[] = ((window as unknown as { labels: string[] }).labels = []);
        // Every text the loading notice and the language switch's label ever had, from the first render on.
        new MutationObserver(() => {
          for (const element of document.querySelectorAll('.loading, .language-switch label')) {
            const text = element.textContent;
            if (text && !seen.includes(text)) seen.push(text);
          }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      }, language);
      await fresh.goto(app.served.url);
      await fresh
        .locator('.language-switch label', { hasText: flatten(messages(language)).get('language.label')! })
        .waitFor();
      const shown = await fresh.evaluate(() => (window as unknown as { labels: string[] }).labels);
      expect(shown).toContain(flatten(messages(language)).get('language.label'));
      expect(shown).not.toContain(english.get('language.label'));
      expect(shown).not.toContain(english.get('app.loading'));
      expect(await fresh.evaluate(() => document.documentElement.lang)).toBe(language);
    } finally {
      await fresh.close();
    }
  });
});
