// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadUiLanguage, uiLanguages } from '../../../renderer/i18n';
import { InterpretationCards } from '../../../renderer/screens/start/InterpretationCards';
import { useAppStore } from '../../../renderer/state/app-store';
import type { DesignerApi } from '../../../shared/api';
import type { Design } from '../../../shared/model';
import { catalog } from '../../helpers/catalog';
import { renderStep } from '../../helpers/render-step';

/** Messages the translators found wrong in the English source (issue 18), read in every language. */
const LANGUAGES = ['en', 'de', 'el', 'es', 'fr', 'it', 'ro', 'sv'];

describe('UI messages fixed at the source', () => {
  renderStep(<p />); // initialises the UI's i18next (English)
  beforeAll(async () => {
    // UI languages load when chosen: load each, then come back to English.
    for (const language of LANGUAGES) expect(await loadUiLanguage(language)).toBe(true);
    await loadUiLanguage('en');
  });
  const fixed = (language: string) => i18next.getFixedT(language);

  it('the languages under test are the UI languages', () => {
    expect(
      uiLanguages()
        .filter((l) => LANGUAGES.includes(l))
        .sort(),
    ).toEqual([...LANGUAGES].sort());
    // Each language's own messages, not English by fallback.
    for (const language of LANGUAGES.filter((l) => l !== 'en'))
      expect(fixed(language)('steps.credential')).not.toBe(fixed('en')('steps.credential'));
  });

  it.each(LANGUAGES)('%s: a large matrix counts one outcome and one item in the singular', (language) => {
    const t = fixed(language);
    const one = t('alignment.large', { count: 1, items: 120 });
    const many = t('alignment.large', { count: 200, items: 1 });
    for (const text of [one, many]) {
      expect(text).not.toMatch(/\$t\(|\{\{|alignment\./);
      expect(text).toContain(' × ');
    }
    expect(one).toContain(t('alignment.largeItems', { count: 120 }));
    expect(many).toContain(t('alignment.largeItems', { count: 1 }));
    expect(t('alignment.largeItems', { count: 1 })).not.toBe(t('alignment.largeItems', { count: 2 }));
    if (language === 'en') {
      expect(one).toMatch(/^1 outcome × 120 activities and assessments:/);
      expect(many).toMatch(/^200 outcomes × 1 activity or assessment:/);
    }
  });

  it.each(LANGUAGES)('%s: "no ECTS" names the micro-credential step by its own name', (language) => {
    const t = fixed(language);
    expect(t('workload.noEcts')).toContain(t('steps.credential'));
  });

  it.each(LANGUAGES)('%s: the document language hint no longer says headings stay in English', (language) => {
    const english = new Intl.DisplayNames([language], { type: 'language' }).of('en')!.toLocaleLowerCase(language);
    expect(fixed(language)('credentialStep.languageHint').toLocaleLowerCase(language)).not.toContain(english);
  });

  it('Romanian: one open comment reads right ("1 deschise" is not Romanian)', () => {
    const t = fixed('ro');
    expect(t('review.commentCounts', { count: 3, open: 1 })).not.toMatch(/\b1 deschise/);
    expect(t('document.review.commentCounts', { count: 3, open: 1 })).not.toMatch(/\b1 deschise/);
  });

  it('a new design is named after its reading as written: German nouns keep their capital', async () => {
    const saved: Design[] = [];
    const api = { 'library.save': async ({ design }: { design: Design }) => void saved.push(design) };
    renderStep(<InterpretationCards />, undefined, { api: api as unknown as DesignerApi });
    await loadUiLanguage('de');
    useAppStore.getState().set({ catalog: catalog('de') });
    try {
      const name = catalog('de').interpretations.find((g) => g.id === 'method')!.name;
      fireEvent.click(await screen.findByRole('button', { name: i18next.t('start.startWith', { name }) }));
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(saved[0]!.title).toBe(`Unbenanntes Konzept (${name})`);
      expect(name).toMatch(/Herausforderung/);
    } finally {
      await loadUiLanguage('en');
    }
  });
});
