import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {
  createTranslator,
  DEFAULT_LANGUAGE,
  localesFrom,
  pickLanguage,
  supportedLanguage,
  type Messages,
  type Translate,
} from '../../shared/i18n';

/** Strings of the native shell (menu, dialogs); a language is added as locales/<lang>.json. */
export const SHELL_RESOURCES = localesFrom(
  import.meta.glob<Messages>('./locales/*.json', { eager: true, import: 'default' }),
);

/** The languages the menus and dialogs can be in, English first. */
export const shellLanguages = (resources = SHELL_RESOURCES) =>
  Object.keys(resources).sort((a, b) =>
    a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b),
  );

/**
 * A translator for a language tag ("fr-BE" → "fr"); missing languages and keys fall back to
 * English. Document names come from the shared messages, so the menu and the files agree.
 */
export function shellTranslator(locale: string, resources = SHELL_RESOURCES): Translate {
  return createTranslator(pickLanguage([locale], Object.keys(resources)), resources);
}

const LANGUAGE_FILE = 'ui-language.json';

/** The UI language chosen before (kept beside the window state), or null. */
export function rememberedLanguage(folder: string, resources = SHELL_RESOURCES): string | null {
  try {
    const value: unknown = JSON.parse(readFileSync(join(folder, LANGUAGE_FILE), 'utf8'));
    const language = (value as { language?: unknown } | null)?.language;
    return typeof language === 'string' ? supportedLanguage(language, Object.keys(resources)) : null;
  } catch {
    return null; // none yet, or unreadable: the OS language decides
  }
}

export function rememberLanguage(folder: string, language: string): void {
  try {
    writeFileAtomic.sync(join(folder, LANGUAGE_FILE), JSON.stringify({ language }, null, 2));
  } catch (error) {
    console.error('The UI language could not be remembered:', error);
  }
}

/**
 * The shell's language and translator. `t` always translates in the current language, so the
 * close prompt, dialogs and menu built once follow a change of language.
 */
export class ShellLanguage {
  private translate: Translate;
  language: string;

  constructor(
    initial: string,
    private readonly resources = SHELL_RESOURCES,
  ) {
    this.language = pickLanguage([initial], Object.keys(resources));
    this.translate = shellTranslator(this.language, resources);
  }

  readonly t = ((...args: Parameters<Translate>) => this.translate(...args)) as Translate;

  /** True when the language changed. A language the shell has no messages for keeps English. */
  set(tag: string): boolean {
    const language = pickLanguage([tag], Object.keys(this.resources));
    if (language === this.language) return false;
    this.language = language;
    this.translate = shellTranslator(language, this.resources);
    return true;
  }
}
