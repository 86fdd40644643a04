import { changeUiLanguage } from '../i18n';
import { useAppStore } from './app-store';
import i18next from 'i18next';

/**
 * Switches the UI to a language: its messages, its reference data (guidance, framework and SDG
 * names) and, in the desktop app, the native menu and dialogs. Designs keep their own language.
 */
export async function switchLanguage(language: string): Promise<void> {
  try {
    if (!(await changeUiLanguage(language))) return;
  } catch (error) {
    useAppStore.getState().set({
      notice: { tone: 'error', text: i18next.t('language.loadFailed', { message: String(error) }) },
    });
    return;
  }
  window.designerShell?.reportLanguage(language);
  const { api } = useAppStore.getState();
  if (!api) return;
  try {
    const catalog = await api['catalog.get']({ language });
    // Another switch may have come in meanwhile: only the latest language's catalog stays.
    if (i18next.language === language) useAppStore.getState().set({ catalog });
  } catch (error) {
    useAppStore.getState().set({
      notice: { tone: 'error', text: i18next.t('language.catalogFailed', { message: String(error) }) },
    });
  }
}
