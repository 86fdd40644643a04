import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, type Catalog, type SourceFile } from '../../../shared/catalog';
import { findTemplatesDir, readJson, readJsonFolder } from './templates';

/** Folders whose files end in ".<language>.json": a translation of some reference data. */
const LOCALISED_FOLDERS = ['sdg', 'bloom', 'frameworks/i18n', 'interpretations/i18n', 'hubs/i18n'];

/** "de", "fr", "pt-BR": what may stand between the last two dots of a localised file's name. */
const LANGUAGE_TAG = /\.([a-z]{2,3}(?:-[A-Z][A-Za-z]{1,3})?)\.json$/;

/**
 * Loads and validates reference data per language, once. Languages are found from the files
 * (adding one means adding files); what a language lacks stays English and the catalog's
 * `parts` say so.
 */
export class CatalogService {
  private readonly cache = new Map<string, Catalog>();
  private available: string[] | null = null;

  constructor(readonly templatesDir = findTemplatesDir()) {}

  /** Every language some reference data is translated into, English first. */
  languages(): string[] {
    if (!this.available) {
      const found = new Set<string>();
      for (const folder of LOCALISED_FOLDERS) {
        const dir = join(this.templatesDir, folder);
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir)) {
          const tag = LANGUAGE_TAG.exec(name)?.[1];
          if (tag) found.add(tag);
        }
      }
      found.delete('en');
      this.available = ['en', ...[...found].sort()];
    }
    return this.available;
  }

  /** The catalog for a language tag ("fr-BE" → French); English for a language it has nothing in. */
  get(language: string): Catalog {
    const primary = language.split(/[-_]/)[0]!.toLowerCase();
    const lang = this.languages().includes(primary) ? primary : 'en';
    let catalog = this.cache.get(lang);
    if (!catalog) {
      catalog = this.load(lang);
      this.cache.set(lang, catalog);
    }
    return catalog;
  }

  private file(relative: string): SourceFile | undefined {
    const path = join(this.templatesDir, relative);
    return existsSync(path) ? [`templates/${relative}`, readJson(path)] : undefined;
  }

  private localised(folder: string, stem: string, language: string): SourceFile {
    return this.file(`${folder}/${stem}.${language}.json`) ?? this.file(`${folder}/${stem}.en.json`)!;
  }

  /** Translations of the English files of a folder, by the id in their names ("greencomp"). */
  private overlays(folder: string, language: string): Record<string, SourceFile> {
    const ids = readdirSync(join(this.templatesDir, folder))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length));
    return Object.fromEntries(
      ids.flatMap((id) => {
        const source = this.file(`${folder}/i18n/${id}.${language}.json`);
        return source ? [[id, source]] : [];
      }),
    );
  }

  private load(language: string): Catalog {
    return buildCatalog({
      language,
      interpretations: readJsonFolder(this.templatesDir, 'interpretations'),
      frameworks: readJsonFolder(this.templatesDir, 'frameworks'),
      bloom: this.localised('bloom', 'verbs', language),
      hubs: this.file('hubs/hubs.json')!,
      sdg: this.localised('sdg', 'sdg', language),
      overlays:
        language === 'en'
          ? {}
          : {
              frameworks: this.overlays('frameworks', language),
              interpretations: this.overlays('interpretations', language),
              hubs: this.file(`hubs/i18n/hubs.${language}.json`),
            },
      languages: this.languages(),
    });
  }
}
