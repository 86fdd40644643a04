import { describe, expect, it } from 'vitest';
import { createTranslator, SHARED_RESOURCES } from '../../../shared/i18n';
import de from '../../../renderer/i18n/locales/de.json';
import el from '../../../renderer/i18n/locales/el.json';
import en from '../../../renderer/i18n/locales/en.json';
import es from '../../../renderer/i18n/locales/es.json';
import fr from '../../../renderer/i18n/locales/fr.json';
import it_ from '../../../renderer/i18n/locales/it.json';
import ro from '../../../renderer/i18n/locales/ro.json';
import sv from '../../../renderer/i18n/locales/sv.json';

const UI: Record<string, unknown> = { de, el, en, es, fr, it: it_, ro, sv };
const LANGUAGES = Object.keys(UI);

/** Messages with a count take each plural form the language has (Intl.PluralRules), not "1 cells". */
const COUNTED = [
  ['checks.align.weights-sum', { sum: 115 }],
  ['checks.align.rubric-incomplete', { assessment: 'AS1', title: 'x' }],
  ['checks.syllabus.assessment-after-schedule', { assessment: 'AS1', week: 9, context: 'dates' }],
] as const;

const lookup = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe.each(LANGUAGES)('messages in %s', (language) => {
  it('counted check messages have every plural form of the language, and one reads differently from many', () => {
    const t = createTranslator(language);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, params] of COUNTED) {
      const base = 'context' in params ? `${key}_${params.context}` : key;
      for (const category of categories)
        expect(lookup(SHARED_RESOURCES[language], `${base}_${category}`), `${base}_${category}`).toBeTypeOf('string');
      expect(t(key, { ...params, count: 1 })).not.toBe(t(key, { ...params, count: 5 }).replace('5', '1'));
    }
  });

  it('the pass-rule examples name a level the rubric has (“Sufficient”), not one it lacks', () => {
    const sufficient = lookup(UI[language], 'rubric.levels.sufficient') as string;
    expect(lookup(SHARED_RESOURCES[language], 'checks.syllabus.pass-rule-missing')).toContain(sufficient);
    expect(lookup(UI[language], 'offering.passRuleHint')).toContain(sufficient);
  });
});

describe('createTranslator', () => {
  it('makes one translator per language over the shared messages; one with extra messages is its own', () => {
    const french = createTranslator('fr');
    expect(createTranslator('fr')).toBe(french);
    expect(createTranslator('de')).not.toBe(french);
    const extra = createTranslator('fr', { fr: { only: { here: 'seulement ici' } } });
    expect(extra).not.toBe(french);
    expect(extra('only.here')).toBe('seulement ici');
    expect(french('only.here')).toBe('only.here');
  });
});
