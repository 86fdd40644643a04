import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { messageOf } from '../shared/errors';
import { App } from './App';
import { resolveApi } from './api';
import { initI18n, loadUiLanguage } from './i18n';
import { useAppStore } from './state/app-store';
import { startAutosave } from './state/autosave';
import { reopenAfterReload, rememberOpenDesign } from './state/session';
import { connectShell } from './state/shell';
import './styles/app.css';

const { i18n, language } = initI18n();
const designerApi = resolveApi();
useAppStore.getState().set({ api: designerApi });
startAutosave();
rememberOpenDesign();
connectShell(window.designerShell);

// The chosen language's messages are a chunk of their own: the app shows once they are in (no
// flash of English), and asks for the catalog in that language. Should the chunk fail to load,
// the app opens in English.
const languageReady = loadUiLanguage(language).catch(() => false);

async function boot(): Promise<void> {
  await languageReady;
  const [info, catalog] = await Promise.all([
    designerApi['app.info']({}),
    designerApi['catalog.get']({ language: i18n.language }),
  ]);
  // A notice from the back end (the library was moved aside, or cannot be opened: a full disk)
  // is shown once, as an alert, until the user dismisses it.
  useAppStore
    .getState()
    .set({ info, catalog, ...(info.notice ? { notice: { tone: 'error', text: info.notice } } : {}) });
  await reopenAfterReload();
}

boot().catch((error: unknown) =>
  useAppStore.getState().set({
    notice: {
      tone: 'error',
      text: i18n.t('app.bootFailed', { message: messageOf(error) }),
    },
  }),
);

void languageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
