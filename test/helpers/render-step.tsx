import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { initI18n } from '../../renderer/i18n';
import { useAppStore, type AppState } from '../../renderer/state/app-store';
import { useDesignStore } from '../../renderer/state/design-store';
import type { AppInfo, DesignerApi } from '../../shared/api';
import type { Design } from '../../shared/model';
import { loadElmVocabularies } from '../../main/services/credentials/vocabularies';
import { catalog } from './catalog';
import { sampleDesign } from './designs';

let i18nReady = false;

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

export const browserInfo: AppInfo = {
  name: 'Challenge Designer',
  version: '0.0.0-test',
  transport: 'http',
  libraryFolder: '/tmp/library',
  notice: null,
  nativeDialogs: false,
};

/**
 * Renders one walkthrough step the way the app does: English strings, the real catalog (read
 * from disk, no HTTP) in the app store and `design` loaded in the design store.
 */
export function renderStep(
  step: ReactElement,
  design: Design = sampleDesign(),
  app: Partial<Pick<AppState, 'api' | 'info' | 'mode' | 'reviewerName'>> = {},
) {
  if (!i18nReady) {
    initI18n('en');
    i18nReady = true;
  }
  // Steps that list saved versions ask the library; a test's fake API may add to this one.
  const baseApi = {
    'library.revisions': async () => [],
    // The subject picker's ISCED-F fields, from the same file the service reads.
    'credentials.subjectAreas': async () => loadElmVocabularies().iscedF,
  } as unknown as DesignerApi;
  useAppStore.getState().set({
    catalog: catalog('en'),
    designCatalogs: {},
    info: browserInfo,
    exporting: null,
    notice: null,
    focusField: null,
    mode: 'author',
    ...app,
    api: { ...baseApi, ...app.api },
  });
  useDesignStore.getState().load(design);
  const view = render(step);
  return {
    ...view,
    user: userEvent.setup(),
    design: () => useDesignStore.getState().design!,
  };
}
