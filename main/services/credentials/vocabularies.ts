import { join } from 'node:path';
import { ElmVocabularies } from '../../../shared/credentials/vocabularies';
import { jsonPath } from '../../../shared/model/validate';
import { findTemplatesDir, readJson } from '../catalog/templates';

const cache = new Map<string, ElmVocabularies>();

/** templates/elm/vocabularies.json, validated once per templates folder. */
export function loadElmVocabularies(templatesDir = findTemplatesDir()): ElmVocabularies {
  let vocabularies = cache.get(templatesDir);
  if (!vocabularies) {
    const result = ElmVocabularies.safeParse(readJson(join(templatesDir, 'elm', 'vocabularies.json')));
    if (!result.success)
      throw new Error(
        `Reference data templates/elm/vocabularies.json is invalid: ${result.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`).join('; ')}`,
      );
    vocabularies = result.data;
    cache.set(templatesDir, vocabularies);
  }
  return vocabularies;
}
