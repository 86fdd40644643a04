import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeUiLanguage, initI18n, LANGUAGE_STORAGE_KEY, loadUiLanguage, uiLanguages } from '../../../renderer/i18n';

const FILES = readdirSync(join(import.meta.dirname, '../../../renderer/i18n/locales'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();

/** A localStorage for the language choice (this test runs in Node). */
const stored = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  },
});

describe('UI languages are loaded when chosen', () => {
  beforeEach(() => {
    stored.clear();
    initI18n('en');
  });

  it('offers every language that has a locale file, English first', () => {
    expect(uiLanguages()[0]).toBe('en');
    expect([...uiLanguages()].sort()).toEqual(FILES);
  });

  it('starts with English only: the others are fetched on demand', () => {
    expect(i18next.language).toBe('en');
    expect(i18next.t('language.label')).toBe('Language');
    for (const language of FILES.filter((code) => code !== 'en'))
      expect(i18next.hasResourceBundle(language, 'translation')).toBe(false);
  });

  it('loads a language with its shared messages (checks, Annex I) and keeps English as the fallback', async () => {
    expect(await loadUiLanguage('de')).toBe(true);
    expect(i18next.language).toBe('de');
    expect(i18next.t('language.label')).toBe('Sprache');
    expect(i18next.t('annex.title')).not.toBe(i18next.t('annex.title', { lng: 'en' }));
    // A key German lacks falls back to English, not to the key.
    i18next.addResource('en', 'translation', 'only.inEnglish', 'Only in English');
    expect(i18next.t('only.inEnglish')).toBe('Only in English');
  });

  it('refuses a language it does not have and stays where it was', async () => {
    await loadUiLanguage('el');
    expect(await changeUiLanguage('pt')).toBe(false);
    expect(i18next.language).toBe('el');
    expect(stored.get(LANGUAGE_STORAGE_KEY)).toBeUndefined();
  });

  it('remembers the language the user chose', async () => {
    expect(await changeUiLanguage('ro')).toBe(true);
    expect(stored.get(LANGUAGE_STORAGE_KEY)).toBe('ro');
    expect(initI18n().language).toBe('ro');
  });
});
