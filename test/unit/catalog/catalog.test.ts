import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { buildCatalog, indexCatalog, untranslatedParts, type CatalogSources } from '../../../shared/catalog';
import { BLOOM_LEVELS } from '../../../shared/model';

const service = new CatalogService();
const frameworkSize = (id: string) =>
  service
    .get('en')
    .frameworks.find((f) => f.id === id)!
    .areas.reduce((sum, area) => sum + area.competences.length, 0);

describe('reference data', () => {
  it.each(service.languages())('has 17 goals and 169 targets in %s, with the same codes as English', (language) => {
    const { sdg } = service.get(language);
    expect(sdg.language).toBe(language);
    expect(sdg.goals).toHaveLength(17);
    const codes = sdg.goals.flatMap((goal) => goal.targets.map((target) => target.code));
    expect(codes).toHaveLength(169);
    const english = service.get('en').sdg.goals.flatMap((goal) => goal.targets.map((target) => target.code));
    expect(codes).toEqual(english);
    expect(sdg.goals.map((goal) => goal.colour)).toEqual(service.get('en').sdg.goals.map((goal) => goal.colour));
  });

  it.each([
    ['greencomp', 12],
    ['entrecomp', 15],
    ['lifecomp', 9],
    ['digcomp', 21],
    ['cdc', 20],
  ])('has the %s framework with %i competences and unique, stable ids', (id, count) => {
    expect(frameworkSize(id)).toBe(count);
    const framework = service.get('en').frameworks.find((f) => f.id === id)!;
    const ids = framework.areas.flatMap((area) => area.competences.map((c) => c.id));
    expect(new Set(ids).size).toBe(count);
    for (const area of framework.areas)
      for (const competence of area.competences) expect(competence.id.startsWith(`${area.id}.`)).toBe(true);
    expect(framework.levels.length).toBeGreaterThanOrEqual(3);
  });

  it('names competences as the frameworks do', () => {
    const index = indexCatalog(service.get('en'));
    expect(index.competence('greencomp.2.1')?.competence.title).toMatch(/systems thinking/i);
    expect(index.competence('entrecomp.1.1')?.competence.title).toMatch(/spotting opportunities/i);
    expect(index.competence('digcomp.5.4')?.competence.title).toMatch(/identifying digital competence gaps/i);
    expect(index.competence('cdc.1.1')?.competence.title).toMatch(/human dignity and human rights/i);
  });

  it('has Bloom verbs for all six levels and a list of vague verbs', () => {
    const { bloom } = service.get('en');
    expect(bloom.levels.map((level) => level.id)).toEqual([...BLOOM_LEVELS]);
    expect(bloom.levels.find((level) => level.id === 'create')!.verbs).toContain('design');
    expect(bloom.vague).toEqual(expect.arrayContaining(['know', 'understand', 'be aware of', 'appreciate']));
    expect(bloom.levels.flatMap((level) => level.verbs)).not.toContain('understand');
  });

  it('has the three interpretations in order, each with guidance for every step', () => {
    const { interpretations } = service.get('en');
    expect(interpretations.map((guide) => guide.id)).toEqual(['theme', 'method', 'partnership']);
    expect(interpretations.find((g) => g.id === 'method')!.steps.journey.organiseBy).toBe('phase');
    expect(interpretations.find((g) => g.id === 'partnership')!.steps.competences.suggestedFrameworks).toContain('cdc');
  });

  it('has the five alliance hubs', () => {
    expect(service.get('en').hubs.map((hub) => hub.id)).toEqual(['climate', 'health', 'society', 'digital', 'cities']);
  });

  it('uses localised SDG and Bloom data and falls back to English for other languages', () => {
    expect(service.get('ro').sdg.goals[0]!.short).not.toBe(service.get('en').sdg.goals[0]!.short);
    expect(service.get('pt').language).toBe('en');
    expect(service.get('fr-BE').language).toBe('fr');
  });

  it('rejects invalid reference data and names the file and path', () => {
    const templates = service.templatesDir;
    const read = (path: string) => JSON.parse(readFileSync(join(templates, path), 'utf8'));
    const broken = read('frameworks/greencomp.json');
    broken.areas[0].competences[0].id = 'Green Comp 1';
    const sources: CatalogSources = {
      language: 'en',
      interpretations: {},
      frameworks: { 'templates/frameworks/greencomp.json': broken },
      bloom: ['templates/bloom/verbs.en.json', read('bloom/verbs.en.json')],
      hubs: ['templates/hubs/hubs.json', read('hubs/hubs.json')],
      sdg: ['templates/sdg/sdg.en.json', read('sdg/sdg.en.json')],
    };
    expect(() => buildCatalog(sources)).toThrow(
      /templates\/frameworks\/greencomp\.json is invalid: \$\.areas\[0\]\.competences\[0\]\.id/,
    );
  });
});

/** A copy of templates/ to break or extend, removed after each test. */
function templatesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
  cpSync(service.templatesDir, dir, {
    recursive: true,
    filter: (path) => !/[/\\](documents|elm|examples|schema)$/.test(path),
  });
  return dir;
}

describe('translated reference data', () => {
  const translated = service.languages().filter((language) => language !== 'en');

  it('finds the languages from the files: English first, then every translation', () => {
    expect(service.languages()[0]).toBe('en');
    expect(service.languages()).toEqual(expect.arrayContaining(['de', 'el', 'es', 'fr', 'it', 'ro', 'sv']));
    expect(service.get('fr').languages).toEqual(service.languages());
  });

  it.each(translated)('has every framework, reading, the hubs, Bloom verbs and SDG texts in %s', (language) => {
    const catalog = service.get(language);
    const english = service.get('en');
    expect(untranslatedParts(catalog)).toEqual([]);
    expect(catalog.parts.filter((part) => part.problem)).toEqual([]);
    expect(catalog.parts.map((part) => part.language)).toEqual(catalog.parts.map(() => language));
    for (const framework of catalog.frameworks) {
      const original = english.frameworks.find((f) => f.id === framework.id)!;
      // Names and codes of the frameworks stay (GreenComp, DigComp 2.2); their texts are translated.
      expect(framework.name).toBe(original.name);
      expect(framework.url).toBe(original.url);
      expect(framework.fullName).not.toBe(original.fullName);
      const titles = framework.areas.flatMap((area) => area.competences.map((c) => c.title));
      const englishTitles = original.areas.flatMap((area) => area.competences.map((c) => c.title));
      // A few names are the same word ("Respect" in French, "Netiquette"); most are not.
      expect(titles.filter((title, i) => title === englishTitles[i]).length).toBeLessThanOrEqual(
        Math.max(2, titles.length / 5),
      );
      expect(framework.areas.flatMap((a) => a.competences.map((c) => c.id))).toEqual(
        original.areas.flatMap((a) => a.competences.map((c) => c.id)),
      );
    }
    for (const guide of catalog.interpretations) {
      const original = english.interpretations.find((g) => g.id === guide.id)!;
      expect(guide.name).not.toBe(original.name);
      expect(guide.steps.journey.organiseBy).toBe(original.steps.journey.organiseBy);
      expect(guide.steps.competences.suggestedFrameworks).toEqual(original.steps.competences.suggestedFrameworks);
      expect(guide.steps.assessment.suggestedMethods).toEqual(original.steps.assessment.suggestedMethods);
      expect(Object.keys(guide.steps.challenge.fields)).toEqual(Object.keys(original.steps.challenge.fields));
    }
    expect(catalog.hubs.map((hub) => hub.id)).toEqual(english.hubs.map((hub) => hub.id));
    expect(catalog.hubs.map((hub) => hub.sdgGoals)).toEqual(english.hubs.map((hub) => hub.sdgGoals));
    expect(catalog.hubs[0]!.title).not.toBe(english.hubs[0]!.title);
    expect(catalog.bloom.language).toBe(language);
    expect(catalog.sdg.language).toBe(language);
  });

  it('marks the project’s own translations as unofficial and the English originals as official', () => {
    expect(service.get('en').parts.every((part) => part.official)).toBe(true);
    for (const language of ['el', 'sv']) {
      const sdg = service.get(language).parts.find((part) => part.part === 'sdg')!;
      expect(sdg).toMatchObject({ language, official: false, file: `templates/sdg/sdg.${language}.json` });
      expect(service.get(language).sdg.official).toBe(false);
    }
    const greencomp = service.get('de').parts.find((part) => part.id === 'greencomp')!;
    expect(greencomp).toMatchObject({ language: 'de', official: false });
    expect(indexCatalog(service.get('ro')).competence('greencomp.2.1')!.competence.title).toMatch(/sistem/i);
    expect(indexCatalog(service.get('el')).interpretation('method').name).toMatch(/[α-ω]/);
  });

  it('keeps a part in English, says so and does not fail when its translation is missing or broken', () => {
    const dir = templatesCopy();
    try {
      rmSync(join(dir, 'frameworks/i18n/cdc.fr.json'));
      rmSync(join(dir, 'hubs/i18n/hubs.fr.json'));
      const theme = JSON.parse(readFileSync(join(dir, 'interpretations/i18n/theme.fr.json'), 'utf8'));
      delete theme.steps.review;
      writeFileSync(join(dir, 'interpretations/i18n/theme.fr.json'), JSON.stringify(theme));
      const digcomp = JSON.parse(readFileSync(join(dir, 'frameworks/i18n/digcomp.fr.json'), 'utf8'));
      digcomp.areas[0].competences.pop();
      writeFileSync(join(dir, 'frameworks/i18n/digcomp.fr.json'), JSON.stringify(digcomp));
      writeFileSync(join(dir, 'frameworks/i18n/lifecomp.fr.json'), '{"language": "de"}');

      const catalog = new CatalogService(dir).get('fr');
      const english = service.get('en');
      const fallbacks = untranslatedParts(catalog);
      expect(fallbacks.map((part) => part.id).sort()).toEqual(['cdc', 'digcomp', 'hubs', 'lifecomp', 'theme']);
      expect(fallbacks.every((part) => part.language === 'en')).toBe(true);
      expect(fallbacks.find((part) => part.id === 'digcomp')!.problem).toMatch(/digcomp\.fr\.json.*competences/);
      expect(fallbacks.find((part) => part.id === 'theme')!.problem).toMatch(
        /theme\.fr\.json is invalid: \$\.steps\.review/,
      );
      expect(fallbacks.find((part) => part.id === 'cdc')!.problem).toBeUndefined();
      const find = (id: string) => catalog.frameworks.find((f) => f.id === id)!;
      expect(find('cdc')).toEqual(english.frameworks.find((f) => f.id === 'cdc'));
      expect(find('digcomp')).toEqual(english.frameworks.find((f) => f.id === 'digcomp'));
      expect(find('greencomp').fullName).toMatch(/durabilité/);
      expect(catalog.hubs).toEqual(english.hubs);
      expect(catalog.interpretations[0]).toEqual(english.interpretations[0]);
      expect(catalog.interpretations[1]!.name).not.toBe(english.interpretations[1]!.name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('adds a language by adding files, with no list to edit', () => {
    const dir = templatesCopy();
    try {
      const framework = JSON.parse(readFileSync(join(dir, 'frameworks/i18n/greencomp.fr.json'), 'utf8'));
      writeFileSync(join(dir, 'frameworks/i18n/greencomp.pt.json'), JSON.stringify({ ...framework, language: 'pt' }));
      const catalogs = new CatalogService(dir);
      expect(catalogs.languages()).toContain('pt');
      const catalog = catalogs.get('pt-BR');
      expect(catalog.language).toBe('pt');
      expect(catalog.parts.find((part) => part.id === 'greencomp')).toMatchObject({ language: 'pt' });
      // Everything else is shown in English, and the catalog says which parts.
      expect(untranslatedParts(catalog).map((part) => part.id)).toContain('sdg');
      expect(catalog.sdg.language).toBe('en');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
