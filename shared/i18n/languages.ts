/**
 * Which language: the messages' shape and the choice of a language among those available,
 * without the translator (i18next). The CLI picks its language here before anything heavier
 * loads: its help and validate never load i18next (test/integration/build/lazy-documents.test.ts).
 */

/** One language's messages: nested objects of strings. */
export type Messages = Record<string, unknown>;

/**
 * Messages (or their loaders) by language from a glob of locale files ("./locales/fr.json" →
 * "fr"): every layer finds its languages from its files, so adding a language is adding files.
 */
export function localesFrom<T = Messages>(files: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(files).map(([path, messages]) => [/([^/]+)\.json$/.exec(path)![1]!, messages]),
  );
}

export const DEFAULT_LANGUAGE = 'en';

/** The message at a dotted key ("errors.file.missing") of a language's messages, if it is one. */
export function messageAt(messages: Messages | undefined, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The language of `available` a language tag asks for ("fr-BE" → "fr", "pt" → null). */
export function supportedLanguage(tag: string, available: readonly string[]): string | null {
  const lower = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!lower) return null;
  const exact = available.find((language) => language.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0]!;
  return available.find((language) => language.toLowerCase() === primary) ?? null;
}

/** The first of several preferred language tags (most wanted first) that is available, else English. */
export function pickLanguage(preferred: readonly string[], available: readonly string[]): string {
  for (const tag of preferred) {
    const language = supportedLanguage(tag, available);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}
