import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, CATALOG_LANGUAGES, type Catalog } from '../../../shared/catalog';
import { findTemplatesDir, readJson, readJsonFolder } from './templates';

/** Loads and validates reference data per language, once; falls back to English per file. */
export class CatalogService {
  private readonly cache = new Map<string, Catalog>();

  constructor(readonly templatesDir = findTemplatesDir()) {}

  get(language: string): Catalog {
    const primary = language.split('-')[0]!.toLowerCase();
    const lang = (CATALOG_LANGUAGES as readonly string[]).includes(primary) ? primary : 'en';
    let catalog = this.cache.get(lang);
    if (!catalog) {
      catalog = this.load(lang);
      this.cache.set(lang, catalog);
    }
    return catalog;
  }

  private localised(folder: string, stem: string, language: string): [string, unknown] {
    const wanted = `${folder}/${stem}.${language}.json`;
    const file = existsSync(join(this.templatesDir, wanted)) ? wanted : `${folder}/${stem}.en.json`;
    return [`templates/${file}`, readJson(join(this.templatesDir, file))];
  }

  private load(language: string): Catalog {
    return buildCatalog({
      language,
      interpretations: readJsonFolder(this.templatesDir, 'interpretations'),
      frameworks: readJsonFolder(this.templatesDir, 'frameworks'),
      bloom: this.localised('bloom', 'verbs', language),
      hubs: ['templates/hubs/hubs.json', readJson(join(this.templatesDir, 'hubs', 'hubs.json'))],
      sdg: this.localised('sdg', 'sdg', language),
    });
  }
}
