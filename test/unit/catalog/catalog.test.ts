import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CATALOG_LANGUAGES } from '../../../shared/catalog';
import { buildCatalog, indexCatalog, type CatalogSources } from '../../../shared/catalog';
import { BLOOM_LEVELS } from '../../../shared/model';

const service = new CatalogService();
const frameworkSize = (id: string) =>
  service
    .get('en')
    .frameworks.find((f) => f.id === id)!
    .areas.reduce((sum, area) => sum + area.competences.length, 0);

describe('reference data', () => {
  it.each(CATALOG_LANGUAGES)('has 17 goals and 169 targets in %s, with the same codes as English', (language) => {
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
    expect(service.get('el').language).toBe('en');
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
