import { createTranslator, type Translate } from '../../shared/i18n';
import en from './locales/en.json';

/** Strings of the native shell (menu, dialogs); a language is added as locales/<lang>.json. */
export const SHELL_RESOURCES: Record<string, Record<string, unknown>> = { en };

/**
 * A translator for the OS locale ("fr-BE" → "fr"); missing languages and keys fall back to
 * English. Document names come from the shared messages, so the menu and the files agree.
 */
export function shellTranslator(locale: string, resources = SHELL_RESOURCES): Translate {
  return createTranslator(locale.split(/[-_]/)[0]!.toLowerCase(), resources);
}
