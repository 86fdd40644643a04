import { describe, expect, it } from 'vitest';
import {
  cliLanguage,
  cliLanguages,
  cliTranslator,
  environmentLanguage,
  langArgument,
  loadCliTranslator,
} from '../../../main/cli/i18n';

describe('the CLI language', () => {
  it('speaks the eight languages, English first', () => {
    expect(cliLanguages()).toEqual(['en', 'de', 'el', 'es', 'fr', 'it', 'ro', 'sv']);
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG, as POSIX does', () => {
    expect(environmentLanguage({ LC_ALL: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'it_IT.UTF-8' })).toBe('de');
    expect(environmentLanguage({ LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'it_IT.UTF-8' })).toBe('fr');
    expect(environmentLanguage({ LC_ALL: '', LANG: 'it_IT.UTF-8' })).toBe('it');
    expect(environmentLanguage({ LANG: 'fr_BE.UTF-8' })).toBe('fr');
    expect(environmentLanguage({ LANG: 'sv_SE.ISO-8859-1' })).toBe('sv');
    expect(environmentLanguage({ LANG: 'ro_RO@latin' })).toBe('ro');
    expect(environmentLanguage({ LANG: 'el_GR' })).toBe('el');
  });

  it('is English under C, POSIX, nothing, or a language it does not speak', () => {
    expect(environmentLanguage({})).toBe('en');
    expect(environmentLanguage({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LC_ALL: 'C.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LANG: 'POSIX' })).toBe('en');
    expect(environmentLanguage({ LANG: 'pt_BR.UTF-8' })).toBe('en');
  });

  it("takes GNU's LANGUAGE list first, except under the C locale", () => {
    expect(environmentLanguage({ LANG: 'en_GB.UTF-8', LANGUAGE: 'pt:sv:de' })).toBe('sv');
    expect(environmentLanguage({ LANG: 'de_AT.UTF-8', LANGUAGE: 'pt' })).toBe('de');
    expect(environmentLanguage({ LC_ALL: 'C', LANGUAGE: 'fr' })).toBe('en');
  });

  it('prefers --lang (either spelling, before any --) to the environment', () => {
    expect(cliLanguage(['--lang', 'de', '--help'], { LANG: 'fr_FR.UTF-8' })).toBe('de');
    expect(cliLanguage(['check', 'x.cbld', '--lang=ro'], { LANG: 'fr_FR.UTF-8' })).toBe('ro');
    expect(cliLanguage(['--lang', 'xx'], { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(langArgument(['search', '--', '--lang', 'de'])).toBeUndefined();
  });
});

describe('the CLI translator', () => {
  it('chooses the Romanian plural form: one, few (2-19), other ("de")', async () => {
    const t = await loadCliTranslator('ro');
    expect([1, 2, 19, 20, 101].map((count) => t('severity.count.error', { count }))).toEqual([
      '1 eroare',
      '2 erori',
      '19 erori',
      '20 de erori',
      '101 erori',
    ]);
    expect(t('pathway.sdgTargets', { count: 1 })).toBe('1 țintă ODD');
    expect(t('pathway.competences', { count: 25 })).toBe('25 de competențe');
  });

  it('writes numbers as the language does, and falls back to English for a missing key', async () => {
    expect((await loadCliTranslator('fr'))('pathway.credits', { ects: 7.5, core: 6, electives: 1.5 })).toBe(
      'Crédits\u00a0: 7,5 ECTS (obligatoires 6, optionnels 1,5)',
    );
    expect((await loadCliTranslator('en'))('pathway.credits', { ects: 7.5, core: 6, electives: 1.5 })).toBe(
      'Credits: 7.5 ECTS (core 6, electives 1.5)',
    );
    const t = cliTranslator('de', { en: { only: 'English {{x}}' }, de: {} });
    expect(t('only', { x: 'here' })).toBe('English here');
    expect(t('nowhere')).toBe('nowhere');
  });

  it('keeps Romanian comma-below letters (ș ț), never the cedilla forms', async () => {
    const t = await loadCliTranslator('ro');
    const text = [t('help.program', { ext: '.cbld' }), t('help.title.options'), t('pathway.competences', { count: 3 })];
    expect(text.join(' ')).toMatch(/ș/);
    expect(text.join(' ')).toMatch(/ț/);
    expect(text.join(' ')).not.toMatch(/[şţŞŢ]/);
  });
});
