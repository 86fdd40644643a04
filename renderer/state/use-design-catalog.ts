import { useEffect } from 'react';
import type { DesignerApi } from '../../shared/api';
import type { Catalog } from '../../shared/catalog';
import { useAppStore } from './app-store';
import { useDesignStore } from './design-store';

const primary = (language: string) => language.split('-')[0]!.toLowerCase();

/** Languages being fetched, so the many components that ask start one request, not one each. */
const loading = new Set<string>();

function load(api: DesignerApi, language: string): void {
  if (loading.has(language)) return;
  loading.add(language);
  const store = (catalog: Catalog | null) => {
    loading.delete(language);
    const state = useAppStore.getState();
    // On failure the UI catalog stands in: English verbs beat no checks at all.
    const value = catalog ?? state.catalog;
    if (value) state.set({ designCatalogs: { ...state.designCatalogs, [language]: value } });
  };
  api['catalog.get']({ language }).then(store, () => store(null));
}

/**
 * Reference data in the design's language, which may differ from the UI's: the outcome checks
 * and verb suggestions must read Romanian verbs in a Romanian design, and the document preview
 * must name SDGs as the export will. Null while another language loads, so no check runs
 * against the wrong verbs.
 */
export function useDesignCatalog(): Catalog | null {
  const language = useDesignStore((s) => s.design?.language ?? null);
  const uiCatalog = useAppStore((s) => s.catalog);
  const loaded = useAppStore((s) => (language ? s.designCatalogs[language] : undefined));
  const sameAsUi = !!language && !!uiCatalog && primary(language) === uiCatalog.language;
  const api = useAppStore((s) => s.api);

  useEffect(() => {
    if (language && !sameAsUi && !loaded && api) load(api, language);
  }, [language, sameAsUi, loaded, api]);

  if (!language) return null;
  return sameAsUi ? uiCatalog : (loaded ?? null);
}
