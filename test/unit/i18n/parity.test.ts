import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import allowlist from './allowlist.json';
import pending from './pending.json';

/**
 * Every translation has every key of English (plural keys in the forms its language uses),
 * the same {{placeholders}} and $t() references, and says something of its own: a value
 * identical to English is an untranslated string unless the allowlist names it.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const CATALOGS = {
  shared: 'shared/i18n/locales',
  ui: 'renderer/i18n/locales',
  shell: 'main/electron/locales',
  cli: 'main/cli/locales',
} as const;
type CatalogName = keyof typeof CATALOGS;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const read = (catalog: CatalogName, language: string) =>
  flatten(JSON.parse(readFileSync(join(ROOT, CATALOGS[catalog], `${language}.json`), 'utf8')));

const languagesOf = (catalog: CatalogName) =>
  readdirSync(join(ROOT, CATALOGS[catalog]))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((language) => language !== 'en');

/** {{name}}, {{count}}, $t(key) and <0>…</0> tags: what must survive translation unchanged. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|\$t\(([^)]*)\)|<\/?(\d+)>/g)].map((m) => m[0].replace(/\s+/g, '')).sort();

/**
 * The keys a language needs for English's: a plural group (key_one, key_other) needs the plural
 * categories of that language (Intl.PluralRules: Romanian has "few", French "many").
 */
function expectedKeys(english: Map<string, string>, language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    if (PLURAL_SUFFIX.test(key)) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const category of categories) if (category !== 'zero') keys.add(`${base}_${category}`);
    } else keys.add(key);
  }
  return keys;
}

const same: Record<string, string[]> = allowlist.same;
/** New English keys waiting for their translation (plural groups by their base key). */
const waiting: Record<string, string[]> = pending.missing;
const isPending = (catalog: CatalogName, language: string, key: string) =>
  (waiting[`${catalog}:${key.replace(PLURAL_SUFFIX, '')}`] ?? []).includes(language);
const isAllowed = (catalog: CatalogName, language: string, key: string) => {
  const languages = same[`${catalog}:${key}`] ?? [];
  return languages.includes('*') || languages.includes(language);
};

/**
 * Words a reader sees: a value made only of placeholders, numbers, punctuation and
 * abbreviations ("{{value}} ECTS", "QF-EHEA: {{cycle}}") may stay as in English.
 */
const hasWords = (text: string) =>
  /\p{L}{2,}/u.test(text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '').replace(/\b[\p{Lu}\d][\p{Lu}\d-]+\b/gu, ''));

const cases = (Object.keys(CATALOGS) as CatalogName[]).flatMap((catalog) =>
  languagesOf(catalog).map((language) => [catalog, language] as const),
);

describe('translations', () => {
  it('exist for the shared, UI, shell and CLI messages alike (a language brings all four files)', () => {
    const sets = (Object.keys(CATALOGS) as CatalogName[]).map((catalog) => languagesOf(catalog).sort().join(' '));
    expect(new Set(sets).size).toBe(1);
  });

  it.skipIf(cases.length === 0).each(cases)(
    '%s messages in %s have every English key, no more',
    (catalog, language) => {
      const english = read(catalog, 'en');
      const translated = read(catalog, language);
      const expected = expectedKeys(english, language);
      const missing = [...expected].filter((key) => !translated.has(key) && !isPending(catalog, language, key));
      // A pending key that has been translated comes off the list, so the list only shrinks.
      const done = [...translated.keys()].filter((key) => isPending(catalog, language, key));
      expect(done).toEqual([]);
      // A plural form the language does not use is harmless, but a key English lacks is a typo.
      const extra = [...translated.keys()].filter(
        (key) => !expected.has(key) && !(PLURAL_SUFFIX.test(key) && english.has(key.replace(PLURAL_SUFFIX, '_other'))),
      );
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    },
  );

  it.skipIf(cases.length === 0).each(cases)('%s messages in %s keep the placeholders', (catalog, language) => {
    const english = read(catalog, 'en');
    const translated = read(catalog, language);
    const wrong = [...translated].flatMap(([key, value]) => {
      const source = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'));
      if (source === undefined) return [];
      // A plural form may say "one" in words instead of {{count}}; the others must keep it.
      const want = placeholders(source).filter((p) => !(key.endsWith('_one') && p === '{{count}}'));
      const have = placeholders(value).filter((p) => !(key.endsWith('_one') && p === '{{count}}'));
      return want.join(' ') === have.join(' ') ? [] : [`${key}: ${want.join(' ')} ≠ ${have.join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it.skipIf(cases.length === 0).each(cases)('%s messages in %s are translated', (catalog, language) => {
    const english = read(catalog, 'en');
    const same = [...read(catalog, language)]
      .filter(([key, value]) => english.get(key) === value && hasWords(value) && !isAllowed(catalog, language, key))
      .map(([key, value]) => `${key}: ${value}`);
    expect(same).toEqual([]);
  });

  it('waits only for keys English has', () => {
    const stale = Object.keys(waiting).filter((entry) => {
      const [, catalog, key] = /^(\w+):(.+)$/.exec(entry) ?? [];
      const english = read(catalog as CatalogName, 'en');
      return !(catalog! in CATALOGS) || !(english.has(key!) || english.has(`${key}_other`));
    });
    expect(stale).toEqual([]);
  });

  it('keeps the allowlist short and pointing at keys that exist', () => {
    expect(Object.keys(same).length).toBeLessThanOrEqual(60);
    const stale = Object.keys(same).filter((entry) => {
      const [, catalog, key] = /^(\w+):(.+)$/.exec(entry) ?? [];
      return !catalog || !(catalog in CATALOGS) || !read(catalog as CatalogName, 'en').has(key!);
    });
    expect(stale).toEqual([]);
  });
});
