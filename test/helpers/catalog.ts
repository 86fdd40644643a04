import { CatalogService } from '../../main/services/catalog/catalog-service';
import { buildVerbIndex, type CheckContext } from '../../shared/checks';

const service = new CatalogService();

export const catalog = (language = 'en') => service.get(language);

export function checkContext(language = 'en'): CheckContext {
  return { verbs: buildVerbIndex(catalog(language).bloom) };
}
