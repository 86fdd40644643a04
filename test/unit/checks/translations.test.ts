import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks';
import { createTranslator, formatFinding } from '../../../shared/i18n';
import { Design, parseDesignText, removeOutcome } from '../../../shared/model';
import { checkContext } from '../../helpers/catalog';
import { clone, loadExample, sampleDesign } from '../../helpers/designs';

const withFrench = (design: Design): Design => ({
  ...design,
  translations: [{ language: 'fr', title: 'Exemple', summary: '', outcomes: {} }],
});

describe('translations of a design’s own texts', () => {
  it('a version 3 file written before translations existed loads, with none', () => {
    const design = loadExample('theme');
    const { translations: _none, ...older } = design;
    const parsed = parseDesignText(JSON.stringify(older));
    expect(parsed.ok && parsed.design.translations).toEqual([]);
  });

  it('keeps translations through a file, and refuses the design’s own language, a language twice and unknown outcomes', () => {
    const design = withFrench(sampleDesign());
    const outcome = design.outcomes[0]!;
    design.translations[0]!.outcomes[outcome.id] = 'Analyser les effets';
    const parsed = parseDesignText(JSON.stringify(design));
    expect(parsed.ok && parsed.design.translations).toEqual(design.translations);

    const bad = clone(design);
    bad.translations.push({ language: 'en', title: '', summary: '', outcomes: { 'lo-none': 'x' } });
    bad.translations.push({ language: 'fr', title: '', summary: '', outcomes: {} });
    const problems = Design.safeParse(bad).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(problems).toEqual([
      `translations.1.language: is the design's own language ("en")`,
      `translations.1.outcomes.lo-none: translates outcome "lo-none", which does not exist`,
      `translations.2.language: "fr" is translated twice`,
    ]);
  });

  it('removing an outcome removes its translations, so the design stays valid', () => {
    const design = withFrench(sampleDesign());
    const id = design.outcomes[0]!.id;
    design.translations[0]!.outcomes[id] = 'Analyser';
    removeOutcome(design, id);
    expect(design.translations[0]!.outcomes).toEqual({});
    expect(Design.safeParse(design).success).toBe(true);
  });

  it('flags each outcome and the title without a translation once a second language is chosen, in words', () => {
    const design = sampleDesign();
    const codes = (d: Design) =>
      runChecks(d, checkContext('en')).findings.filter((f) => f.code.startsWith('translation.'));
    expect(codes(design)).toEqual([]);

    const french = withFrench(design);
    french.translations[0]!.title = '';
    const findings = codes(french);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['translation.title-missing', 'overview.translations.fr.title'],
      ...french.outcomes.map((o) => ['translation.outcome-missing', `outcomes[${o.id}].translations.fr`]),
    ]);
    expect(formatFinding(createTranslator('en'), findings[1]!)).toBe(
      'LO1 has no translation yet (French). A bilingual specification states every learning outcome in both languages.',
    );
    expect(formatFinding(createTranslator('de'), findings[1]!)).toMatch(
      /^LO1 ist noch nicht übersetzt \(Französisch\)\./,
    );

    for (const outcome of french.outcomes) french.translations[0]!.outcomes[outcome.id] = 'Analyser';
    french.translations[0]!.title = 'Exemple';
    expect(codes(french)).toEqual([]);
  });
});

describe('capitalise', () => {
  it('keeps the Greek accent on the capital that starts a word, and Turkish gets its dotted İ', async () => {
    const { capitalise } = await import('../../../shared/i18n');
    expect(capitalise('άλλο', 'el')).toBe('Άλλο');
    expect(capitalise('ίδιο', 'el-GR')).toBe('Ίδιο');
    expect(capitalise('ștergere', 'ro')).toBe('Ștergere');
    expect(capitalise('istanbul', 'tr')).toBe('İstanbul');
  });
});
